// led train: a classifier on plain or encrypted images, with a line per epoch; Ctrl+C stops within a
// batch and keeps the last checkpoint.
#include <QJsonArray>
#include <atomic>
#include <csignal>
#include <cstdio>

#include "cli/CliSupport.h"
#include "data/DatasetSource.h"
#include "keys/KeyFile.h"
#include "learn/Trainer.h"

namespace led::cli {
namespace {

std::atomic<bool> interrupted{false};
extern "C" void onInterrupt(int) { interrupted = true; }

QJsonObject epochJson(const EpochMetrics& m) {
  return QJsonObject{{"epoch", m.epoch},         {"train_loss", m.trainLoss}, {"train_accuracy", m.trainAccuracy},
                     {"test_loss", m.testLoss},  {"test_accuracy", m.testAccuracy}, {"seconds", m.seconds}};
}

int positive(const QCommandLineParser& parser, const QString& name) {
  bool ok = false;
  const int v = parser.value(name).toInt(&ok);
  if (!ok || v < 1) usageError("--" + toStd(name) + " takes a positive whole number");
  return v;
}

}  // namespace

int trainCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.addOptions({
      {"dataset", "fashion-mnist[:FOLDER] (default), cifar10:FOLDER or folder:FOLDER[@WxHxC].", "source", "fashion-mnist"},
      {{"k", "key"}, "Train on images encrypted with this key; without it, on plain images.", "key"},
      {"architecture", "baseline (default), block-cnn, paper-cnn or resnet20.", "name", "baseline"},
      {"epochs", "Epochs (default 10).", "n", "10"},
      {"batch", "Batch size (default 128).", "n", "128"},
      {"lr", "Adam learning rate, decayed along a cosine (default 0.002).", "rate", "0.002"},
      {"crop", "Random-crop padding in pixels (default: 0 for gray images, 4 for colour).", "n"},
      {"no-flip", "Do not mirror images at random."},
      {"no-augment", "No random crop and no mirroring."},
      {"seed", "Reproducible run (one thread unless --threads).", "n"},
      {"threads", "CPU threads (default: all cores).", "n"},
      {"cpu", "Do not use a GPU even when there is one."},
      {"checkpoint", "Rewrite this checkpoint after every epoch.", "file"},
      {"resume", "Continue from this checkpoint.", "file"},
      {"limit-train", "Use only the first n training images.", "n"},
      {"limit-test", "Use only the first n test images.", "n"},
      {{"o", "output"}, "Model file to write.", "model"},
      {"json", "Print the history as JSON at the end."},
  });
  addRegularisationOptions(parser);
  int exitCode = kOk;
  if (!parseOrExplain(parser, "led train: train a classifier on plain or encrypted images.", args, exitCode)) return exitCode;
  return guarded([&] {
    if (!parser.isSet("output")) usageError("--output is required");
    TrainConfig config;
    config.architecture = toStd(parser.value("architecture"));
    config.epochs = positive(parser, "epochs");
    config.batchSize = positive(parser, "batch");
    config.learningRate = parser.value("lr").toDouble();
    if (!(config.learningRate > 0)) usageError("--lr takes a positive number");
    if (parser.isSet("crop") || parser.isSet("no-flip") || parser.isSet("no-augment")) {
      bool ok = true;
      const int crop = parser.isSet("crop") ? parser.value("crop").toInt(&ok) : 0;
      if (!ok || crop < 0) usageError("--crop takes a whole number of pixels");
      config.augmentation = parser.isSet("no-augment") ? Augmentation{} : Augmentation{crop, !parser.isSet("no-flip")};
    }
    applyRegularisationOptions(parser, config);
    config.seed = seedOption(parser);
    if (parser.isSet("threads")) config.threads = positive(parser, "threads");
    config.useGpu = !parser.isSet("cpu");
    config.checkpointPath = toStd(parser.value("checkpoint"));
    if (parser.isSet("limit-train")) config.trainLimit = std::size_t(positive(parser, "limit-train"));
    if (parser.isSet("limit-test")) config.testLimit = std::size_t(positive(parser, "limit-test"));
    requireArchitecture(config.architecture);

    const std::optional<Key> key = parser.isSet("key") ? std::optional<Key>(readKeyFile(toStd(parser.value("key")))) : std::nullopt;
    const DatasetSplit data = loadDataset(toStd(parser.value("dataset")));
    const bool json = parser.isSet("json");
    std::fprintf(stderr, "training %s on %s (%zu training, %zu test images) %s, on %s\n", config.architecture.c_str(), data.train.name.c_str(),
                 config.trainLimit ? std::min(config.trainLimit, data.train.size()) : data.train.size(),
                 config.testLimit ? std::min(config.testLimit, data.test.size()) : data.test.size(),
                 key ? ("encrypted with " + key->spec().params.text() + ", key " + key->shortFingerprint()).c_str() : "plain",
                 trainingDevice(config).c_str());
    TrainCallbacks callbacks;
    callbacks.epochDone = [&](const EpochMetrics& m) {
      std::fprintf(json ? stderr : stdout, "epoch %d/%d  train loss %.4f accuracy %.2f %%  test loss %.4f accuracy %.2f %%  %.1f s\n", m.epoch,
                   config.epochs, m.trainLoss, 100 * m.trainAccuracy, m.testLoss, 100 * m.testAccuracy, m.seconds);
      std::fflush(stdout);
    };
    interrupted = false;
    const auto previous = std::signal(SIGINT, onInterrupt);
    const TrainResult result = train(data, key, config, callbacks, interrupted, toStd(parser.value("resume")));
    std::signal(SIGINT, previous);
    if (result.cancelled) {
      std::fprintf(stderr, "led: cancelled after %zu epoch(s)%s\n", result.history.size(),
                   config.checkpointPath.empty() ? "" : ("; " + config.checkpointPath + " holds the last finished epoch").c_str());
      return kFailed;
    }
    result.model.save(toStd(parser.value("output")));
    if (json) {
      QJsonArray history;
      for (const EpochMetrics& m : result.history) history.append(epochJson(m));
      printJson(QJsonObject{{"model", parser.value("output")},
                            {"description", QString::fromStdString(result.model.info().describe())},
                            {"parameters", qint64(result.model.parameterCount())},
                            {"device", QString::fromStdString(result.device)},
                            {"test_accuracy", result.history.back().testAccuracy},
                            {"history", history}});
    }
    return kOk;
  });
}

}  // namespace led::cli
