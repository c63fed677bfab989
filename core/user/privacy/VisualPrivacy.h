#pragma once
// Sharma & Chen's two measures (docs/specification.md, section 7), from a model trained on plain images and one
// trained on ciphertexts under a key:
// - visual privacy = 1 - accuracy of the plain "examiner" model on ciphertexts (seen as images);
// - mis-usability = accuracy of the encrypted model on plain images (fed in as if they were ciphertexts).
// High visual privacy and low mis-usability are what a scheme wants.
#include "core/user/data/Dataset.h"
#include "core/user/keys/Key.h"
#include "core/shared/learn/Classifier.h"

namespace led {

struct PrivacyMeasures {
  double examinerAccuracy = 0;  // plain model on ciphertexts
  double visualPrivacy = 0;     // 1 - examinerAccuracy
  double misusability = 0;      // encrypted model on plain images
};

// plainModel: trained without a key; keyedModel: trained with `key` on the same task; test: plain images.
PrivacyMeasures measurePrivacy(const Classifier& plainModel, const Classifier& keyedModel, const Key& key, const Dataset& test);

}  // namespace led
