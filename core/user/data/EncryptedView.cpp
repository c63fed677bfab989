#include "core/user/data/EncryptedView.h"

#include "core/shared/common/Error.h"

namespace led {

EncryptedView::EncryptedView(const Dataset& data, const ModelInput& input, Augmentation augmentation)
    : data_(data), input_(input), augmentation_(augmentation) {
  if (input.plainShape() != data.shape)
    fail(ErrorKind::Mismatch,
         {LED_PHRASE("led", "the model takes images of %1, the dataset's images are %2"), {input.plainShape().text(), data.shape.text()}});
}

void EncryptedView::fill(const std::size_t* indices, std::size_t count, int epoch, RandomSource* random, float* out,
                         std::int64_t* labels) const {
  const bool augmenting = epoch > 0 && random && augmentation_.any();
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t index = indices[i];
    const Image plain = augmenting ? augment(data_.samples(index), data_.shape, augmentation_, *random) : data_.image(index);
    input_.prepare(plain, out + i * input_.shape().size());
    labels[i] = data_.labels[index];
  }
}

}  // namespace led
