#pragma once
// The eight symmetries of a square piece (what EtC's rotation and flip steps can do to a block) and
// negative-positive, as the jigsaw solver and its scores need them.
#include <utility>

#include "core/shared/image/Image.h"

namespace led {

// orientation 0-7: mirror left-right first when orientation >= 4, then turn clockwise (orientation % 4)
// quarter turns.
constexpr int kOrientations = 8;

// Where cell (r, c) of an h x w frame lands; odd turns swap the frame's sides.
std::pair<int, int> orientCell(int r, int c, int h, int w, int orientation);
// The same for a direction (dr, dc), e.g. "the right neighbour" (0, 1).
std::pair<int, int> orientDirection(int dr, int dc, int orientation);
// The orientation that does `inner`, then `outer`.
int composeOrientations(int outer, int inner);
int inverseOrientation(int orientation);

// The piece as it looks turned, and negated (p -> 255 - p) when asked.
Image orientPiece(const Image& piece, int orientation, bool negated);

}  // namespace led
