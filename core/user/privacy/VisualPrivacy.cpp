#include "core/user/privacy/VisualPrivacy.h"

#include <algorithm>
#include <functional>

#include "core/shared/common/Error.h"
#include "core/user/data/ModelInput.h"
#include "core/user/imageio/Resize.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

// Accuracy of a model whose input for image i is written by `prepare`.
double accuracy(const Classifier& model, const Dataset& data, const std::function<void(std::size_t, float*)>& prepare) {
  const std::size_t size = model.info().input.size(), classes = model.info().classNames.size(), batch = 500;
  std::vector<float> inputs(batch * size);
  std::size_t correct = 0;
  for (std::size_t start = 0; start < data.size(); start += batch) {
    const std::size_t n = std::min(batch, data.size() - start);
    for (std::size_t i = 0; i < n; ++i) prepare(start + i, inputs.data() + i * size);
    const std::vector<float> p = model.probabilities(inputs.data(), n);
    for (std::size_t i = 0; i < n; ++i) {
      const float* row = p.data() + i * classes;
      correct += std::size_t(std::max_element(row, row + classes) - row) == data.labels[start + i];
    }
  }
  return data.size() ? double(correct) / double(data.size()) : 0.0;
}

// A plain image dressed as a ciphertext of this cipher's layout: real values for rmt.
Ciphertext asCiphertext(const Image& plain, const Cipher& cipher) {
  Ciphertext c = Ciphertext::fromImage(plain.shape == cipher.cipherShape() ? plain : conformTo(plain, cipher.cipherShape()));
  if (cipher.realValued()) {
    c.real = true;
    c.reals.assign(c.bytes.begin(), c.bytes.end());
    c.bytes.clear();
  }
  return c;
}

}  // namespace

PrivacyMeasures measurePrivacy(const Classifier& plainModel, const Classifier& keyedModel, const Key& key, const Dataset& test) {
  requireModelKey(plainModel.info(), "");
  requireModelKey(keyedModel.info(), fingerprintOf(key));
  if (plainModel.info().imageShape != test.shape || keyedModel.info().imageShape != test.shape)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "both models must take the test set's images (%1)"), {test.shape.text()}});
  const auto cipher = std::shared_ptr<const Cipher>(makeCipher(key));
  const ModelInput plainInput(nullptr, test.shape);
  PrivacyMeasures m;
  m.examinerAccuracy = accuracy(plainModel, test, [&](std::size_t i, float* out) {
    // What a person (or a plain model) sees of the ciphertext, at the plain image's shape.
    plainInput.prepare(conformTo(cipher->encrypt(test.image(i)).view(), test.shape), out);
  });
  m.visualPrivacy = 1 - m.examinerAccuracy;
  const InputLayout layout = keyedModel.info().layout;
  m.misusability =
      accuracy(keyedModel, test, [&](std::size_t i, float* out) { layOutCiphertext(asCiphertext(test.image(i), *cipher), layout, out); });
  return m;
}

}  // namespace led
