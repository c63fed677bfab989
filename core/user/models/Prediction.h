#pragma once
// A local prediction for people who do not program: a photo is conformed to the model's image shape,
// encrypted with the model's key on this machine, and only the ciphertext is given to the model.
#include <optional>
#include <vector>

#include "core/user/keys/Key.h"
#include "core/shared/learn/Classifier.h"
#include "core/shared/ciphertext/Ciphertext.h"

namespace led {

// Below this top probability the model is called unsure: a model trained on a few kinds of image
// still gives one of them, often confidently, for a photo of anything else.
constexpr double kSureProbability = 0.9;

// Why an answer deserves doubt. A model knows only its classes and its dataset's kind of image.
struct Caution {
  bool unfamiliar = false;     // the photo is further from the model's classes than its familiarity bound
  bool unsure = false;         // the top probability is below kSureProbability
  bool colourDropped = false;  // a colourful photo for a model of gray images (its colours were thrown away)
};

struct Prediction {
  Image input;                       // the photo at the model's image shape
  Image ciphertext;                  // what the model saw (its view; the input itself for a plain model)
  std::vector<float> probabilities;  // one per class
  std::vector<int> ranking;          // class indices, most probable first
  Caution caution;
  double familiarity = 0;  // the photo's distance to the nearest class (Familiarity.h); lower is more familiar
};

// Throws Mismatch when the key is not the model's.
Prediction predict(const Classifier& model, const std::optional<Key>& key, const Image& photo);

}  // namespace led
