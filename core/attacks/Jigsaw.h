#pragma once
// Jigsaw-puzzle attacks on block scrambling (Chuman & Kiya; SPEC.md section 7): the blocks of a scrambled
// image are puzzle pieces; a solver reassembles them from how well their edges continue each other, and
// the result is scored against the true arrangement.
#include <vector>

#include "image/Image.h"

namespace led {

// arrangement[position] = the piece placed there, pieces numbered by their true position (row-major).
struct JigsawScores {
  double direct = 0;            // share of pieces in their true position
  double neighbour = 0;         // share of adjacent pairs that are true neighbours, in the true relation
  double largestComponent = 0;  // largest group of pieces joined by true-neighbour pairs, as a share of all pieces
};
JigsawScores scoreArrangement(const std::vector<int>& arrangement, int rows, int cols);

// The pieces of an image, M x M each (the sides must be multiples of M), row-major.
std::vector<Image> cutPieces(const Image& image, int blockSize);
Image assemblePieces(const std::vector<Image>& pieces, const std::vector<int>& arrangement, int rows, int cols);

// Reassembles pieces (block permutation only, no rotation or flip) into rows x cols. Returns
// arrangement[position] = index into `pieces`. Greedy merging of the most compatible edges (prediction
// of each edge from the two pixels before it), in clusters that never overlap or outgrow the frame.
std::vector<int> solveJigsaw(const std::vector<Image>& pieces, int rows, int cols);

}  // namespace led
