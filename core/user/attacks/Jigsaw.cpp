#include "core/user/attacks/Jigsaw.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <limits>
#include <numeric>
#include <unordered_set>

#include "core/shared/common/Error.h"
#include "core/shared/random/Permutation.h"

namespace led {
namespace {

// Sides of a piece, as directions: 0 right, 1 down, 2 left, 3 up; opposite side = (side + 2) % 4.
constexpr std::array<std::pair<int, int>, 4> kSides = {{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}};

int sideOf(std::pair<int, int> direction) { return int(std::find(kSides.begin(), kSides.end(), direction) - kSides.begin()); }

// Union-find over positions for the largest component.
int findRoot(std::vector<int>& parent, int i) {
  while (parent[std::size_t(i)] != i) i = parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
  return i;
}

// Scores with a mask of the positions whose piece is upright (in the orientation and sign of the truth).
JigsawScores scoreUpright(const std::vector<int>& arrangement, const std::vector<bool>& upright, int rows, int cols) {
  const int n = rows * cols;
  JigsawScores s;
  std::vector<int> parent(static_cast<std::size_t>(n));
  std::iota(parent.begin(), parent.end(), 0);
  int right = 0, pairs = 0;
  for (int pos = 0; pos < n; ++pos) {
    const int r = pos / cols, c = pos % cols, piece = arrangement[std::size_t(pos)];
    const bool up = upright[std::size_t(pos)];
    s.direct += up && piece == pos;
    const auto link = [&](int other, int expected) {
      ++pairs;
      if (!up || !upright[std::size_t(other)] || arrangement[std::size_t(other)] != expected) return;
      ++right;
      parent[std::size_t(findRoot(parent, pos))] = findRoot(parent, other);
    };
    // True neighbours: the piece right of `piece` is piece + 1 in the same row; below, piece + cols.
    if (c + 1 < cols) link(pos + 1, piece % cols + 1 < cols ? piece + 1 : -1);
    if (r + 1 < rows) link(pos + cols, piece + cols < n ? piece + cols : -1);
  }
  std::vector<int> size(std::size_t(n), 0);
  int largest = 0;
  for (int pos = 0; pos < n; ++pos) largest = std::max(largest, ++size[std::size_t(findRoot(parent, pos))]);
  s.direct /= n;
  s.neighbour = pairs ? double(right) / pairs : 1.0;
  s.largestComponent = right ? double(largest) / n : 1.0 / n;
  return s;
}

// Each piece's four sides as two pixel lines (outermost, next), ordered top to bottom or left to right,
// for every orientation the solver may try.
struct SideLines {
  int length = 0;           // M x channels
  std::vector<float> data;  // [piece][orientation][side][outer, inner][length]
  std::size_t offset(int piece, int orientation, int side) const {
    return ((std::size_t(piece) * kOrientations + std::size_t(orientation)) * 4 + std::size_t(side)) * 2 * std::size_t(length);
  }
  const float* at(int piece, int orientation, int side) const { return data.data() + offset(piece, orientation, side); }
};

SideLines sideLines(const std::vector<Image>& pieces, int orientations) {
  const int m = pieces.front().height(), channels = pieces.front().channels();
  SideLines lines;
  lines.length = m * channels;
  lines.data.resize(pieces.size() * kOrientations * 4 * 2 * std::size_t(lines.length));
  for (std::size_t p = 0; p < pieces.size(); ++p)
    for (int o = 0; o < orientations; ++o) {
      const Image v = orientPiece(pieces[p], o, false);
      for (int side = 0; side < 4; ++side) {
        float* out = lines.data.data() + lines.offset(int(p), o, side);
        for (int line = 0; line < 2; ++line)
          for (int i = 0; i < m; ++i)
            for (int ch = 0; ch < channels; ++ch) {
              const int depth = side < 2 ? m - 1 - line : line;  // right and down sides are at the far end
              const bool vertical = side % 2 == 0;
              out[line * lines.length + i * channels + ch] = vertical ? v.at(i, depth, ch) : v.at(depth, i, ch);
            }
      }
    }
  return lines;
}

// Dissimilarity of two touching sides, each predicted linearly from its two outermost lines into the
// other, squared, both ways: [0] as they are, [1] with b negated (p -> 255 - p).
std::array<double, 2> dissimilarity(const float* a, const float* b, int length) {
  const float *a1 = a, *a2 = a + length, *b1 = b, *b2 = b + length;
  double plain = 0, negated = 0;
  for (int i = 0; i < length; ++i) {
    const float fromA = 2 * a1[i] - a2[i] - b1[i], fromB = 2 * b1[i] - b2[i] - a1[i];
    const float fromAn = 2 * a1[i] - a2[i] - (255 - b1[i]), fromBn = (255 - 2 * b1[i] + b2[i]) - a1[i];
    plain += double(fromA * fromA + fromB * fromB);
    negated += double(fromAn * fromAn + fromBn * fromBn);
  }
  return {plain, negated};
}

// b (turned by `orientation`, negated or not) placed on side `side` of a (upright).
struct Relation {
  double score;
  int a, side, b, orientation;
  bool negated;
};

// The best few relations of every (piece, side), scored by their ratio to the second best of that side;
// best buddies (each the other's best) first, as they are rarely wrong.
std::vector<Relation> rankedRelations(const std::vector<Image>& pieces, JigsawFreedom freedom, const std::atomic<bool>* cancel) {
  const int n = int(pieces.size()), orientations = freedom.orientation ? kOrientations : 1;
  const SideLines lines = sideLines(pieces, orientations);
  constexpr std::size_t kBest = 6;
  std::vector<std::vector<Relation>> best(std::size_t(n) * 4);  // [a * 4 + side], ascending dissimilarity
  for (int a = 0; a < n && !(cancel && *cancel); ++a)
    for (int side = 0; side < 4; ++side) {
      std::vector<Relation>& list = best[std::size_t(a) * 4 + std::size_t(side)];
      const float* mine = lines.at(a, 0, side);
      for (int b = 0; b < n; ++b)
        for (int o = 0; b != a && o < orientations; ++o) {
          const std::array<double, 2> both = dissimilarity(mine, lines.at(b, o, (side + 2) % 4), lines.length);
          for (int sign = 0, signs = freedom.negation ? 2 : 1; sign < signs; ++sign) {
            const double d = both[std::size_t(sign)];
            if (list.size() == kBest && d >= list.back().score) continue;
            const Relation r{d, a, side, b, o, sign == 1};
            list.insert(
                std::upper_bound(list.begin(), list.end(), r, [](const Relation& x, const Relation& y) { return x.score < y.score; }), r);
            if (list.size() > kBest) list.pop_back();
          }
        }
    }
  std::vector<Relation> buddies, others;
  for (const std::vector<Relation>& list : best) {
    if (list.empty()) continue;
    const double second = list.size() > 1 ? list[1].score + 1e-9 : 1.0;
    for (std::size_t i = 0; i < list.size(); ++i) {
      Relation r = list[i];
      // Seen from b: a lies on the side opposite to ours, turned back, with the same relative sign.
      const int back = inverseOrientation(r.orientation);
      const auto [dr, dc] = orientDirection(-kSides[std::size_t(r.side)].first, -kSides[std::size_t(r.side)].second, back);
      const std::vector<Relation>& theirs = best[std::size_t(r.b) * 4 + std::size_t(sideOf({dr, dc}))];
      const bool buddy = i == 0 && !theirs.empty() && theirs[0].b == r.a && theirs[0].orientation == back && theirs[0].negated == r.negated;
      r.score /= second;
      (buddy ? buddies : others).push_back(r);
    }
  }
  const auto byScore = [](const Relation& x, const Relation& y) { return x.score < y.score; };
  std::sort(buddies.begin(), buddies.end(), byScore);
  std::sort(others.begin(), others.end(), byScore);
  buddies.insert(buddies.end(), others.begin(), others.end());
  return buddies;
}

// Pieces joined so far, each with its cell (relative), orientation and sign.
struct Cluster {
  std::vector<int> pieces;
  std::vector<std::pair<int, int>> cells;
  std::vector<Placement> placed;
};

class Assembly {
 public:
  Assembly(int n, int rows, int cols)
      : rows_(rows), cols_(cols), clusters_(std::size_t(n)), owner_(std::size_t(n)), slot_(std::size_t(n), 0) {
    for (int i = 0; i < n; ++i) {
      clusters_[std::size_t(i)] = Cluster{{i}, {{0, 0}}, {Placement{i, 0, false}}};
      owner_[std::size_t(i)] = i;
    }
  }

