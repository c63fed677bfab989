#pragma once
// The export plan of the tests that need an encrypted dataset: two copies of a few hundred Fashion-MNIST
// images in shards of 250, so a test exports and trains in seconds.
#include <cstddef>
#include <cstdint>

#include "core/user/data/DatasetExport.h"

namespace led::test {

inline ExportPlan smallExportPlan(std::size_t trainImages, std::size_t testImages, std::uint64_t seed) {
  ExportPlan plan;
  plan.copies = 2;
  plan.augmentation = {0, true, 8};
  plan.shardSize = 250;
  plan.trainLimit = trainImages;
  plan.testLimit = testImages;
  plan.seed = seed;
  return plan;
}

}  // namespace led::test
