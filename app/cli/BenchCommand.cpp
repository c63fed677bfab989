// led bench schemes: encryption and decryption speed per scheme, one thread.
#include <QJsonArray>

#include "bench/SchemeBench.h"
#include "data/DatasetSource.h"
#include "keys/KeyFile.h"
#include "learn/TrainBench.h"
#include "random/RandomSource.h"
#include "learn/QueryBench.h"
#include "schemes/SchemeRegistry.h"
#include <thread>
#include "cli/CliSupport.h"

namespace led::cli {
namespace {

QString row(const SchemeBenchRow& r) {
  return QString("| %1 | %2 | %3 | %4 | %5 | %6 |")
      .arg(QString::fromStdString(r.params.text()), QString::fromStdString(r.shape.text()))
      .arg(r.encryptPerSecond, 0, 'f', 0)
      .arg(1e6 / r.encryptPerSecond, 0, 'f', 2)
      .arg(r.decryptPerSecond, 0, 'f', 0)
      .arg(1e6 / r.decryptPerSecond, 0, 'f', 2);
}

}  // namespace

// led bench train: training throughput of the default model on encrypted Fashion-MNIST.
int benchTrain(const QCommandLineParser& parser) {
  const int threads = parser.isSet("threads") ? parser.value("threads").toInt() : int(std::max(1u, std::thread::hardware_concurrency()));
  const int batch = parser.value("batch").toInt(), steps = parser.value("steps").toInt();
  if (threads < 1 || batch < 1 || steps < 1) usageError("--threads, --batch and --steps take positive numbers");
  const DatasetSplit data = loadDataset(toStd(parser.value("dataset")));
  std::optional<Key> key;
  if (parser.value("scheme") != "plain") {
    StreamRandom random(1);
    key = generateKey({schemeParamsFrom(parser), data.train.shape}, random);
  }
  const TrainBenchResult r = benchmarkTraining(data.train, key, toStd(parser.value("architecture")), batch, steps, threads);
  if (parser.isSet("json")) {
    printJson(QJsonObject{{"images_per_second", r.imagesPerSecond}, {"model_images_per_second", r.modelImagesPerSecond},
                          {"prepare_share", r.prepareShare}, {"threads", r.threads}, {"device", QString::fromStdString(r.device)},
                          {"batch", batch}, {"scheme", parser.value("scheme")}});
  } else {
    printLine(QString("%1 on %2 Fashion-MNIST, %3 with %4 thread(s), batch %5, %6 timed steps after 3 warm-up steps")
                  .arg(parser.value("architecture"), parser.value("scheme"), QString::fromStdString(r.device))
                  .arg(r.threads)
                  .arg(batch)
                  .arg(steps));
    printLine(QString("training, whole steps:          %1 images/s").arg(r.imagesPerSecond, 0, 'f', 0));
    printLine(QString("training, model only:           %1 images/s").arg(r.modelImagesPerSecond, 0, 'f', 0));
    printLine(QString("augmentation + encryption + batching: %1 % of step time").arg(100 * r.prepareShare, 0, 'f', 2));
  }
  return kOk;
}

// led bench query: one deniable round (compose, answer, open) and one fake guide key, medians.
int benchQuery(const QCommandLineParser& parser) {
  const int runs = parser.value("runs").toInt(), side = parser.value("side").toInt();
  if (runs < 1) usageError("--runs takes a positive number");
  if (side != 16 && side != 32) usageError("--side is 16 or 32");
  const ImageShape shape{32, 32, 3};
  const QueryBenchResult r = benchmarkQuery(shape, side, runs);
  if (parser.isSet("json")) {
    printJson(QJsonObject{{"compose_ms", r.composeMs}, {"answer_ms", r.answerMs}, {"open_ms", r.openMs}, {"round_ms", r.roundMs},
                          {"fake_key_ms", r.fakeKeyMs}, {"runs", r.runs}, {"side", side}});
  } else {
    printLine(QString("deniable query, le keys for 32x32x3 images, baseline models, %1x%1 guides, medians of %2 runs")
                  .arg(side)
                  .arg(runs));
    printLine(QString("compose:                  %1 ms").arg(r.composeMs, 0, 'f', 3));
    printLine(QString("cloud answer:             %1 ms").arg(r.answerMs, 0, 'f', 3));
    printLine(QString("open (with the answer):   %1 ms").arg(r.openMs, 0, 'f', 3));
    printLine(QString("compose + answer + open:  %1 ms").arg(r.roundMs, 0, 'f', 3));
    printLine(QString("fake guide key (uniform): %1 ms").arg(r.fakeKeyMs, 0, 'f', 4));
  }
  return kOk;
}

int benchCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addPositionalArgument("what", "schemes, train or query");
  addSchemeOptions(parser);
  parser.addOptions({{"seconds", "schemes: time per measurement (default 0.5).", "s", "0.5"},
                     {"dataset", "train: the dataset (default fashion-mnist).", "source", "fashion-mnist"},
                     {"architecture", "train: the model (default baseline).", "name", "baseline"},
                     {"batch", "train: batch size (default 128).", "n", "128"},
                     {"steps", "train: steps to time (default 50).", "n", "50"},
                     {"threads", "train: CPU threads (default: all cores).", "n"},
                     {"runs", "query: rounds to time (default 200).", "n", "200"},
                     {"side", "query: guide side, 16 (default) or 32.", "px", "16"},
                     {"json", "Print as JSON."}});
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led bench schemes | train | query: encryption speed per scheme, training speed of the default model, or one deniable query round.", args, exitCode))
    return exitCode;
  return guarded([&] {
    if (parser.positionalArguments() == QStringList{"train"}) return int(benchTrain(parser));
    if (parser.positionalArguments() == QStringList{"query"}) return int(benchQuery(parser));
    if (parser.positionalArguments() != QStringList{"schemes"}) usageError("the benchmark to run is 'schemes', 'train' or 'query'");
    const double seconds = parser.value("seconds").toDouble();
    if (!(seconds > 0 && seconds <= 60)) usageError("--seconds takes a number between 0 and 60");
    const bool json = parser.isSet("json");
    if (!json) {
      printLine("| scheme and parameters | image | encrypt images/s | encrypt us/image | decrypt images/s | decrypt us/image |");
      printLine("|---|---|---:|---:|---:|---:|");
    }
    const auto rows = benchmarkSchemes({{32, 32, 3}, {28, 28, 1}}, seconds, [&](const SchemeBenchRow& r) {
      if (!json) printLine(row(r));
    });
    const ImageShape mnist{28, 28, 1};
    const double fashion = timeDatasetEncryption(SchemeParams::defaults(SchemeId::Le), mnist, 60000);
    if (json) {
      QJsonArray list;
      for (const SchemeBenchRow& r : rows)
        list.append(QJsonObject{{"scheme", QString::fromStdString(schemeName(r.params.scheme))},
                                {"parameters", QString::fromStdString(r.params.text())},
                                {"image", QString::fromStdString(r.shape.text())},
                                {"encrypt_per_second", r.encryptPerSecond},
                                {"decrypt_per_second", r.decryptPerSecond}});
      printJson(QJsonObject{{"threads", 1}, {"rows", list}, {"le_60000_images_28x28x1_seconds", fashion}});
    } else {
      printLine(QString("\n60,000 images of 28x28x1 (Fashion-MNIST's training set size) encrypted with le M=4: %1 s, one thread")
                    .arg(fashion, 0, 'f', 3));
    }
    return int(kOk);
  });
}

}  // namespace led::cli
