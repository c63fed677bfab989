// led fake-key: a guide key that opens a query's garbled guide to the claimed shape (SPEC.md 3.6).
#include "cli/CliSupport.h"
#include "deniable/GuideKey.h"
#include "deniable/GuideKeyFile.h"
#include "deniable/QueryFile.h"

namespace led::cli {

int fakeKeyCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addOptions({
      {"query", "The query file (.ledq).", "query"},
      {"claim", "The shape the key must reveal: triangle (part 0) or square (part 1).", "shape"},
      {"mode", "uniform (default: indistinguishable from an honest key) or paper (the LED paper's construction: detectable).", "mode",
       "uniform"},
      {{"o", "output"}, "The guide key file to write (.ledgk), in the same format as an honest one.", "file"},
      {"json", "Print as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led fake-key: a guide key that opens the query's guide to the shape you claim.", args, exitCode)) return exitCode;
  return guarded([&] {
    requireOptions(parser, {"query", "claim", "output"});
    const QString claim = parser.value("claim"), mode = parser.value("mode");
    if (claim != "triangle" && claim != "square") usageError("--claim is triangle or square");
    if (mode != "uniform" && mode != "paper") usageError("--mode is uniform or paper");
    const Query query = readQueryFile(toStd(parser.value("query")));
    const int side = query.garbledGuide.width();
    const Image claimed = drawGuide(claim == "triangle" ? GuideShape::Triangle : GuideShape::Square, side);
    OsRandom random;
    const Permutation key = fakeGuideKey(query.garbledGuide, claimed, mode == "paper" ? FakeKeyMode::Paper : FakeKeyMode::Uniform, random);
    writeGuideKeyFile(toStd(parser.value("output")), {query.padIndex, side, key});
    if (parser.isSet("json")) printJson(QJsonObject{{"guide_key", parser.value("output")}, {"claim", claim}, {"mode", mode}});
    else printLine(QString("%1: opens the query's guide to the %2 (%3 construction)").arg(parser.value("output"), claim, mode));
    return int(kOk);
  });
}

}  // namespace led::cli
