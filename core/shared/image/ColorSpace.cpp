#include "core/shared/image/ColorSpace.h"

#include <algorithm>
#include <cmath>

namespace led {
namespace {
std::uint8_t clampRound(double v) { return std::uint8_t(std::clamp(std::lround(v), 0L, 255L)); }
}  // namespace

Image rgbToYCbCrPlanes(const Image& rgb) {
  if (rgb.channels() == 1) return rgb;
  const int w = rgb.width();
  Image planes({rgb.height(), 3 * w, 1});
  for (int r = 0; r < rgb.height(); ++r) {
    const std::uint8_t* in = rgb.row(r);
    std::uint8_t* out = planes.row(r);
    for (int c = 0; c < w; ++c) {
      const double R = in[3 * c], G = in[3 * c + 1], B = in[3 * c + 2];
      out[c] = clampRound(0.299 * R + 0.587 * G + 0.114 * B);
      out[w + c] = clampRound(128 - 0.168736 * R - 0.331264 * G + 0.5 * B);
      out[2 * w + c] = clampRound(128 + 0.5 * R - 0.418688 * G - 0.081312 * B);
    }
  }
  return planes;
}

Image yCbCrPlanesToRgb(const Image& planes, int channels) {
  if (channels == 1) return planes;
  const int w = planes.width() / 3;
  Image rgb({planes.height(), w, 3});
  for (int r = 0; r < planes.height(); ++r) {
    const std::uint8_t* in = planes.row(r);
    std::uint8_t* out = rgb.row(r);
    for (int c = 0; c < w; ++c) {
      const double Y = in[c], Cb = in[w + c] - 128.0, Cr = in[2 * w + c] - 128.0;
      out[3 * c] = clampRound(Y + 1.402 * Cr);
      out[3 * c + 1] = clampRound(Y - 0.344136 * Cb - 0.714136 * Cr);
      out[3 * c + 2] = clampRound(Y + 1.772 * Cb);
    }
  }
  return rgb;
}

}  // namespace led
