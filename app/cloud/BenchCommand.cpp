// led-cloud bench train: how fast the cloud trains on an encrypted dataset, and what share of a step
// goes to its data path (reading the shards and laying the ciphertexts out as model input).
#include "app/cloud/CloudCommands.h"
#include "app/command/StepBenchOptions.h"
#include "core/shared/learn/StepBench.h"
#include "core/shared/shards/ShardedDataset.h"

namespace led::cli {
namespace {

class BenchTrain : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--data", data_, "The encrypted dataset (a folder led dataset encrypt wrote).")->required();
    options_.add(app);
  }

  Json run() override {
    const EncryptedDataset dataset = readEncryptedDataset(data_);
    const ShardedDataset train(data_, dataset, false);
    const TrainBenchResult r =
        benchmarkTrainingSteps(train, dataset.modelInfo(options_.architecture()), options_.batch(), options_.steps(), options_.threads());
    const std::string scheme = dataset.scheme ? schemeName(dataset.scheme->scheme) : std::string("plain");
    const std::string params = dataset.scheme ? dataset.scheme->text() : std::string("plain");
    return options_.result(r, scheme, data_ + " (" + params + ")", "reading shards + layout");
  }

  std::string text(const Json& r) const override { return StepBenchOptions::text(r); }

 private:
  std::string data_;
  StepBenchOptions options_;
};

}  // namespace

CommandInfo benchTrainCommand() {
  return {{"bench", "train"}, "training speed on an encrypted dataset, and the data path's share of a step", [] {
            return std::make_unique<BenchTrain>();
          }};
}

}  // namespace led::cli
