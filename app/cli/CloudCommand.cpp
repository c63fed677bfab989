// led cloud answer: the cloud's side. It sees only the query, its models and its copy of the pad.
#include <QFile>

#include "cli/CliSupport.h"
#include "common/Error.h"
#include "deniable/QueryFile.h"
#include "learn/Cloud.h"

namespace led::cli {
namespace {

std::vector<Classifier> modelsFrom(const QCommandLineParser& parser, const QString& option) {
  std::vector<Classifier> models;
  for (const QString& path : parser.value(option).split(',', Qt::SkipEmptyParts)) models.push_back(Classifier::load(toStd(path)));
  if (models.empty()) usageError("--" + toStd(option) + " takes one model file per ensemble member, separated by commas");
  return models;
}

void appendLog(const QString& path, const std::string& line) {
  QFile log(path);
  if (!log.open(QIODevice::Append | QIODevice::Text)) fail(ErrorKind::Io, "cannot append to the log " + toStd(path));
  log.write((line + "\n").c_str());
  if (!log.flush()) fail(ErrorKind::Io, "cannot write the log " + toStd(path));
}

}  // namespace

int cloudCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addPositionalArgument("what", "answer");
  parser.addOptions({
      {"query", "The query file (.ledq).", "query"},
      {"pad", "The cloud's copy of the guide pad; the query's entry (and every earlier one) is erased.", "pad"},
      {"models", "Normal user: the model trained with the user's key(s), one per ensemble member.", "models"},
      {"part0-models", "Deniable user: the models of part 0's keys, one per ensemble member.", "models"},
      {"part1-models", "Deniable user: the models of part 1's keys.", "models"},
      {{"o", "output"}, "The answer file to write (.ledans).", "answer"},
      {"log", "The cloud's log; one line is appended per answer.", "file"},
      {"json", "Print as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led cloud answer: recover the guide, classify both parts, answer with encrypted label slots.", args, exitCode))
    return exitCode;
  return guarded([&] {
    if (parser.positionalArguments() != QStringList{"answer"}) usageError("the command is 'led cloud answer'");
    requireOptions(parser, {"query", "pad", "output"});
    const bool deniable = parser.isSet("part0-models") || parser.isSet("part1-models");
    if (deniable == parser.isSet("models")) usageError("give --models (normal user) or --part0-models and --part1-models (deniable user)");
    std::vector<std::vector<Classifier>> owned;
    if (deniable) owned = {modelsFrom(parser, "part0-models"), modelsFrom(parser, "part1-models")};
    else owned = {modelsFrom(parser, "models")};
    CloudModels models;
    for (const auto& set : owned) {
      models.emplace_back();
      for (const Classifier& m : set) models.back().push_back(&m);
    }
    const Query query = readQueryFile(toStd(parser.value("query")));
    const PadEntry entry = GuidePad::take(toStd(parser.value("pad")), query.padIndex);
    OsRandom random;
    const CloudResult result = answerQuery(query, entry, models, random);
    writeAnswerFile(toStd(parser.value("output")), result.answer);
    if (parser.isSet("log")) appendLog(parser.value("log"), result.logLine);
    if (parser.isSet("json")) printJson(QJsonObject{{"answer", parser.value("output")}, {"log", QString::fromStdString(result.logLine)}});
    else printLine(QString("answer -> %1\nlog: %2").arg(parser.value("output"), QString::fromStdString(result.logLine)));
    return int(kOk);
  });
}

}  // namespace led::cli