  // Joins b's cluster to a's as the relation says, turned and shifted to fit, unless they overlap or
  // outgrow the frame.
  void join(const Relation& e) {
    const int ca = owner_[std::size_t(e.a)], cb = owner_[std::size_t(e.b)];
    if (ca == cb) return;
    Cluster& A = clusters_[std::size_t(ca)];
    Cluster& B = clusters_[std::size_t(cb)];
    const Placement pa = A.placed[std::size_t(slot_[std::size_t(e.a)])], pb = B.placed[std::size_t(slot_[std::size_t(e.b)])];
    const auto cellA = A.cells[std::size_t(slot_[std::size_t(e.a)])], cellB = B.cells[std::size_t(slot_[std::size_t(e.b)])];
    const auto [dr, dc] = orientDirection(kSides[std::size_t(e.side)].first, kSides[std::size_t(e.side)].second, pa.orientation);
    const std::pair<int, int> target{cellA.first + dr, cellA.second + dc};
    const int turn = composeOrientations(composeOrientations(pa.orientation, e.orientation), inverseOrientation(pb.orientation));
    const bool flip = (pa.negated != e.negated) != pb.negated;
    std::vector<std::pair<int, int>> moved;
    for (const auto& [r, c] : B.cells) {
      const auto [tr, tc] = orientDirection(r - cellB.first, c - cellB.second, turn);
      moved.push_back({target.first + tr, target.second + tc});
    }
    if (!fits(A.cells, moved)) return;
    for (std::size_t i = 0; i < B.pieces.size(); ++i) {
      slot_[std::size_t(B.pieces[i])] = int(A.pieces.size());
      owner_[std::size_t(B.pieces[i])] = ca;
      A.pieces.push_back(B.pieces[i]);
      A.cells.push_back(moved[i]);
      A.placed.push_back({B.pieces[i], composeOrientations(turn, B.placed[i].orientation), B.placed[i].negated != flip});
    }
    B = Cluster{};
  }

