#pragma once
// A dataset as a model sees it, prepared as a client would: augmentation (random crop, flip, noise) on
// the plain image first, then encryption and layout (ModelInput). Augmenting ciphertexts instead would
// break block alignment. This is the user's own training: the key is at hand and every epoch sees fresh
// augmentation.
#include <cstdint>

#include "core/user/data/Dataset.h"
#include "core/user/data/ModelInput.h"
#include "core/shared/image/Augmentation.h"
#include "core/shared/training/BatchSource.h"

namespace led {

class EncryptedView final : public BatchSource {
 public:
  EncryptedView(const Dataset& data, const ModelInput& input, Augmentation augmentation);
  const ModelInput& input() const { return input_; }
  const Dataset& dataset() const { return data_; }
  std::size_t size() const override { return data_.size(); }
  InputShape inputShape() const override { return input_.shape(); }
  void fill(const std::size_t* indices, std::size_t count, int epoch, RandomSource* random, float* out,
            std::int64_t* labels) const override;

 private:
  const Dataset& data_;
  const ModelInput& input_;
  Augmentation augmentation_;
};

}  // namespace led
