#include "core/user/data/Dataset.h"

#include "core/shared/common/Error.h"

namespace led {

Image Dataset::image(std::size_t i) const {
  const std::uint8_t* p = samples(i);
  return Image(shape, std::vector<std::uint8_t>(p, p + shape.samples()));
}

Dataset Dataset::head(std::size_t n) const {
  if (n == 0 || n >= size()) return *this;
  Dataset d;
  d.name = name;
  d.shape = shape;
  d.classNames = classNames;
  d.labels.assign(labels.begin(), labels.begin() + std::ptrdiff_t(n));
  d.pixels.assign(pixels.begin(), pixels.begin() + std::ptrdiff_t(n * shape.samples()));
  return d;
}

void Dataset::validate() const {
  if (labels.empty()) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 holds no images"), {name}});
  if (pixels.size() != labels.size() * shape.samples())
    fail(ErrorKind::BadFile,
         {LED_PHRASE("led", "%1 has %2 labels but pixel data for a different number of images"), {name, std::to_string(labels.size())}});
  if (classNames.empty()) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 names no classes"), {name}});
  for (std::uint16_t label : labels)
    if (label >= classNames.size())
      fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has a label %2 beyond its %3 classes"),
                                {name, std::to_string(label), std::to_string(classNames.size())}});
}

}  // namespace led
