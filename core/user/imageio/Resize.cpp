#include "core/user/imageio/Resize.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <opencv2/imgproc.hpp>

#include "core/shared/common/Error.h"

namespace led {

Image resizeArea(const Image& image, int height, int width) {
  requireValidShape({height, width, image.channels()}, "the resized image");
  const cv::Mat in(image.height(), image.width(), CV_8UC(image.channels()), const_cast<std::uint8_t*>(image.data.data()));
  cv::Mat out;
  cv::resize(in, out, cv::Size(width, height), 0, 0, cv::INTER_AREA);
  Image result({height, width, image.channels()});
  const std::size_t rowBytes = std::size_t(width) * image.channels();
  for (int r = 0; r < height; ++r) std::memcpy(result.row(r), out.ptr(r), rowBytes);
  return result;
}

Image enlargeNearest(const Image& image, const ImageShape& shape) {
  Image big(shape);
  for (int r = 0; r < shape.height; ++r)
    for (int c = 0; c < shape.width; ++c)
      for (int k = 0; k < shape.channels; ++k)
        big.at(r, c, k) = image.at(r * image.height() / shape.height, c * image.width() / shape.width, std::min(k, image.channels() - 1));
  return big;
}

Image fitWithin(const Image& image, int maxSide) {
  const int longer = std::max(image.height(), image.width());
  if (longer <= maxSide) return image;
  const double scale = double(maxSide) / longer;
  return resizeArea(image, std::max(1, int(std::lround(image.height() * scale))), std::max(1, int(std::lround(image.width() * scale))));
}

}  // namespace led

namespace led {

Image conformTo(Image image, const ImageShape& shape) {
  if (image.channels() != shape.channels) {
    Image converted({image.height(), image.width(), shape.channels});
    for (std::size_t p = 0; p < image.shape.pixels(); ++p) {
      const std::uint8_t* in = image.data.data() + p * image.channels();
      std::uint8_t* out = converted.data.data() + p * shape.channels;
      if (shape.channels == 1)
        out[0] = std::uint8_t((299 * in[0] + 587 * in[1] + 114 * in[2] + 500) / 1000);
      else
        out[0] = out[1] = out[2] = in[0];
    }
    image = std::move(converted);
  }
  if (image.height() == shape.height && image.width() == shape.width) return image;
  return resizeArea(image, shape.height, shape.width);
}

Image cropAndConform(const Image& photo, const ImageShape& shape) {
  // The crop's side lengths, in the shape's aspect, as large as the photo allows.
  const double scale = std::min(double(photo.height()) / shape.height, double(photo.width()) / shape.width);
  const int height = std::clamp(int(shape.height * scale + 0.5), 1, photo.height());
  const int width = std::clamp(int(shape.width * scale + 0.5), 1, photo.width());
  if (height == photo.height() && width == photo.width()) return conformTo(photo, shape);
  const int top = (photo.height() - height) / 2, left = (photo.width() - width) / 2;
  Image crop({height, width, photo.channels()});
  const std::size_t row = std::size_t(width) * std::size_t(photo.channels());
  for (int r = 0; r < height; ++r) std::copy_n(photo.row(top + r) + std::size_t(left) * std::size_t(photo.channels()), row, crop.row(r));
  return conformTo(std::move(crop), shape);
}

}  // namespace led
