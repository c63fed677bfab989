#include "core/shared/image/Image.h"

#include <algorithm>
#include <cstring>

#include "core/shared/common/Error.h"

namespace led {

std::string ImageShape::text() const { return std::to_string(width) + "x" + std::to_string(height) + "x" + std::to_string(channels); }

void requireValidShape(const ImageShape& shape, const std::string& what) {
  if (shape.height <= 0 || shape.width <= 0)
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "%1 has no pixels (%2)"), {what, shape.text()}});
  if (shape.channels != 1 && shape.channels != 3)
    fail(ErrorKind::InvalidArgument,
         {LED_PHRASE("led", "%1 has %2 channels; only 1 (gray) or 3 (RGB) are supported"), {what, std::to_string(shape.channels)}});
  if (shape.height > kMaxImageSide || shape.width > kMaxImageSide || shape.samples() > kMaxImageSamples)
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "%1 is too large (%2)"), {what, shape.text()}});
}

Image::Image(ImageShape s) : shape(s), data(s.samples()) {}

Image::Image(ImageShape s, std::vector<std::uint8_t> samples) : shape(s), data(std::move(samples)) {
  if (data.size() != shape.samples())
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "image data does not match its shape %1"), {shape.text()}});
}

ImageShape paddedShape(const ImageShape& shape, int m) {
  auto up = [m](int v) { return (v + m - 1) / m * m; };
  return {up(shape.height), up(shape.width), shape.channels};
}

Image padByEdgeReplication(const Image& image, int m) {
  const ImageShape target = paddedShape(image.shape, m);
  if (target == image.shape) return image;
  Image out(target);
  const int c = image.channels();
  const std::size_t rowBytes = std::size_t(image.width()) * c;
  for (int r = 0; r < target.height; ++r) {
    const std::uint8_t* src = image.row(std::min(r, image.height() - 1));
    std::uint8_t* dst = out.row(r);
    std::memcpy(dst, src, rowBytes);
    for (int x = image.width(); x < target.width; ++x) std::memcpy(dst + std::size_t(x) * c, src + rowBytes - c, std::size_t(c));
  }
  return out;
}

Image cropTopLeft(const Image& image, int height, int width) {
  if (height > image.height() || width > image.width())
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "cannot crop %1 to a larger size"), {image.shape.text()}});
  if (height == image.height() && width == image.width()) return image;
  Image out({height, width, image.channels()});
  const std::size_t rowBytes = std::size_t(width) * image.channels();
  for (int r = 0; r < height; ++r) std::memcpy(out.row(r), image.row(r), rowBytes);
  return out;
}

}  // namespace led
