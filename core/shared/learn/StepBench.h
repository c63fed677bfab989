#pragma once
// How fast a model trains on what a BatchSource gives, and how much of each step goes to preparing the
// batch (for the user's own training: augmentation, encryption, layout; for the cloud: reading the
// encrypted dataset and laying it out) rather than to the model.
#include <string>

#include "core/shared/training/BatchSource.h"
#include "core/shared/modelfile/ModelInfo.h"

namespace led {

struct TrainBenchResult {
  double imagesPerSecond = 0;       // whole steps: preparation + forward + backward + update
  double modelImagesPerSecond = 0;  // forward + backward + update only
  double prepareShare = 0;          // of the whole step time
  int threads = 0;
  std::string device;
};

// Random batches of batchSize from the source, `steps` of them after a short warm-up; CUDA when LibTorch
// sees a GPU.
TrainBenchResult benchmarkTrainingSteps(const BatchSource& source, const ModelInfo& info, int batchSize, int steps, int threads);

}  // namespace led
