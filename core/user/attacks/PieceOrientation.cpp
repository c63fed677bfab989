#include "core/user/attacks/PieceOrientation.h"

#include <array>

#include "core/shared/common/Error.h"

namespace led {
namespace {

// Composition found once by trying every pair on an asymmetric frame: no hand-written group table to get wrong.
std::array<std::array<int, kOrientations>, kOrientations> compositionTable() {
  std::array<std::array<int, kOrientations>, kOrientations> table{};
  for (int outer = 0; outer < kOrientations; ++outer)
    for (int inner = 0; inner < kOrientations; ++inner)
      for (int candidate = 0; candidate < kOrientations; ++candidate) {
        bool same = true;
        for (int r = 0; r < 3 && same; ++r)
          for (int c = 0; c < 3 && same; ++c) {
            const auto [r1, c1] = orientCell(r, c, 3, 3, inner);
            same = orientCell(r1, c1, 3, 3, outer) == orientCell(r, c, 3, 3, candidate);
          }
        if (same) {
          table[std::size_t(outer)][std::size_t(inner)] = candidate;
          break;
        }
      }
  return table;
}

}  // namespace

std::pair<int, int> orientCell(int r, int c, int h, int w, int orientation) {
  if (orientation >= 4) c = w - 1 - c;
  for (int k = 0; k < orientation % 4; ++k) {
    const int turned = h - 1 - r;  // clockwise: (r, c) -> (c, h - 1 - r) in a w x h frame
    r = c;
    c = turned;
    std::swap(h, w);
  }
  return {r, c};
}

std::pair<int, int> orientDirection(int dr, int dc, int orientation) {
  if (orientation >= 4) dc = -dc;
  for (int k = 0; k < orientation % 4; ++k) {
    const int turned = -dr;
    dr = dc;
    dc = turned;
  }
  return {dr, dc};
}

int composeOrientations(int outer, int inner) {
  static const auto table = compositionTable();
  return table[std::size_t(outer)][std::size_t(inner)];
}

int inverseOrientation(int orientation) {
  for (int candidate = 0; candidate < kOrientations; ++candidate)
    if (composeOrientations(candidate, orientation) == 0) return candidate;
  fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "not an orientation"));
}

Image orientPiece(const Image& piece, int orientation, bool negated) {
  if (piece.height() != piece.width()) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "pieces must be square to turn"));
  const int m = piece.height(), channels = piece.channels();
  Image out(piece.shape);
  for (int r = 0; r < m; ++r)
    for (int c = 0; c < m; ++c) {
      const auto [r2, c2] = orientCell(r, c, m, m, orientation);
      for (int ch = 0; ch < channels; ++ch) out.at(r2, c2, ch) = negated ? std::uint8_t(255 - piece.at(r, c, ch)) : piece.at(r, c, ch);
    }
  return out;
}

}  // namespace led