  // The largest cluster keeps its places; the pieces of the others fill the holes in reading order, upright.
  std::vector<Placement> placements() const {
    const Cluster& largest = *std::max_element(clusters_.begin(), clusters_.end(),
                                               [](const Cluster& x, const Cluster& y) { return x.pieces.size() < y.pieces.size(); });
    int minR = std::numeric_limits<int>::max(), minC = minR;
    for (const auto& [r, c] : largest.cells) minR = std::min(minR, r), minC = std::min(minC, c);
    std::vector<Placement> out(std::size_t(rows_ * cols_), Placement{-1, 0, false});
    std::vector<bool> used(owner_.size(), false);
    for (std::size_t i = 0; i < largest.pieces.size(); ++i) {
      out[std::size_t((largest.cells[i].first - minR) * cols_ + largest.cells[i].second - minC)] = largest.placed[i];
      used[std::size_t(largest.pieces[i])] = true;
    }
    int next = 0;
    for (Placement& slot : out)
      if (slot.piece < 0) {
        while (used[std::size_t(next)]) ++next;
        slot.piece = next;
        used[std::size_t(next)] = true;
      }
    return out;
  }

 private:
  bool fits(const std::vector<std::pair<int, int>>& a, const std::vector<std::pair<int, int>>& b) const {
    int minR = std::numeric_limits<int>::max(), maxR = std::numeric_limits<int>::min(), minC = minR, maxC = maxR;
    for (const auto* cells : {&a, &b})
      for (const auto& [r, c] : *cells)
        minR = std::min(minR, r), maxR = std::max(maxR, r), minC = std::min(minC, c), maxC = std::max(maxC, c);
    if (maxR - minR + 1 > rows_ || maxC - minC + 1 > cols_) return false;
    std::unordered_set<long long> occupied;
    for (const auto& [r, c] : a) occupied.insert((long long)r * 1000003 + c);
    return std::none_of(b.begin(), b.end(),
                        [&](const auto& cell) { return occupied.count((long long)cell.first * 1000003 + cell.second) > 0; });
  }

  int rows_, cols_;
  std::vector<Cluster> clusters_;
  std::vector<int> owner_, slot_;  // cluster of each piece, and its index there
};

}  // namespace

JigsawScores scorePlacements(const std::vector<Placement>& placements, int rows, int cols) {
  const int n = rows * cols;
  if (int(placements.size()) != n) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "an arrangement needs one piece per position"));
  JigsawScores best{-1, -1, -1};
  for (int global = 0; global < kOrientations; ++global) {
    if (global % 2 == 1 && rows != cols) continue;  // a quarter turn does not map a non-square frame onto itself
    for (bool negate : {false, true}) {
      // Undo the global turn and sign, then score what is upright.
      const int undo = inverseOrientation(global);
      std::vector<int> arrangement(static_cast<std::size_t>(n));
      std::vector<bool> upright(static_cast<std::size_t>(n));
      for (int pos = 0; pos < n; ++pos) {
        const auto [r, c] = orientCell(pos / cols, pos % cols, rows, cols, undo);
        const Placement& p = placements[std::size_t(pos)];
        arrangement[std::size_t(r * cols + c)] = p.piece;
        upright[std::size_t(r * cols + c)] = composeOrientations(undo, p.orientation) == 0 && p.negated == negate;
      }
      const JigsawScores s = scoreUpright(arrangement, upright, rows, cols);
      if (s.direct + s.neighbour + s.largestComponent > best.direct + best.neighbour + best.largestComponent) best = s;
    }
  }
  return best;
}

