#pragma once
// `led bench train`: how fast the default model trains on encrypted images, and how much of each step
// goes to preparing the batch (augmentation, encryption, layout) rather than to the model.
#include <optional>
#include <string>

#include "data/Dataset.h"
#include "keys/Key.h"

namespace led {

struct TrainBenchResult {
  double imagesPerSecond = 0;        // whole steps: preparation + forward + backward + update
  double modelImagesPerSecond = 0;   // forward + backward + update only
  double prepareShare = 0;           // of the whole step time
  int threads = 0;
  std::string device;
};

TrainBenchResult benchmarkTraining(const Dataset& train, const std::optional<Key>& key, const std::string& architecture, int batchSize,
                                   int steps, int threads);

}  // namespace led
