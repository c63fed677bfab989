#include "core/user/models/KeyAbsorption.h"

#include "core/shared/common/Error.h"
#include "core/user/schemes/LeBlockKey.h"

namespace led {

Classifier absorbLeKey(const Classifier& plain, const Key& key) {
  const ModelInfo& p = plain.info();
  const SchemeParams& params = key.spec().params;
  if (p.scheme) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "absorbing a key needs a model trained on plain images"));
  if (key.scheme() != SchemeId::Le || !params.split)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "only an le key with split nibbles can be absorbed"));
  if (key.spec().shape != p.imageShape || paddedShape(p.imageShape, params.blockSize) != p.imageShape)
    fail(ErrorKind::Mismatch, LED_PHRASE("led", "the key's image shape must be the model's, and whole blocks"));

  ModelInfo info = p;
  info.scheme = params;
  info.keyFingerprint = key.fingerprint();
  info.layout = InputLayout::NibblePlanes;
  info.input.channels = 2 * p.input.channels;
  // Plain sample (r, c, ch) of a block is byte t = (r*M + c)*C + ch, i.e. nibbles t and t + d of the
  // block's nibble vector; nibble s sits at ciphertext nibble q = P^-1[s], reversed where R[s] is set.
  // Ciphertext nibble q is byte q mod d of the block: plane (q < d ? ch : C + ch) at (r, c); its input
  // value is x = n / 15 - 0.5, so n = 15 x + 7.5. The plain model's input is (lo + 16 hi) / 255 - 0.5.
  const int m = params.blockSize, channels = p.imageShape.channels, planes = info.input.channels;
  const std::size_t d = std::size_t(m) * m * channels;
  const le::BlockKey k = le::blockKey(key, 0);
  const Permutation inverse = inversePermutation(k.p);
  std::vector<float> weight(d * std::size_t(planes) * m * m, 0.0f), bias(d, -0.5f);  // [M*M*C][2C][M][M], [M*M*C]
  for (std::size_t t = 0; t < d; ++t) {
    const int ch = int(t % channels), pixel = int(t / channels), r = pixel / m, c = pixel % m;
    const std::size_t out = std::size_t(ch) * m * m + std::size_t(r) * m + std::size_t(c);  // PixelShuffle's channel for (ch, r, c)
    for (int half = 0; half < 2; ++half) {
      const std::size_t s = t + std::size_t(half) * d;
      const std::size_t q = inverse[s], byte = q % d;
      const int qch = int(byte % channels), qpixel = int(byte / channels);
      const std::size_t plane = std::size_t(q < d ? 0 : channels) + std::size_t(qch);
      const double scale = (half ? 16.0 : 1.0) / 255.0;
      const double sign = k.reversal[s] ? -1.0 : 1.0;  // reversed: n = 15 - n'
      weight[((out * std::size_t(planes) + plane) * std::size_t(m) + std::size_t(qpixel / m)) * std::size_t(m) + std::size_t(qpixel % m)] =
          float(sign * 15.0 * scale);
      bias[out] += float(scale * (k.reversal[s] ? 15.0 - 7.5 : 7.5));
    }
  }
  return Classifier::withLeAdaptation(plain, info, weight, bias);
}

}  // namespace led
