#include "core/user/metrics/ImageQuality.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <limits>

#include "core/shared/common/Error.h"

namespace led {
namespace {

void requireSameShape(const Image& a, const Image& b) {
  if (a.shape != b.shape)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "images of %1 and %2 cannot be compared"), {a.shape.text(), b.shape.text()}});
}

cv::Mat channel(const Image& image, int c) {
  cv::Mat out(image.height(), image.width(), CV_64F);
  for (int r = 0; r < image.height(); ++r)
    for (int col = 0; col < image.width(); ++col) out.at<double>(r, col) = image.at(r, col, c);
  return out;
}

}  // namespace

double psnr(const Image& a, const Image& b) {
  requireSameShape(a, b);
  double sum = 0;
  for (std::size_t i = 0; i < a.data.size(); ++i) {
    const double d = double(a.data[i]) - double(b.data[i]);
    sum += d * d;
  }
  if (sum == 0) return std::numeric_limits<double>::infinity();
  return 10 * std::log10(255.0 * 255.0 / (sum / double(a.data.size())));
}

double ssim(const Image& a, const Image& b) {
  requireSameShape(a, b);
  const double c1 = std::pow(0.01 * 255, 2), c2 = std::pow(0.03 * 255, 2);
  const auto blur = [](const cv::Mat& m) {
    cv::Mat out;
    cv::GaussianBlur(m, out, cv::Size(11, 11), 1.5);
    return out;
  };
  double total = 0;
  for (int c = 0; c < a.channels(); ++c) {
    const cv::Mat x = channel(a, c), y = channel(b, c);
    const cv::Mat mx = blur(x), my = blur(y);
    const cv::Mat sxx = blur(x.mul(x)) - mx.mul(mx), syy = blur(y.mul(y)) - my.mul(my), sxy = blur(x.mul(y)) - mx.mul(my);
    cv::Mat map = ((2 * mx.mul(my) + c1).mul(2 * sxy + c2)) / ((mx.mul(mx) + my.mul(my) + c1).mul(sxx + syy + c2));
    total += cv::mean(map)[0];
  }
  return total / a.channels();
}

}  // namespace led
