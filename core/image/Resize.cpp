#include "image/Resize.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <opencv2/imgproc.hpp>

#include "common/Error.h"

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

Image fitWithin(const Image& image, int maxSide) {
  const int longer = std::max(image.height(), image.width());
  if (longer <= maxSide) return image;
  const double scale = double(maxSide) / longer;
  return resizeArea(image, std::max(1, int(std::lround(image.height() * scale))), std::max(1, int(std::lround(image.width() * scale))));
}

}  // namespace led
