#pragma once
// The guide of the deniable query (docs/specification.md, section 3.2): a small two-colour image whose shape says which
// half of the composite is real, triangle = part 0, square = part 1. Both shapes are drawn on the same
// canvas with the same number of foreground pixels and the same two colours, so their colour
// histograms are identical and a garbled guide can be opened to either.
#include <cstdint>
#include <string>

#include "core/shared/image/Image.h"

namespace led {

enum class GuideShape { Triangle, Square };

constexpr std::uint8_t kGuideBackground = 32;
constexpr std::uint8_t kGuideForeground = 224;

std::string guideShapeName(GuideShape shape);
// The part of the composite a shape points at, and the shape that points at a part.
int guidePart(GuideShape shape);
GuideShape guideShapeFor(int part);

// The canonical guide: side x side gray pixels (side 16 or 32), about 40 % of them foreground (100 or 400).
Image drawGuide(GuideShape shape, int side);
// Which canonical guide an image is, if either.
bool readGuide(const Image& image, GuideShape& shape);

}  // namespace led
