#pragma once
// What a model is fed, batch by batch: laid-out inputs (CHW floats, shared/ciphertext/InputLayout.h) and their
// labels. The user's side prepares them from plain images and a key as it goes (user/data/EncryptedView.h);
// the cloud reads them from an encrypted dataset (shared/shards/ShardedDataset.h). The trainer knows only this.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/shared/ciphertext/InputLayout.h"

namespace led {

class RandomSource;

class BatchSource {
 public:
  virtual ~BatchSource() = default;
  virtual std::size_t size() const = 0;
  virtual InputShape inputShape() const = 0;
  // Writes `count` samples (by index) into out (count x inputShape().size() floats) and their labels.
  // epoch >= 1 while training (a source may give another augmented copy each epoch, drawing from
  // random); epoch 0 for evaluation, where random is null and nothing is augmented.
  virtual void fill(const std::size_t* indices, std::size_t count, int epoch, RandomSource* random, float* out,
                    std::int64_t* labels) const = 0;
  // The indices of part p of `parts`, for data-parallel training (each rank, or each of its micro-batches,
  // takes parts of its own): contiguous ranges of equal size, so a source kept in shards has a rank read
  // its own run of shards, and no part is empty while there are images enough.
  std::vector<std::size_t> partition(int p, int parts) const;
};

}  // namespace led
