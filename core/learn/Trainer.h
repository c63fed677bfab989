#pragma once
// Training a classifier on (encrypted) images: a long job with a progress callback and a cancellation
// token, per-epoch metrics, checkpoints and resume. Torch-free interface.
#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "data/EncryptedView.h"
#include "keys/Key.h"
#include "learn/Classifier.h"

namespace led {

struct TrainConfig {
  std::string architecture = "baseline";
  int epochs = 10;
  int batchSize = 128;
  double learningRate = 2e-3;            // Adam, decayed along a cosine to 0 over the epochs
  double weightDecay = 0;                // Adam's L2 penalty on the weights (0: none)
  std::optional<Augmentation> augmentation;  // on plain images, before encryption; default: the dataset's custom
  int pixelNoise = 0;                    // on top of that augmentation: noise in [-n, n] per sample (0: none)
  std::optional<std::uint64_t> seed;     // reproducible weights, order, augmentation and dropout
  int threads = 0;                       // 0: every core (one when seeded, so results repeat exactly)
  bool useGpu = true;                    // CUDA when LibTorch sees a GPU
  std::string checkpointPath;            // rewritten atomically after every epoch when set
  std::size_t trainLimit = 0;            // the first n training images only (0: all)
  std::size_t testLimit = 0;
};

struct EpochMetrics {
  int epoch = 0;  // 1-based
  double trainLoss = 0, trainAccuracy = 0, testLoss = 0, testAccuracy = 0, seconds = 0;
};

struct TrainProgress {
  int epoch = 0, epochs = 0;
  std::size_t batch = 0, batches = 0;
  double loss = 0, accuracy = 0;  // running, this epoch
  double secondsLeft = 0;
};

struct TrainCallbacks {
  std::function<void(const TrainProgress&)> progress;  // a few times a second at most
  std::function<void(const EpochMetrics&)> epochDone;
};

struct TrainResult {
  Classifier model;
  std::vector<EpochMetrics> history;
  bool cancelled = false;
  std::string device;
};

// The customary augmentation: mirroring for small gray images (Fashion-MNIST), a 4-pixel random crop
// and mirroring for colour ones (CIFAR-10).
Augmentation defaultAugmentation(const ImageShape& shape);

// "cuda" or "cpu, N threads": where training would run now.
std::string trainingDevice(const TrainConfig& config);

// key: none for a plain model. resumeFrom: a checkpoint of an earlier run of the same configuration.
// Cancelling stops within one batch; the last checkpoint written stays intact.
TrainResult train(const DatasetSplit& data, const std::optional<Key>& key, const TrainConfig& config, const TrainCallbacks& callbacks,
                  const std::atomic<bool>& cancel, const std::string& resumeFrom = {});

struct Evaluation {
  double loss = 0;
  double accuracy = 0;
};
// Accuracy of a model on a dataset, encrypting with key (which must be the model's).
Evaluation evaluate(const Classifier& model, const Dataset& data, const std::optional<Key>& key);

// The description a model trained on this data with this key would carry.
ModelInfo modelInfoFor(const std::string& architecture, const Dataset& data, const std::optional<Key>& key);

}  // namespace led
