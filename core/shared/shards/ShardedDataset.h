#pragma once
// The cloud's side of an encrypted dataset: one part (the training copies or the test set) as a model is
// fed, read shard by shard as it is needed, every shard checked against the manifest's SHA-256 and shape
// before it is used. Epoch e of training reads augmented copy (e - 1) mod copies, so an export of E copies
// gives E different augmentations in turn. Needs no key: the ciphertexts are laid out as they are read.
#include <map>
#include <string>
#include <vector>

#include "core/shared/training/BatchSource.h"
#include "core/shared/shards/EncryptedDataset.h"

namespace led {

class ShardedDataset final : public BatchSource {
 public:
  // `test`: the test part, else the training copies. The manifest is `dataset`, read from `dir`.
  ShardedDataset(std::string dir, EncryptedDataset dataset, bool test);
  const EncryptedDataset& dataset() const { return dataset_; }
  std::size_t size() const override { return part().images; }
  InputShape inputShape() const override { return dataset_.input; }
  void fill(const std::size_t* indices, std::size_t count, int epoch, RandomSource* random, float* out,
            std::int64_t* labels) const override;
  // Reads and checks every shard now (a damaged one is BadFile naming the file).
  void verify() const;

 private:
  struct Shard {
    std::vector<std::uint8_t> inputs;  // stored values, image after image
    std::vector<std::int64_t> labels;
  };
  const DatasetPart& part() const { return test_ ? dataset_.test : dataset_.train; }
  const Shard& shard(int copy, std::size_t number) const;
  Shard load(const DatasetShard& entry) const;

  std::string dir_;
  EncryptedDataset dataset_;
  bool test_;
  mutable int cachedCopy_ = -1;
  mutable std::map<std::size_t, Shard> cache_;  // by shard number, of cachedCopy_
};

}  // namespace led