JigsawScores scoreArrangement(const std::vector<int>& arrangement, int rows, int cols) {
  if (int(arrangement.size()) != rows * cols)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "an arrangement needs one piece per position"));
  return scoreUpright(arrangement, std::vector<bool>(arrangement.size(), true), rows, cols);
}

std::vector<Image> cutPieces(const Image& image, int m) {
  if (m < 2 || image.height() % m || image.width() % m)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the image sides must be multiples of the piece size (at least 2)"));
  std::vector<Image> pieces;
  for (int r = 0; r < image.height(); r += m)
    for (int c = 0; c < image.width(); c += m) {
      Image piece(ImageShape{m, m, image.channels()});
      for (int i = 0; i < m; ++i)
        std::copy_n(image.row(r + i) + std::size_t(c) * image.channels(), std::size_t(m) * image.channels(), piece.row(i));
      pieces.push_back(std::move(piece));
    }
  return pieces;
}

Image assemblePieces(const std::vector<Image>& pieces, const std::vector<Placement>& placements, int rows, int cols) {
  const int m = pieces.front().height(), ch = pieces.front().channels();
  Image out(ImageShape{rows * m, cols * m, ch});
  for (int pos = 0; pos < rows * cols; ++pos) {
    const Placement& p = placements[std::size_t(pos)];
    const Image piece = orientPiece(pieces[std::size_t(p.piece)], p.orientation, p.negated);
    for (int i = 0; i < m; ++i)
      std::copy_n(piece.row(i), std::size_t(m) * ch, out.row(pos / cols * m + i) + std::size_t(pos % cols) * m * ch);
  }
  return out;
}

std::vector<Placement> solveJigsaw(const std::vector<Image>& pieces, int rows, int cols, JigsawFreedom freedom,
                                   const std::atomic<bool>* cancel) {
  const int n = rows * cols;
  if (int(pieces.size()) != n) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the puzzle needs rows x cols pieces"));
  if (freedom.orientation && pieces.front().height() != pieces.front().width())
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "turned pieces must be square"));
  Assembly assembly(n, rows, cols);
  for (const Relation& r : rankedRelations(pieces, freedom, cancel)) {
    if (cancel && *cancel) break;
    assembly.join(r);
  }
  return assembly.placements();
}

JigsawExperiment runJigsawExperiment(const Image& plain, int m, JigsawFreedom freedom, RandomSource& random,
                                     const std::atomic<bool>* cancel) {
  const int rows = plain.height() / m, cols = plain.width() / m;
  const std::vector<Image> truth = cutPieces(plain, m);
  const Permutation order = randomPermutation(truth.size(), random);
  std::vector<Image> pieces;
  std::vector<Placement> done;  // what the scrambler did to each piece
  for (std::uint32_t source : order) {
    const Placement p{int(source), freedom.orientation ? int(random.below(kOrientations)) : 0, freedom.negation && random.below(2) == 1};
    pieces.push_back(orientPiece(truth[source], p.orientation, p.negated));
    done.push_back(p);
  }
  JigsawExperiment e;
  e.pieces = int(pieces.size());
  std::vector<Placement> asShuffled(pieces.size());
  for (std::size_t i = 0; i < pieces.size(); ++i) asShuffled[i] = {int(i), 0, false};
  e.scrambled = assemblePieces(pieces, asShuffled, rows, cols);
  const auto start = std::chrono::steady_clock::now();
  const std::vector<Placement> solved = solveJigsaw(pieces, rows, cols, freedom, cancel);
  e.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  e.solved = assemblePieces(pieces, solved, rows, cols);
  std::vector<Placement> relative;  // in terms of the true pieces
  for (const Placement& p : solved) {
    const Placement& d = done[std::size_t(p.piece)];
    relative.push_back({d.piece, composeOrientations(p.orientation, d.orientation), p.negated != d.negated});
  }
  e.scores = scorePlacements(relative, rows, cols);
  return e;
}

}  // namespace led
