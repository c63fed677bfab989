#include "core/local/Prediction.h"

#include <algorithm>
#include <numeric>

#include "core/data/ModelInput.h"
#include "core/imageio/Resize.h"
#include "core/schemes/SchemeRegistry.h"

namespace led {

Prediction predict(const Classifier& model, const std::optional<Key>& key, const Image& photo) {
  const ModelInfo& info = model.info();
  requireModelKey(info, fingerprintOf(key));
  Prediction p;
  p.input = conformTo(photo, info.imageShape);
  const std::shared_ptr<const Cipher> cipher = key ? std::shared_ptr<const Cipher>(makeCipher(*key)) : nullptr;
  p.ciphertext = cipher ? cipher->encrypt(p.input).view() : p.input;
  const ModelInput input(cipher, info.imageShape);
  std::vector<float> tensor(input.shape().size());
  input.prepare(p.input, tensor.data());
  p.probabilities = model.probabilities(tensor.data(), 1);
  p.ranking.resize(p.probabilities.size());
  std::iota(p.ranking.begin(), p.ranking.end(), 0);
  std::stable_sort(p.ranking.begin(), p.ranking.end(), [&](int a, int b) { return p.probabilities[std::size_t(a)] > p.probabilities[std::size_t(b)]; });
  return p;
}

}  // namespace led
