// led pad new: a guide pad for user and cloud to share (copy the file to both sides).
#include "cli/CliSupport.h"
#include "deniable/GuidePad.h"
#include "random/RandomSource.h"

namespace led::cli {

int padCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addPositionalArgument("what", "new");
  parser.addOptions({
      {"entries", "Guide keys in the pad, one per query (default 100).", "n", "100"},
      {"side", "Guide canvas side: 16 (default) or 32.", "px", "16"},
      {"fixed", "The LED paper's fixed guide key: one entry reused by every query. Only to show that it links queries."},
      {{"o", "output"}, "Pad file to write (owner-only permissions).", "pad"},
      {"json", "Print as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led pad new: guide keys shared in advance, each used once (OS CSPRNG only).", args, exitCode)) return exitCode;
  return guarded([&] {
    if (parser.positionalArguments() != QStringList{"new"}) usageError("the command is 'led pad new'");
    if (!parser.isSet("output")) usageError("--output is required");
    const int entries = parser.value("entries").toInt(), side = parser.value("side").toInt();
    if (entries < 1) usageError("--entries takes a positive number");
    OsRandom random;
    const bool fixed = parser.isSet("fixed");
    if (fixed) warn("a fixed guide key makes every query with the same shape look the same: the cloud's log links them all");
    (fixed ? GuidePad::generateFixed(side, random) : GuidePad::generate(side, std::uint32_t(entries), random)).write(toStd(parser.value("output")));
    if (parser.isSet("json")) printJson(QJsonObject{{"pad", parser.value("output")}, {"entries", fixed ? 1 : entries}, {"side", side}, {"fixed", fixed}});
    else printLine(QString("%1 guide keys for %2x%2 guides -> %3 (give the cloud a copy; each entry is erased once used)")
                       .arg(entries).arg(side).arg(parser.value("output")));
    return int(kOk);
  });
}

}  // namespace led::cli
