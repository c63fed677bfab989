#pragma once
// Training and evaluating on images the user holds, with the key at hand: each image is augmented, then
// encrypted, then laid out as it is fed (user/data/EncryptedView.h), so every epoch sees a fresh augmentation.
// This is what led train and the Train page do in one step; the cloud instead trains on an encrypted
// dataset the user exported.
#include <atomic>
#include <optional>
#include <string>

#include "core/user/data/Dataset.h"
#include "core/user/data/ModelInput.h"
#include "core/user/data/Preparation.h"
#include "core/user/keys/Key.h"
#include "core/shared/learn/Trainer.h"

namespace led {

// The description a model trained on this data with this key would carry.
ModelInfo modelInfoFor(const std::string& architecture, const Dataset& data, const std::optional<Key>& key);

// key: none for a plain model.
TrainResult trainOnImages(const DatasetSplit& data, const std::optional<Key>& key, const TrainConfig& config,
                          const Preparation& preparation, const TrainCallbacks& callbacks, const std::atomic<bool>& cancel,
                          const std::string& resumeFrom = {});

// The input a model reads of images of `shape`, encrypted with key. Throws Mismatch when the key is not
// the model's or the images are not of its shape.
ModelInput modelInputFor(const Classifier& model, const ImageShape& shape, const std::optional<Key>& key);

// Accuracy of a model on a dataset, encrypting with key (which must be the model's).
Evaluation evaluateOnImages(const Classifier& model, const Dataset& data, const std::optional<Key>& key);

}  // namespace led
