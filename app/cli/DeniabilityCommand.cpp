// led deniability test: honest guide keys against fake ones, statistic by statistic (KS tests).
#include <QJsonArray>
#include <cstdio>

#include "cli/CliSupport.h"
#include "deniable/DeniabilityTest.h"
#include "random/RandomSource.h"

namespace led::cli {

int deniabilityCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addPositionalArgument("what", "test");
  parser.addOptions({
      {"mode", "How fake keys are made: uniform (default) or paper.", "mode", "uniform"},
      {"keys", "Honest and fake keys to compare, each (default 1000).", "n", "1000"},
      {"side", "Guide canvas side: 16 (default) or 32.", "px", "16"},
      {"seed", "Reproducible run.", "n"},
      {"json", "Print as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led deniability test: can fake guide keys be told from honest ones?", args, exitCode)) return exitCode;
  return guarded([&] {
    if (parser.positionalArguments() != QStringList{"test"}) usageError("the command is 'led deniability test'");
    const QString modeName = parser.value("mode");
    if (modeName != "uniform" && modeName != "paper") usageError("--mode is uniform or paper");
    const int keys = parser.value("keys").toInt(), side = parser.value("side").toInt();
    if (keys < 10 || keys > 1000000) usageError("--keys takes a number from 10 to 1000000");
    const DeniabilityReport r =
        runDeniabilityTest(modeName == "paper" ? FakeKeyMode::Paper : FakeKeyMode::Uniform, keys, side, *randomSource(parser, false));
    const QString verdict = r.indistinguishable ? "indistinguishable: no statistic tells the fake keys from honest ones"
                                                : "distinguishable: the fake keys give themselves away";
    if (parser.isSet("json")) {
      QJsonArray rows;
      for (const DeniabilityRow& row : r.rows)
        rows.append(QJsonObject{{"statistic", QString::fromStdString(row.statistic)},
                                {"ks_distance", row.ks.distance},
                                {"p_value", row.ks.pValue},
                                {"passes", row.passes}});
      printJson(QJsonObject{{"mode", modeName}, {"keys", keys}, {"side", side}, {"level", r.level},
                            {"bonferroni_level", r.level / double(r.rows.size())}, {"rows", rows},
                            {"indistinguishable", r.indistinguishable}, {"verdict", verdict}});
      return int(kOk);
    }
    printLine(QString("%1 honest vs %1 %2 fake guide keys, %3x%3 canvas; each test at %4 (1 % / %5 statistics)")
                  .arg(keys).arg(modeName).arg(side).arg(r.level / double(r.rows.size()), 0, 'g', 3).arg(r.rows.size()));
    printLine("| statistic | KS distance | p-value | |");
    printLine("|---|---:|---:|---|");
    for (const DeniabilityRow& row : r.rows)
      printLine(QString("| %1 | %2 | %3 | %4 |")
                    .arg(QString::fromStdString(row.statistic))
                    .arg(row.ks.distance, 0, 'f', 4)
                    .arg(row.ks.pValue, 0, 'g', 3)
                    .arg(row.passes ? "pass" : "FAIL"));
    printLine(verdict);
    return int(kOk);
  });
}

}  // namespace led::cli
