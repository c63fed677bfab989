// led evaluate sweep: Sharma & Chen's calibration, a sweep over block sizes and noise levels that trains
// and measures accuracy, visual privacy and mis-usability per setting, with their three curves as PNG.
#include <QJsonArray>
#include <cstdio>

#include "cli/CliSupport.h"
#include "common/Error.h"
#include "common/NumberList.h"
#include "data/DatasetSource.h"
#include "learn/Calibration.h"
#include "metrics/LineChart.h"
#include "schemes/SchemeRegistry.h"

namespace led::cli {
namespace {

// A list option through parse, its mistakes as usage errors.
template <typename Parse>
auto listOption(const QCommandLineParser& parser, const char* name, Parse parse) {
  try {
    return parse(toStd(parser.value(name)), std::string("--") + name);
  } catch (const Error& e) {
    usageError(e.what());
  }
}

// One chart per measure: the measure against block size, a line per noise level (Sharma & Chen, Figs. 5-7).
void writeCurves(const QString& dir, const CalibrationResult& result, const std::string& scheme) {
  for (CalibrationMeasure m : {CalibrationMeasure::Accuracy, CalibrationMeasure::VisualPrivacy, CalibrationMeasure::Misusability}) {
    const CalibrationAxis axis = axisOf(m);
    writeLineChart(toStd(dir + "/" + axis.file), scheme + ": " + axis.label, "block size M", axis.label, calibrationCurves(result.points, m));
  }
}

}  // namespace

int sweepCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addOptions({
      {"dataset", "fashion-mnist[:FOLDER] (default), cifar10:FOLDER or folder:FOLDER[@WxHxC].", "source", "fashion-mnist"},
      {"scheme", "The scheme to calibrate (default rmt, the one with a noise level).", "name", "rmt"},
      {"blocks", "Block sizes, comma-separated (default 2,4,7; images whose sides they do not divide are padded).", "list", "2,4,7"},
      {"noises", "rmt's noise levels, comma-separated (default 0,25,50; other schemes: 0).", "list"},
      {"architecture", "baseline (default), block-cnn, paper-cnn or resnet20.", "name", "baseline"},
      {"epochs", "Epochs per model (default 2).", "n", "2"},
      {"batch", "Batch size (default 128).", "n", "128"},
      {"limit-train", "Use only the first n training images.", "n"},
      {"limit-test", "Use only the first n test images.", "n"},
      {"target", "Name the most accurate setting whose visual privacy reaches this (0 to 1).", "p"},
      {"seed", "Seeded keys and training, for a reproducible demo only.", "n"},
      {"out-dir", "Write sweep.csv, accuracy.png, visual-privacy.png and misusability.png here.", "folder"},
      {"json", "Print as JSON."},
  });
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led evaluate sweep: accuracy, visual privacy and mis-usability over block sizes and noise levels (Sharma & Chen).", args,
                      exitCode))
    return exitCode;
  return guarded([&] {
    requireOptions(parser, {"out-dir"});
    CalibrationPlan plan;
    try {
      plan.scheme = parseSchemeName(toStd(parser.value("scheme")));
    } catch (const Error& e) {
      usageError(e.what());
    }
    plan.blockSizes = listOption(parser, "blocks", parseWholeNumberList);
    plan.noises = parser.isSet("noises") ? listOption(parser, "noises", parseNumberList) : plan.scheme == SchemeId::Rmt ? std::vector<double>{0, 25, 50} : std::vector<double>{0};
    plan.training.architecture = toStd(parser.value("architecture"));
    plan.training.epochs = parser.value("epochs").toInt();
    plan.training.batchSize = parser.value("batch").toInt();
    if (plan.training.epochs < 1 || plan.training.batchSize < 1) usageError("--epochs and --batch take positive numbers");
    plan.training.trainLimit = parser.value("limit-train").toULongLong();
    plan.training.testLimit = parser.value("limit-test").toULongLong();
    plan.training.seed = seedOption(parser);
    requireArchitecture(plan.training.architecture);
    const std::unique_ptr<RandomSource> keys = randomSource(parser, true);
    const DatasetSplit data = loadDataset(toStd(parser.value("dataset")));

    CalibrationCallbacks callbacks;
    callbacks.progress = [last = -1](const CalibrationProgress& p) mutable {
      if (p.step == last) return;
      last = p.step;
      std::fprintf(stderr, "training model %d of %d%s\n", p.step + 1, p.steps, p.step == 0 ? " (the plain examiner)" : "");
    };
    const std::atomic<bool> never{false};
    const CalibrationResult result = calibrate(data, plan, *keys, callbacks, never);

    const QString dir = parser.value("out-dir");
    QJsonArray rows;
    for (const CalibrationPoint& p : result.points) {
      rows.append(QJsonObject{{"scheme", QString::fromStdString(schemeName(p.params.scheme))}, {"block", p.params.blockSize}, {"noise", p.params.noise}, {"accuracy", p.accuracy},
                              {"examiner_accuracy", p.privacy.examinerAccuracy}, {"visual_privacy", p.privacy.visualPrivacy},
                              {"misusability", p.privacy.misusability}});
    }
    writeTextFile(dir + "/sweep.csv", QString::fromStdString(calibrationCsv(result.points)));
    writeCurves(dir, result, schemeName(plan.scheme));
    std::optional<CalibrationPoint> pick;
    if (parser.isSet("target")) pick = cheapestSettingFor(result.points, parser.value("target").toDouble());
    if (parser.isSet("json")) {
      QJsonObject out{{"dataset", QString::fromStdString(data.test.name)}, {"examiner_accuracy_on_plain", result.examinerAccuracy}, {"points", rows}};
      if (pick) out["pick"] = QJsonObject{{"block", pick->params.blockSize}, {"noise", pick->params.noise}, {"accuracy", pick->accuracy}};
      printJson(out);
    } else {
      printLine(QString("plain examiner on plain test images: %1 %\n").arg(100 * result.examinerAccuracy, 0, 'f', 2) +
                "| block | noise | accuracy | visual privacy | mis-usability |\n|---:|---:|---:|---:|---:|");
      for (const CalibrationPoint& p : result.points)
        printLine(QString("| %1 | %2 | %3 % | %4 | %5 % |").arg(p.params.blockSize).arg(p.params.noise).arg(100 * p.accuracy, 0, 'f', 2)
                      .arg(p.privacy.visualPrivacy, 0, 'f', 4).arg(100 * p.privacy.misusability, 0, 'f', 2));
      if (parser.isSet("target"))
        printLine(pick ? QString("most accurate setting with visual privacy >= %1: M=%2, noise %3 (%4 %)").arg(parser.value("target")).arg(pick->params.blockSize)
                             .arg(pick->params.noise).arg(100 * pick->accuracy, 0, 'f', 2)
                       : QString("no setting reaches visual privacy %1").arg(parser.value("target")));
    }
    return int(kOk);
  });
}

}  // namespace led::cli
