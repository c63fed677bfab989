#pragma once
// `led bench train`: how fast a model trains on images the user encrypts as it goes (augmentation,
// encryption and layout count as preparation).
#include <optional>
#include <string>

#include "core/data/Dataset.h"
#include "core/keys/Key.h"
#include "core/learn/TrainBench.h"

namespace led {

TrainBenchResult benchmarkTraining(const Dataset& train, const std::optional<Key>& key, const std::string& architecture, int batchSize,
                                   int steps, int threads);

}  // namespace led
