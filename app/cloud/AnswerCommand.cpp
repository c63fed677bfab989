// led-cloud answer: the cloud answers one query file. It sees only the query, its models and its copy of
// the guide pad, and appends one line to its log.
#include "app/cloud/CloudCommands.h"
#include "app/cloud/ModelSetOptions.h"
#include "app/command/Output.h"
#include "core/cloud/answering/Cloud.h"
#include "core/cloud/answering/CloudLog.h"
#include "core/shared/common/Error.h"
#include "core/shared/deniable/QueryFile.h"

namespace led::cli {
namespace {

class Answer : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--query", query_, "The query file (.ledq).")->required();
    app.add_option("--pad", pad_, "The cloud's copy of the guide pad; the query's entry is marked used.")->required();
    models_.add(app);
    app.add_option("-o,--output", output_, "The answer file to write (.ledans).")->required();
    app.add_option("--log", log_, "The cloud's log; one line is appended per answer.");
  }

  Json run() override {
    const CloudModels models = models_.load();
    const Query query = readQueryFile(query_);
    // Checked before the entry is spent: a query for another pad or other models costs the pad nothing.
    if (GuidePad::readId(pad_) != query.pad)
      fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 was composed with another guide pad than %2"), {query_, pad_}});
    requireModelsFit(query, models);
    const TakenEntry taken = takeQueryEntry(pad_, query);
    if (taken.outcome != EntryTaken::Spent) fail(ErrorKind::Mismatch, refusalSentence(taken.outcome, query));
    OsRandom random;
    const CloudResult result = answerRecovered(taken.recovered, models, random);
    if (!log_.empty()) appendLogLines(log_, {result.logLine});
    writeAnswerFile(output_, result.answer);
    return {{"answer", output_}, {"log", result.logLine}};
  }

  std::string text(const Json& r) const override {
    return "answer -> " + r["answer"].get<std::string>() + "\nlog: " + r["log"].get<std::string>();
  }

 private:
  std::string query_, pad_, output_, log_;
  ModelSetOptions models_;
};

}  // namespace

CommandInfo answerCommand() {
  return {{"answer"}, "answer one query file: recover the guide, classify both parts, seal the labels", [] {
            return std::make_unique<Answer>();
          }};
}

}  // namespace led::cli
