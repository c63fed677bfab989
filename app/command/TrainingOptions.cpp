#include "app/command/TrainingOptions.h"

#include "app/command/Validators.h"
#include "core/shared/modelfile/ModelInfo.h"

namespace led::cli {

void TrainingOptions::add(CLI::App& app, int defaultEpochs) {
  config_.epochs = defaultEpochs;
  app.add_option("--architecture", config_.architecture, "The model: baseline (default), block-cnn, paper-cnn or resnet20.")
      ->check(oneOf(architectures()))
      ->group("Training");
  app.add_option("--epochs", config_.epochs, "Epochs per model (default " + std::to_string(defaultEpochs) + ").")
      ->check(wholeNumber(1, 100000))
      ->group("Training");
  app.add_option("--batch", config_.batchSize, "Batch size (default 128).")->check(wholeNumber(1, 1 << 20))->group("Training");
  app.add_option("--lr", config_.learningRate, "Adam's learning rate, decayed along a cosine (default 0.002).")
      ->check(realNumber(1e-9, 10))
      ->group("Training");
  app.add_option("--weight-decay", config_.weightDecay, "Adam's L2 penalty on the weights (default 0).")
      ->check(realNumber(0, 1))
      ->group("Training");
  app.add_option("--seed", seed_, "Reproducible weights, order and augmentation (one thread unless --threads); for demos and tests.")
      ->check(wholeNumber(0, 1LL << 62))
      ->group("Training");
  app.add_option("--threads", config_.threads, "CPU threads (default: all cores).")->check(wholeNumber(1, 1024))->group("Training");
  app.add_flag("--cpu", cpu_, "Do not use a GPU even when there is one.")->group("Training");
}

TrainConfig TrainingOptions::config() const {
  TrainConfig c = config_;
  c.seed = seed_;
  c.useGpu = !cpu_;
  return c;
}

}  // namespace led::cli
