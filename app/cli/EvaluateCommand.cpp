// led evaluate table1: the LED paper's Table 1 and Fig. 7 on any dataset: a plain model, n models on
// images encrypted with n keys, their ensemble by summed probabilities and by vote, and optionally one
// model per other scheme. Models already in the output folder are reused, so a run can be resumed.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <cstdio>

#include "cli/CliSupport.h"
#include "common/Error.h"
#include "data/DatasetSource.h"
#include "keys/KeyFile.h"
#include "learn/Ensemble.h"
#include "learn/Trainer.h"
#include "metrics/LineChart.h"
#include "random/RandomSource.h"
#include "schemes/SchemeRegistry.h"

namespace led::cli {
namespace {

struct Row {
  QString model;
  double accuracy;
};

// The model at `stem`.ledmodel (with its key at `stem`.ledkey), trained now if it is not there yet.
std::pair<Classifier, std::optional<Key>> modelAt(const QString& stem, const DatasetSplit& data, const std::optional<SchemeParams>& scheme,
                                                  const TrainConfig& config) {
  const std::string modelPath = toStd(stem + ".ledmodel"), keyPath = toStd(stem + ".ledkey");
  if (QFile::exists(stem + ".ledmodel")) {
    Classifier model = Classifier::load(modelPath);
    std::optional<Key> key = scheme ? std::optional<Key>(readKeyFile(keyPath)) : std::nullopt;
    requireModelKey(model.info(), key);
    if (model.info().architecture != config.architecture || model.info().dataset != data.train.name)
      fail(ErrorKind::Mismatch, modelPath + " is " + model.info().describe() + "; remove it or use another --out-dir");
    std::fprintf(stderr, "reusing %s\n", modelPath.c_str());
    return {std::move(model), std::move(key)};
  }
  std::optional<Key> key;
  if (scheme) {
    OsRandom random;
    key = generateKey({*scheme, data.train.shape}, random);
    writeKeyFile(keyPath, *key);
  }
  std::fprintf(stderr, "training %s\n", modelPath.c_str());
  TrainCallbacks callbacks;
  callbacks.epochDone = [](const EpochMetrics& m) {
    std::fprintf(stderr, "  epoch %d: test accuracy %.2f %%, %.0f s\n", m.epoch, 100 * m.testAccuracy, m.seconds);
  };
  const std::atomic<bool> never{false};
  TrainResult result = train(data, key, config, callbacks, never);
  result.model.save(modelPath);
  return {std::move(result.model), std::move(key)};
}

// models.csv and models.png: accuracy of the ensemble of the first n models, n = 1..N (Fig. 7).
QString writeEnsembleCurve(const QDir& out, const EnsembleCurve& curve, const QString& title) {
  QString csv = "models,sum,vote\n";
  ChartSeries sum{"summed probabilities", {}, {}}, vote{"majority vote", {}, {}};
  for (std::size_t n = 0; n < curve.sum.size(); ++n) {
    csv += QString("%1,%2,%3\n").arg(n + 1).arg(curve.sum[n], 0, 'f', 4).arg(curve.vote[n], 0, 'f', 4);
    for (ChartSeries* s : {&sum, &vote}) s->x.push_back(double(n + 1));
    sum.y.push_back(100 * curve.sum[n]);
    vote.y.push_back(100 * curve.vote[n]);
  }
  writeTextFile(out.filePath("models.csv"), csv);
  writeLineChart(toStd(out.filePath("models.png")), toStd(title), "number of models", "test accuracy (%)", {sum, vote});
  return csv;
}

// The keyed models DIR/SCHEME-1.ledmodel, -2, ... that are there, with their keys.
std::vector<std::pair<Classifier, std::optional<Key>>> modelsIn(const QDir& dir, const QString& scheme) {
  std::vector<std::pair<Classifier, std::optional<Key>>> models;
  for (int i = 1; QFile::exists(dir.filePath(QString("%1-%2.ledmodel").arg(scheme).arg(i))); ++i) {
    const QString stem = dir.filePath(QString("%1-%2").arg(scheme).arg(i));
    Classifier model = Classifier::load(toStd(stem + ".ledmodel"));
    Key key = readKeyFile(toStd(stem + ".ledkey"));
    requireModelKey(model.info(), key);
    models.emplace_back(std::move(model), std::move(key));
  }
  if (models.empty()) fail(ErrorKind::Io, toStd(dir.filePath(scheme + "-1.ledmodel")) + " does not exist");
  return models;
}

}  // namespace

int privacyCommand(const QStringList& args);
int jpegCommand(const QStringList& args);
int misuseCommand(const QStringList& args);
int sweepCommand(const QStringList& args);

int evaluateCommand(const QStringList& args) {
  if (args.value(0) == "privacy") return privacyCommand(args.mid(1));
  if (args.value(0) == "jpeg") return jpegCommand(args.mid(1));
  if (args.value(0) == "misuse") return misuseCommand(args.mid(1));
  if (args.value(0) == "sweep") return sweepCommand(args.mid(1));
  QCommandLineParser parser;
  parser.addPositionalArgument("what", "table1, or models (the ensemble curve of the keyed models already in --out-dir)");
  parser.addOptions({
      {"dataset", "fashion-mnist[:FOLDER] (default), cifar10:FOLDER or folder:FOLDER[@WxHxC].", "source", "fashion-mnist"},
      {"scheme", "The scheme of the keyed models (default le).", "name", "le"},
      {"models", "How many keyed models for the ensemble (default 3; the paper used 20).", "n", "3"},
      {"compare", "Also one model for each of these schemes, e.g. ele,etc,pe,rmt.", "list"},
      {"architecture", "baseline (default), block-cnn, paper-cnn or resnet20.", "name", "baseline"},
      {"epochs", "Epochs per model (default 10).", "n", "10"},
      {"batch", "Batch size (default 128).", "n", "128"},
      {"limit-train", "Use only the first n training images.", "n"},
      {"limit-test", "Use only the first n test images.", "n"},
      {"out-dir", "Folder for the models, keys, table1.csv, table1.md and models.csv.", "folder"},
      {"json", "Print the results as JSON."},
  });
  addRegularisationOptions(parser);
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led evaluate table1 | models: plain vs encrypted vs ensemble (LED Table 1), accuracy against the number of models (Fig. 7).",
                      args, exitCode))
    return exitCode;
  return guarded([&] {
    const QStringList what = parser.positionalArguments();
    if (what != QStringList{"table1"} && what != QStringList{"models"}) usageError("the evaluation to run is 'table1', 'models', 'privacy', 'jpeg', 'misuse' or 'sweep'");
    if (!parser.isSet("out-dir")) usageError("--out-dir is required");
    const int count = parser.value("models").toInt();
    if (count < 1 || count > 100) usageError("--models takes a number from 1 to 100");
    SchemeParams scheme;
    std::vector<SchemeParams> compared;
    try {
      scheme = SchemeParams::defaults(parseSchemeName(toStd(parser.value("scheme"))));
      for (const QString& name : parser.value("compare").split(',', Qt::SkipEmptyParts))
        compared.push_back(SchemeParams::defaults(parseSchemeName(toStd(name.trimmed()))));
    } catch (const Error& e) {
      usageError(e.what());
    }
    TrainConfig config;
    config.architecture = toStd(parser.value("architecture"));
    config.epochs = parser.value("epochs").toInt();
    config.batchSize = parser.value("batch").toInt();
    if (config.epochs < 1 || config.batchSize < 1) usageError("--epochs and --batch take positive numbers");
    config.trainLimit = parser.value("limit-train").toULongLong();
    config.testLimit = parser.value("limit-test").toULongLong();
    applyRegularisationOptions(parser, config);
    requireArchitecture(config.architecture);

    const QDir out(parser.value("out-dir"));
    QDir().mkpath(out.path());
    const DatasetSplit data = loadDataset(toStd(parser.value("dataset")));
    const Dataset test = data.test.head(config.testLimit);
    const QString name = QString::fromStdString(schemeName(scheme.scheme));
    if (what.first() == "models") {
      const auto models = modelsIn(out, name);
      std::vector<EnsembleMember> members;
      for (const auto& [model, key] : models) members.push_back({&model, key});
      const QString csv = writeEnsembleCurve(out, evaluateEnsemble(members, test), QString("%1 models on %2").arg(name, QString::fromStdString(test.name)));
      std::fputs(qPrintable(csv), stdout);
      return int(kOk);
    }

    auto plain = modelAt(out.filePath("plain"), data, std::nullopt, config);
    std::vector<std::pair<Classifier, std::optional<Key>>> keyed;
    for (int i = 1; i <= count; ++i) keyed.push_back(modelAt(out.filePath(QString("%1-%2").arg(name).arg(i)), data, scheme, config));
    std::vector<EnsembleMember> members;
    for (const auto& [model, key] : keyed) members.push_back({&model, key});
    const EnsembleCurve curve = evaluateEnsemble(members, test);

    std::vector<Row> rows{{"plain", evaluate(plain.first, test, std::nullopt).accuracy},
                          {name + ", one model", curve.sum[0]},
                          {QString("%1, ensemble of %2, summed probabilities").arg(name).arg(count), curve.sum.back()},
                          {QString("%1, ensemble of %2, majority vote").arg(name).arg(count), curve.vote.back()}};
    for (const SchemeParams& other : compared) {
      const QString otherName = QString::fromStdString(schemeName(other.scheme));
      const auto [model, key] = modelAt(out.filePath(otherName + "-1"), data, other, config);
      rows.push_back({otherName + ", one model", evaluate(model, test, key).accuracy});
    }

    QString csv = "model,test_accuracy\n", markdown = "| model | test accuracy |\n|---|---:|\n";
    for (const Row& r : rows) {
      csv += QString("\"%1\",%2\n").arg(r.model).arg(r.accuracy, 0, 'f', 4);
      markdown += QString("| %1 | %2 % |\n").arg(r.model).arg(100 * r.accuracy, 0, 'f', 2);
    }
    writeTextFile(out.filePath("table1.csv"), csv);
    writeTextFile(out.filePath("table1.md"), markdown);
    const QString curveCsv = writeEnsembleCurve(out, curve, QString("%1 models on %2").arg(name, QString::fromStdString(test.name)));
    if (parser.isSet("json")) {
      QJsonArray list, sums, votes;
      for (const Row& r : rows) list.append(QJsonObject{{"model", r.model}, {"test_accuracy", r.accuracy}});
      for (std::size_t n = 0; n < curve.sum.size(); ++n) {
        sums.append(curve.sum[n]);
        votes.append(curve.vote[n]);
      }
      printJson(QJsonObject{{"dataset", QString::fromStdString(test.name)}, {"architecture", parser.value("architecture")},
                            {"epochs", config.epochs}, {"rows", list}, {"ensemble_sum", sums}, {"ensemble_vote", votes}});
    } else {
      std::fputs(qPrintable(markdown), stdout);
      std::printf("\nensemble accuracy by number of models (%s):\n%s", qPrintable(out.filePath("models.csv")), qPrintable(curveCsv));
    }
    return int(kOk);
  });
}

}  // namespace led::cli
