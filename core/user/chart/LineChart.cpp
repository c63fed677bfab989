#include "core/user/chart/LineChart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <opencv2/imgproc.hpp>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/Error.h"
#include "core/user/imageio/PngCodec.h"

namespace led {
namespace {

const cv::Scalar kColours[] = {{165, 110, 59}, {32, 128, 224}, {60, 160, 60}, {160, 60, 160}};  // BGR

std::string number(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", std::round(v * 1000) / 1000);
  return text;
}

}  // namespace

std::vector<std::uint8_t> lineChartPng(const std::string& title, const std::string& xLabel, const std::string& yLabel,
                                       const std::vector<ChartSeries>& series) {
  double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
  for (const ChartSeries& s : series)
    for (std::size_t i = 0; i < s.x.size(); ++i) {
      x0 = std::min(x0, s.x[i]), x1 = std::max(x1, s.x[i]);
      y0 = std::min(y0, s.y[i]), y1 = std::max(y1, s.y[i]);
    }
  if (x0 > x1) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a chart needs at least one point"));
  if (x1 == x0) x1 = x0 + 1;
  const double pad = std::max(1e-3, (y1 - y0) * 0.1);
  y0 -= pad, y1 += pad;
  const int width = 800, height = 500, left = 80, right = 20, top = 60, bottom = 60;
  cv::Mat image(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
  auto px = [&](double x) { return int(left + (x - x0) / (x1 - x0) * (width - left - right)); };
  auto py = [&](double y) { return int(height - bottom - (y - y0) / (y1 - y0) * (height - top - bottom)); };
  const auto font = cv::FONT_HERSHEY_SIMPLEX;
  const cv::Scalar ink(40, 40, 40), grid(225, 225, 225);
  for (int i = 0; i <= 5; ++i) {
    const double y = y0 + (y1 - y0) * i / 5;
    cv::line(image, {left, py(y)}, {width - right, py(y)}, grid);
    cv::putText(image, number(y), {8, py(y) + 5}, font, 0.45, ink, 1, cv::LINE_AA);
  }
  // Whole-number x (counts of models, epochs) gets a tick at every whole number that fits.
  const bool whole = x1 - x0 <= 20 && std::floor(x0) == x0 && std::floor(x1) == x1;
  const int xTicks = whole ? int(x1 - x0) : 5;
  for (int i = 0; i <= xTicks; ++i) {
    const double x = x0 + (x1 - x0) * i / xTicks;
    cv::putText(image, number(x), {px(x) - 6, height - bottom + 22}, font, 0.45, ink, 1, cv::LINE_AA);
  }
  cv::rectangle(image, {left, top}, {width - right, height - bottom}, ink);
  cv::putText(image, title, {left + 120, 24}, font, 0.65, ink, 1, cv::LINE_AA);
  cv::putText(image, xLabel, {width / 2 - 40, height - 15}, font, 0.5, ink, 1, cv::LINE_AA);
  cv::putText(image, yLabel, {8, top - 16}, font, 0.45, ink, 1, cv::LINE_AA);
  for (std::size_t k = 0; k < series.size(); ++k) {
    const ChartSeries& s = series[k];
    const cv::Scalar colour = kColours[k % 4];
    for (std::size_t i = 0; i < s.x.size(); ++i) {
      if (i) cv::line(image, {px(s.x[i - 1]), py(s.y[i - 1])}, {px(s.x[i]), py(s.y[i])}, colour, 2, cv::LINE_AA);
      cv::circle(image, {px(s.x[i]), py(s.y[i])}, 4, colour, cv::FILLED, cv::LINE_AA);
    }
    const int ly = top + 20 + int(k) * 20;
    cv::line(image, {width - right - 230, ly - 4}, {width - right - 200, ly - 4}, colour, 2, cv::LINE_AA);
    cv::putText(image, render(s.name), {width - right - 192, ly}, font, 0.45, ink, 1, cv::LINE_AA);
  }
  cv::Mat rgb;
  cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB);
  return encodePng(Image({rgb.rows, rgb.cols, 3}, std::vector<std::uint8_t>(rgb.datastart, rgb.dataend)));
}

void writeLineChart(const std::string& path, const std::string& title, const std::string& xLabel, const std::string& yLabel,
                    const std::vector<ChartSeries>& series) {
  writeFileAtomically(path, lineChartPng(title, xLabel, yLabel, series), 0644);
}

}  // namespace led
