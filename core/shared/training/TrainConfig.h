#pragma once
// How a model is trained: architecture, epochs, batch, optimiser settings, seed, threads, device and
// checkpoint. The same for the user's own training and the cloud's; checked before anything is loaded.
#include <cstdint>
#include <optional>
#include <string>

#include "core/shared/training/DataParallel.h"

namespace led {

struct TrainConfig {
  std::string architecture = "baseline";
  int epochs = 10;
  int batchSize = 128;
  double learningRate = 2e-3;         // Adam, decayed along a cosine to 0 over the epochs
  double weightDecay = 0;             // Adam's L2 penalty on the weights (0: none)
  std::optional<std::uint64_t> seed;  // reproducible weights, order, augmentation and dropout
  int threads = 0;                    // 0: every core (one when seeded, so results repeat exactly)
  bool useGpu = true;                 // CUDA when LibTorch sees a GPU
  std::string checkpointPath;         // rewritten atomically after every epoch when set
  // Data-parallel training across processes (shared/learn/Collective.h): none for one process. The training
  // set is cut into `partitions` parts (0: as many as there are ranks), each rank takes its share of
  // them, and every global batch is the sum of one micro-batch per part, so a run gives the same model
  // whatever the number of ranks, and resumes with another.
  std::optional<DataParallel> dataParallel;
  int partitions = 0;

  // Throws InvalidArgument naming what is out of range.
  void validate() const;
};

}  // namespace led
