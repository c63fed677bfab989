#include "core/user/models/Prediction.h"

#include <algorithm>
#include <numeric>

#include "core/user/data/ModelInput.h"
#include "core/user/models/Familiarity.h"
#include "core/user/imageio/Resize.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

// A photo is colourful when its pixels differ between channels by more than a faint tint, on average.
bool colourful(const Image& photo) {
  if (photo.shape.channels < 3 || photo.shape.pixels() == 0) return false;
  double spread = 0;
  for (std::size_t i = 0; i < photo.shape.pixels(); ++i) {
    const std::uint8_t* p = &photo.data[i * std::size_t(photo.shape.channels)];
    spread += std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]});
  }
  return spread / double(photo.shape.pixels()) > 16.0;
}

}  // namespace

Prediction predict(const Classifier& model, const std::optional<Key>& key, const Image& photo) {
  const ModelInfo& info = model.info();
  requireModelKey(info, fingerprintOf(key));
  Prediction p;
  p.input = cropAndConform(photo, info.imageShape);
  const std::shared_ptr<const Cipher> cipher = key ? std::shared_ptr<const Cipher>(makeCipher(*key)) : nullptr;
  p.ciphertext = cipher ? cipher->encrypt(p.input).view() : p.input;
  const ModelInput input(cipher, info.imageShape);
  std::vector<float> tensor(input.shape().size());
  input.prepare(p.input, tensor.data());
  p.probabilities = model.probabilities(tensor.data(), 1);
  p.ranking.resize(p.probabilities.size());
  std::iota(p.ranking.begin(), p.ranking.end(), 0);
  std::stable_sort(p.ranking.begin(), p.ranking.end(),
                   [&](int a, int b) { return p.probabilities[std::size_t(a)] > p.probabilities[std::size_t(b)]; });
  if (info.familiarity) {
    p.familiarity = familiarityDistance(*info.familiarity, familiarityCells(tensor.data(), info.input));
    p.caution.unfamiliar = p.familiarity > info.familiarity->bound;
  }
  p.caution.unsure = p.probabilities[std::size_t(p.ranking.front())] < kSureProbability;
  p.caution.colourDropped = info.imageShape.channels == 1 && colourful(photo);
  return p;
}

}  // namespace led
