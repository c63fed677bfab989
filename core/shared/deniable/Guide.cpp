#include "core/shared/deniable/Guide.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "core/shared/common/Error.h"

namespace led {
namespace {

// Every shape is "the k pixels closest to the centre" under its own distance, so both shapes have
// exactly k foreground pixels: Chebyshev distance gives a square, the largest of three half-plane
// distances an upward triangle. Ties go to the pixel that comes first row by row.
double distance(GuideShape shape, double x, double y) {
  if (shape == GuideShape::Square) return std::max(std::abs(x), std::abs(y));
  const double s = std::sqrt(3.0) / 2;
  return std::max({-y, s * x + 0.5 * y, -s * x + 0.5 * y});
}

}  // namespace

std::string guideShapeName(GuideShape shape) { return shape == GuideShape::Triangle ? "triangle" : "square"; }

GuideShape guideShapeFor(int part) { return part == 0 ? GuideShape::Triangle : GuideShape::Square; }

int guidePart(GuideShape shape) { return shape == GuideShape::Triangle ? 0 : 1; }

Image drawGuide(GuideShape shape, int side) {
  if (side != 16 && side != 32)
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "a guide's canvas is 16 or 32 pixels wide, not %1"), {std::to_string(side)}});
  // About 40 % foreground, rounded to a perfect square so the square has no stray pixels.
  const std::size_t n = std::size_t(side) * side, root = std::size_t(std::lround(std::sqrt(0.4 * double(n)))), k = root * root;
  std::vector<double> d(n);
  for (int r = 0; r < side; ++r)
    for (int c = 0; c < side; ++c) {
      // Centred, y up; the triangle's centroid sits a little below the canvas centre.
      const double x = (c + 0.5) / side - 0.5, y = 0.5 - (r + 0.5) / side + (shape == GuideShape::Triangle ? 0.08 : 0);
      d[std::size_t(r) * side + c] = distance(shape, x, y);
    }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t(0));
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return d[a] < d[b]; });
  Image guide({side, side, 1}, std::vector<std::uint8_t>(n, kGuideBackground));
  for (std::size_t i = 0; i < k; ++i) guide.data[order[i]] = kGuideForeground;
  return guide;
}

namespace {

// Equal bytes, in a time that depends on the length only: no early exit at the first difference.
bool sameBytes(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b) {
  if (a.size() != b.size()) return false;
  std::uint8_t difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) difference |= std::uint8_t(a[i] ^ b[i]);
  return difference == 0;
}

}  // namespace

// Both shapes are drawn and compared whatever the guide is, so that reading a square (b = 1) costs what
// reading a triangle costs: the time of a query's answer says nothing of the coin.
bool readGuide(const Image& image, GuideShape& shape) {
  if (image.channels() != 1 || image.height() != image.width() || (image.width() != 16 && image.width() != 32)) return false;
  const bool triangle = sameBytes(drawGuide(GuideShape::Triangle, image.width()).data, image.data);
  const bool square = sameBytes(drawGuide(GuideShape::Square, image.width()).data, image.data);
  if (triangle || square) shape = square ? GuideShape::Square : GuideShape::Triangle;
  return triangle || square;
}

}  // namespace led
