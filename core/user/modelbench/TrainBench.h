#pragma once
// `led bench train`: how fast a model trains on images the user encrypts as it goes (augmentation,
// encryption and layout count as preparation).
#include <optional>
#include <string>

#include "core/user/data/Dataset.h"
#include "core/user/keys/Key.h"
#include "core/shared/learn/StepBench.h"

namespace led {

TrainBenchResult benchmarkTraining(const Dataset& train, const std::optional<Key>& key, const std::string& architecture, int batchSize,
                                   int steps, int threads);

}  // namespace led
