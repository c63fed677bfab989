// led trace: the Scramble page's pipeline as files, one PNG per step, plus a JSON description.
#include <QDir>
#include <QJsonArray>

#include "cli/CliSupport.h"
#include "image/ImageFile.h"
#include "keys/KeyFile.h"
#include "random/RandomSource.h"
#include "schemes/SchemeRegistry.h"

namespace led::cli {

int traceCommand(const QStringList& args) {
  QCommandLineParser parser;
  addSchemeOptions(parser);
  parser.addPositionalArgument("image", "The image to encrypt step by step.");
  parser.addOptions({
      {{"k", "key"}, "Key file; without it a fresh key is made for the image.", "key"},
      {"seed", "DEMO ONLY: make the fresh key reproducibly from this number.", "n"},
      {{"o", "output"}, "Folder for the step images.", "folder"},
      {"json", "Print the steps as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led trace: write every step of an encryption as an image.", args, exitCode)) return exitCode;
  return guarded([&] {
    if (parser.positionalArguments().size() != 1) usageError("give exactly one image");
    if (!parser.isSet("output")) usageError("--output is required");
    const Image plain = readImage(toStd(parser.positionalArguments()[0]));
    const Key key = parser.isSet("key") ? readKeyFile(toStd(parser.value("key")))
                                        : generateKey({schemeParamsFrom(parser), plain.shape}, *randomSource(parser, true));
    const std::vector<TraceStep> steps = schemeFor(key.scheme()).trace(plain, key);
    const QDir folder(parser.value("output"));
    QDir().mkpath(folder.path());
    QJsonArray list;
    int index = 0;
    for (const TraceStep& step : steps) {
      const QString name = QString("%1-%2.png").arg(++index, 2, 10, QChar('0')).arg(QString::fromStdString(step.title).replace(' ', '-'));
      writeImage(toStd(folder.filePath(name)), step.image);
      list.append(QJsonObject{{"title", QString::fromStdString(step.title)},
                              {"explanation", QString::fromStdString(render(step.explanation))},
                              {"file", folder.filePath(name)},
                              {"grid", step.grid}});
      if (!parser.isSet("json")) printLine(QString("%1  %2").arg(folder.filePath(name), QString::fromStdString(render(step.explanation))));
    }
    if (parser.isSet("json"))
      printJson(QJsonObject{{"key", QString::fromStdString(key.shortFingerprint())},
                            {"parameters", QString::fromStdString(key.spec().params.text())},
                            {"steps", list}});
    return kOk;
  });
}

}  // namespace led::cli
