#include "data/EncryptedView.h"

#include <algorithm>
#include <cstring>

#include "common/Error.h"

namespace led {

EncryptedView::EncryptedView(const Dataset& data, const ModelInput& input, Augmentation augmentation)
    : data_(data), input_(input), augmentation_(augmentation) {
  if (input.plainShape() != data.shape)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the model takes images of %1, the dataset's images are %2"), {input.plainShape().text(), data.shape.text()}});
}

Image EncryptedView::augment(const std::uint8_t* samples, RandomSource& random) const {
  const ImageShape& s = data_.shape;
  Image out(s);
  const int pad = augmentation_.cropPadding;
  const int dy = pad ? int(random.below(2 * std::uint64_t(pad) + 1)) - pad : 0;
  const int dx = pad ? int(random.below(2 * std::uint64_t(pad) + 1)) - pad : 0;
  const bool flip = augmentation_.horizontalFlip && random.below(2) == 1;
  const int c = s.channels;
  for (int r = 0; r < s.height; ++r) {
    const int sr = std::clamp(r + dy, 0, s.height - 1);
    for (int x = 0; x < s.width; ++x) {
      const int sx = std::clamp((flip ? s.width - 1 - x : x) + dx, 0, s.width - 1);
      std::memcpy(out.data.data() + (std::size_t(r) * s.width + x) * c, samples + (std::size_t(sr) * s.width + sx) * c, std::size_t(c));
    }
  }
  if (const int n = augmentation_.noise; n > 0)
    for (std::uint8_t& v : out.data) v = std::uint8_t(std::clamp(int(v) + int(random.below(2 * std::uint64_t(n) + 1)) - n, 0, 255));
  return out;
}

void EncryptedView::fill(const std::size_t* indices, std::size_t count, RandomSource* random, float* out, std::int64_t* labels) const {
  const bool augmenting = random && (augmentation_.cropPadding > 0 || augmentation_.horizontalFlip || augmentation_.noise > 0);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t index = indices[i];
    const Image plain = augmenting ? augment(data_.samples(index), *random) : data_.image(index);
    input_.prepare(plain, out + i * input_.shape().size());
    labels[i] = data_.labels[index];
  }
}

}  // namespace led
