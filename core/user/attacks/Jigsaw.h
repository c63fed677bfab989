#pragma once
// Jigsaw-puzzle attacks on block scrambling (Chuman & Kiya; docs/specification.md, section 7): the blocks of a scrambled
// image are puzzle pieces; a solver reassembles them from how well their edges continue each other, and
// the result is scored against the true arrangement. Under EtC the pieces may also be turned, mirrored
// and negated, so the solver then searches every orientation and both signs of each piece.
#include <atomic>
#include <vector>

#include "core/user/attacks/PieceOrientation.h"
#include "core/shared/image/Image.h"
#include "core/shared/random/RandomSource.h"

namespace led {

// What may have been done to each piece besides moving it.
struct JigsawFreedom {
  bool orientation = false;  // any of the 8 symmetries of a square (EtC's rotation and flip)
  bool negation = false;     // negative-positive (EtC's step 3)
};

// A piece as placed at a position: which one, turned and negated how.
struct Placement {
  int piece = 0;
  int orientation = 0;
  bool negated = false;
};

struct JigsawScores {
  double direct = 0;            // share of pieces in their true position, upright
  double neighbour = 0;         // share of adjacent pairs that are true neighbours, in the true relation
  double largestComponent = 0;  // largest group of pieces joined by true-neighbour pairs, as a share of all pieces
};
// placements[position]: the piece there named by its true position (row-major), its orientation and sign
// relative to the truth. Scored under the global turn, mirror and sign that suit it best: edges alone
// cannot tell a picture from its mirror image or its negative.
JigsawScores scorePlacements(const std::vector<Placement>& placements, int rows, int cols);
// Permutation only: arrangement[position] = true position of the piece there.
JigsawScores scoreArrangement(const std::vector<int>& arrangement, int rows, int cols);

// The pieces of an image, M x M each (the sides must be multiples of M), row-major.
std::vector<Image> cutPieces(const Image& image, int blockSize);
Image assemblePieces(const std::vector<Image>& pieces, const std::vector<Placement>& placements, int rows, int cols);

// Reassembles pieces into rows x cols; placements[position] names an index into `pieces`. Greedy merging
// of the most compatible edges (prediction of each edge from the two pixels before it), best buddies
// first, in clusters that never overlap or outgrow the frame.
// cancel: when set, the solver stops early and returns what it has (pieces in reading order).
std::vector<Placement> solveJigsaw(const std::vector<Image>& pieces, int rows, int cols, JigsawFreedom freedom = {},
                                   const std::atomic<bool>* cancel = nullptr);

// The attack as an experiment on a plain image: cut it into M x M pieces, shuffle them (and turn, mirror
// and negate them as EtC would, when freedom says so) with `random`, solve, and score.
struct JigsawExperiment {
  Image scrambled, solved;
  JigsawScores scores;
  double seconds = 0;  // the solver alone
  int pieces = 0;
};
JigsawExperiment runJigsawExperiment(const Image& plain, int blockSize, JigsawFreedom freedom, RandomSource& random,
                                     const std::atomic<bool>* cancel = nullptr);

}  // namespace led
