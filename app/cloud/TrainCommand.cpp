// led-cloud train: models from encrypted datasets the users exported (led dataset encrypt), with no key
// anywhere in the process. Launched by torchrun (or with RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT set
// by hand), the ranks train one model data-parallel on PyTorch's c10d, or share out an ensemble's models.
// The model file carries the dataset's key fingerprint, so the user's led predict finds the key.
#include <cstdio>
#include <sstream>

#include "app/cloud/CloudCommands.h"
#include "app/command/Interrupt.h"
#include "app/command/Output.h"
#include "app/command/TrainingOptions.h"
#include "app/command/TrainingOutput.h"
#include "app/command/Validators.h"
#include "core/shared/common/Error.h"
#include "core/shared/common/Fingerprint.h"
#include "core/shared/learn/Trainer.h"
#include "core/shared/shards/ShardedDataset.h"

namespace led::cli {
namespace {

std::vector<std::string> folders(const std::string& list) {
  std::vector<std::string> out;
  std::stringstream in(list);
  for (std::string folder; std::getline(in, folder, ',');)
    if (!folder.empty()) out.push_back(folder);
  return out;
}

class Train : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--data", data_,
                   "The encrypted dataset (a folder led dataset encrypt wrote); for an ensemble, one folder per model, "
                   "separated by commas.")
        ->required();
    app.add_option("--models", models_, "Models of an ensemble, one per dataset of --data (default: as many as it names).")
        ->check(wholeNumber(1, 100));
    app.add_option("-o,--output", output_, "Model file to write (an ensemble: also NAME-2.ledmodel, ...).")->required();
    training_.add(app, 10);
    app.add_option("--checkpoint", checkpoint_, "Rewrite this checkpoint after every epoch (one model; rank 0 writes it).");
    app.add_option("--resume", resume_, "Continue from this checkpoint (one model; with any number of ranks up to its partitions).");
    app.add_option("--partitions", partitions_,
                   "Data-parallel: cut the training set into this many parts (default: the number of ranks). "
                   "The same partitions give the same model on any number of ranks.")
        ->check(wholeNumber(1, 4096));
    app.add_option("--timeout", timeout_,
                   "Data-parallel: seconds a rank waits for the others (rendezvous, and each step) before it "
                   "gives up and names the rank that stopped (default 120).")
        ->check(wholeNumber(5, 86400));
  }

  const char* jsonHelp() const override { return "Print the history as JSON at the end."; }

  Json run() override {
    const std::vector<std::string> dirs = folders(data_);
    if (dirs.empty()) usageError("--data names no folder");
    if (models_ && *models_ != int(dirs.size()))
      usageError("--models " + std::to_string(*models_) + " needs as many folders in --data, not " + std::to_string(dirs.size()));
    if (dirs.size() > 1 && (!checkpoint_.empty() || !resume_.empty())) usageError("--checkpoint and --resume train one model");
    TrainConfig config = training_.config();
    config.checkpointPath = checkpoint_;
    config.partitions = partitions_;
    const std::optional<DataParallel> ranks = dataParallelFromEnvironment(std::chrono::seconds(timeout_));
    config.validate();
    const StopOnInterrupt stop;
    // One model: the ranks train it together. An ensemble: member i is trained by rank i modulo the ranks.
    if (dirs.size() == 1) config.dataParallel = ranks;
    const int rank = ranks ? ranks->rank : 0, world = ranks ? ranks->worldSize : 1;
    Json members = Json::array();
    for (int i = dirs.size() == 1 ? 0 : rank; i < int(dirs.size()); i += dirs.size() == 1 ? 1 : world) {
      const TrainResult r = trainOne(dirs[std::size_t(i)], config, stop);
      if (r.cancelled) throw Stopped(cancelledText(checkpoint_));
      if (r.rank != 0) continue;  // in a data-parallel run rank 0 writes the model
      r.model.save(memberPath(output_, i, ".ledmodel"));
      Json history = Json::array();
      for (const EpochMetrics& m : r.history) history.push_back(epochJson(m));
      members.push_back({{"model", memberPath(output_, i, ".ledmodel")},
                         {"description", r.model.info().describe()},
                         {"device", r.device},
                         {"test_accuracy", r.history.back().testAccuracy},
                         {"history", history}});
    }
    if (members.empty()) return nullptr;  // another rank writes the models
    return {{"rank", rank}, {"models", members}};
  }

  std::string text(const Json& r) const override {
    std::string lines;
    for (const Json& m : r["models"])
      lines += format("%s%s: test accuracy %.2f %%", lines.empty() ? "" : "\n", m["model"].get<std::string>().c_str(),
                      100 * m["test_accuracy"].get<double>());
    return lines;
  }

 private:
  TrainResult trainOne(const std::string& dir, const TrainConfig& config, const StopOnInterrupt& stop) const {
    const EncryptedDataset dataset = readEncryptedDataset(dir);
    const ShardedDataset trainSet(dir, dataset, false), testSet(dir, dataset, true);
    const int rank = config.dataParallel ? config.dataParallel->rank : 0;
    if (rank == 0)
      std::fprintf(
          stderr, "training %s on %s (%s), %zu images in %d copies, %zu test images, on %s\n", config.architecture.c_str(), dir.c_str(),
          dataset.scheme ? ("encrypted with " + dataset.scheme->text() + ", key " + formatFingerprint(dataset.keyFingerprint)).c_str()
                         : "plain",
          dataset.train.images, dataset.train.copies, dataset.test.images, trainingDevice(config).c_str());
    TrainCallbacks callbacks;
    callbacks.epochDone = [&, rank](const EpochMetrics& m) {
      if (rank == 0) progress(epochText(m, config.epochs));
      if (config.dataParallel) std::fprintf(stderr, "rank %d: epoch %d, weights %s\n", rank, m.epoch, m.digest.c_str());
    };
    return train(trainSet, testSet, dataset.modelInfo(config.architecture), config, callbacks, stop.requested(), resume_);
  }

  std::string data_, output_, checkpoint_, resume_;
  std::optional<int> models_;
  int partitions_ = 0, timeout_ = 120;
  TrainingOptions training_;
};

}  // namespace

CommandInfo trainCommand() {
  return {{"train"}, "train models on encrypted datasets, with no key; data-parallel when launched by torchrun", [] {
            return std::make_unique<Train>();
          }};
}

}  // namespace led::cli
