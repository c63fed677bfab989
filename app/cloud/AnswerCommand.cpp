// led-cloud answer: the cloud answers one query file. It sees only the query, its models and its copy of
// the guide pad, and appends one line to its log.
#include <sstream>

#include "app/cloud/CloudCommands.h"
#include "app/command/Output.h"
#include "core/cloud/Cloud.h"
#include "core/cloud/CloudLog.h"
#include "core/deniable/QueryFile.h"

namespace led::cli {
namespace {

std::vector<Classifier> modelsFrom(const std::string& files, const std::string& option) {
  std::vector<Classifier> models;
  std::stringstream in(files);
  for (std::string path; std::getline(in, path, ',');)
    if (!path.empty()) models.push_back(Classifier::load(path));
  if (models.empty()) usageError(option + " takes one model file per ensemble member, separated by commas");
  return models;
}

class Answer : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--query", query_, "The query file (.ledq).")->required();
    app.add_option("--pad", pad_, "The cloud's copy of the guide pad; the query's entry is marked used.")->required();
    auto* normal = app.add_option("--models", models_, "Normal user: the model trained with the user's key(s), one per ensemble member.");
    auto* part0 = app.add_option("--part0-models", part0_, "Deniable user: the models of part 0's keys, one per ensemble member.");
    auto* part1 = app.add_option("--part1-models", part1_, "Deniable user: the models of part 1's keys.");
    normal->excludes(part0)->excludes(part1);
    part0->needs(part1);
    part1->needs(part0);
    app.add_option("-o,--output", output_, "The answer file to write (.ledans).")->required();
    app.add_option("--log", log_, "The cloud's log; one line is appended per answer.");
    app.add_flag("--json", json_, "Print as JSON.");
  }

  int run() override {
    if (models_.empty() && part0_.empty()) usageError("give --models (normal user) or --part0-models and --part1-models (deniable user)");
    std::vector<std::vector<Classifier>> owned;
    if (!part0_.empty()) owned = {modelsFrom(part0_, "--part0-models"), modelsFrom(part1_, "--part1-models")};
    else owned = {modelsFrom(models_, "--models")};
    CloudModels models;
    for (const auto& set : owned) {
      models.emplace_back();
      for (const Classifier& m : set) models.back().push_back(&m);
    }
    const Query query = readQueryFile(query_);
    const PadEntry entry = GuidePad::take(pad_, query.padIndex);
    OsRandom random;
    const CloudResult result = answerQuery(query, entry, models, random);
    if (!log_.empty()) appendLogLine(log_, result.logLine);
    writeAnswerFile(output_, result.answer);
    if (json_) printJson({{"answer", output_}, {"log", result.logLine}});
    else printLine("answer -> " + output_ + "\nlog: " + result.logLine);
    return kOk;
  }

 private:
  std::string query_, pad_, models_, part0_, part1_, output_, log_;
  bool json_ = false;
};

}  // namespace

CommandInfo answerCommand() {
  return {{"answer"}, "answer one query file: recover the guide, classify both parts, seal the labels", [] { return std::make_unique<Answer>(); }};
}

}  // namespace led::cli
