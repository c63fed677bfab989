#include "attacks/Jigsaw.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

#include "common/Error.h"

namespace led {
namespace {

// Union-find over positions for the largest component.
int findRoot(std::vector<int>& parent, int i) {
  while (parent[std::size_t(i)] != i) i = parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
  return i;
}

// Dissimilarity of b placed right of a (horizontal) or below a: each side's edge predicted linearly
// from its two outermost pixel lines, compared with the other side's edge, squared, both ways.
double edgeDissimilarity(const Image& a, const Image& b, bool below) {
  const int m = a.height(), c = a.channels();
  double sum = 0;
  for (int i = 0; i < m; ++i)
    for (int ch = 0; ch < c; ++ch) {
      const double a1 = below ? a.at(m - 1, i, ch) : a.at(i, m - 1, ch), a2 = below ? a.at(m - 2, i, ch) : a.at(i, m - 2, ch);
      const double b1 = below ? b.at(0, i, ch) : b.at(i, 0, ch), b2 = below ? b.at(1, i, ch) : b.at(i, 1, ch);
      const double fromA = 2 * a1 - a2 - b1, fromB = 2 * b1 - b2 - a1;
      sum += fromA * fromA + fromB * fromB;
    }
  return sum;
}

struct Candidate {
  double score;
  int a, b;
  bool below;
};

struct Cluster {
  std::vector<int> pieces;
  std::vector<std::pair<int, int>> at;  // (row, col) of each piece, relative
  int minR = 0, maxR = 0, minC = 0, maxC = 0;
};

}  // namespace

JigsawScores scoreArrangement(const std::vector<int>& arrangement, int rows, int cols) {
  const int n = rows * cols;
  if (int(arrangement.size()) != n) fail(ErrorKind::InvalidArgument, "an arrangement needs one piece per position");
  JigsawScores s;
  std::vector<int> parent(static_cast<std::size_t>(n));
  std::iota(parent.begin(), parent.end(), 0);
  int right = 0, pairs = 0;
  for (int pos = 0; pos < n; ++pos) {
    const int r = pos / cols, c = pos % cols, piece = arrangement[std::size_t(pos)];
    s.direct += piece == pos;
    const auto link = [&](int other, int expected) {
      ++pairs;
      if (arrangement[std::size_t(other)] != expected) return;
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

std::vector<Image> cutPieces(const Image& image, int m) {
  if (m < 2 || image.height() % m || image.width() % m) fail(ErrorKind::InvalidArgument, "the image sides must be multiples of the piece size (at least 2)");
  std::vector<Image> pieces;
  for (int r = 0; r < image.height(); r += m)
    for (int c = 0; c < image.width(); c += m) {
      Image piece(ImageShape{m, m, image.channels()});
      for (int i = 0; i < m; ++i) std::copy_n(image.row(r + i) + std::size_t(c) * image.channels(), std::size_t(m) * image.channels(), piece.row(i));
      pieces.push_back(std::move(piece));
    }
  return pieces;
}

Image assemblePieces(const std::vector<Image>& pieces, const std::vector<int>& arrangement, int rows, int cols) {
  const int m = pieces.front().height(), ch = pieces.front().channels();
  Image out(ImageShape{rows * m, cols * m, ch});
  for (int pos = 0; pos < rows * cols; ++pos) {
    const Image& piece = pieces[std::size_t(arrangement[std::size_t(pos)])];
    for (int i = 0; i < m; ++i)
      std::copy_n(piece.row(i), std::size_t(m) * ch, out.row(pos / cols * m + i) + std::size_t(pos % cols) * m * ch);
  }
  return out;
}

std::vector<int> solveJigsaw(const std::vector<Image>& pieces, int rows, int cols) {
  const int n = rows * cols;
  if (int(pieces.size()) != n) fail(ErrorKind::InvalidArgument, "the puzzle needs rows x cols pieces");
  // dis[below][a * n + b]: b right of (below) a.
  std::vector<double> dis[2] = {std::vector<double>(std::size_t(n) * n), std::vector<double>(std::size_t(n) * n)};
  for (int below = 0; below < 2; ++below)
    for (int a = 0; a < n; ++a)
      for (int b = 0; b < n; ++b)
        dis[below][std::size_t(a) * n + b] = a == b ? std::numeric_limits<double>::infinity()
                                                    : edgeDissimilarity(pieces[std::size_t(a)], pieces[std::size_t(b)], below == 1);
  // Candidates: each piece's few best partners per direction, scored by their ratio to the second best;
  // best buddies (each the other's best match) go first, as they are rarely wrong.
  constexpr int kBest = 6;
  std::vector<Candidate> buddies, others;
  for (int below = 0; below < 2; ++below) {
    const std::vector<double>& d = dis[below];
    std::vector<int> bestBefore(static_cast<std::size_t>(n));  // for each b, the a it fits after best
    for (int b = 0; b < n; ++b) {
      int best = 0;
      for (int a = 1; a < n; ++a)
        if (d[std::size_t(a) * n + b] < d[std::size_t(best) * n + b]) best = a;
      bestBefore[std::size_t(b)] = best;
    }
    for (int a = 0; a < n; ++a) {
      std::vector<int> order(static_cast<std::size_t>(n));
      std::iota(order.begin(), order.end(), 0);
      const std::size_t keep = std::min<std::size_t>(kBest, std::size_t(n - 1));
      const double* row = d.data() + std::size_t(a) * n;
      std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(keep), order.end(), [row](int x, int y) { return row[x] < row[y]; });
      const double second = keep > 1 ? row[order[1]] + 1e-9 : 1.0;
      for (std::size_t i = 0; i < keep; ++i) {
        const Candidate c{row[order[i]] / second, a, order[i], below == 1};
        (i == 0 && bestBefore[std::size_t(order[i])] == a ? buddies : others).push_back(c);
      }
    }
  }
  const auto byScore = [](const Candidate& x, const Candidate& y) { return x.score < y.score; };
  std::sort(buddies.begin(), buddies.end(), byScore);
  std::sort(others.begin(), others.end(), byScore);
  std::vector<Candidate> candidates = buddies;
  candidates.insert(candidates.end(), others.begin(), others.end());

  std::vector<Cluster> clusters(static_cast<std::size_t>(n));
  std::vector<int> owner(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    clusters[std::size_t(i)].pieces = {i};
    clusters[std::size_t(i)].at = {{0, 0}};
    owner[std::size_t(i)] = i;
  }
  const auto position = [&](int piece) {
    const Cluster& c = clusters[std::size_t(owner[std::size_t(piece)])];
    return c.at[std::size_t(std::find(c.pieces.begin(), c.pieces.end(), piece) - c.pieces.begin())];
  };
  for (const Candidate& e : candidates) {
    const int ca = owner[std::size_t(e.a)], cb = owner[std::size_t(e.b)];
    if (ca == cb) continue;
    const auto [ra, cola] = position(e.a);
    const auto [rb, colb] = position(e.b);
    const int dr = ra + (e.below ? 1 : 0) - rb, dc = cola + (e.below ? 0 : 1) - colb;  // shift applied to b's cluster
    Cluster& A = clusters[std::size_t(ca)];
    Cluster& B = clusters[std::size_t(cb)];
    const int minR = std::min(A.minR, B.minR + dr), maxR = std::max(A.maxR, B.maxR + dr);
    const int minC = std::min(A.minC, B.minC + dc), maxC = std::max(A.maxC, B.maxC + dc);
    if (maxR - minR + 1 > rows || maxC - minC + 1 > cols) continue;
    std::unordered_map<long long, int> occupied;
    for (const auto& [r, c] : A.at) occupied[(long long)r * 100000 + c] = 1;
    bool overlap = false;
    for (const auto& [r, c] : B.at) overlap = overlap || occupied.count((long long)(r + dr) * 100000 + (c + dc));
    if (overlap) continue;
    for (std::size_t i = 0; i < B.pieces.size(); ++i) {
      A.pieces.push_back(B.pieces[i]);
      A.at.push_back({B.at[i].first + dr, B.at[i].second + dc});
      owner[std::size_t(B.pieces[i])] = ca;
    }
    A.minR = minR, A.maxR = maxR, A.minC = minC, A.maxC = maxC;
    B = Cluster{};
  }
  // The largest cluster keeps its places; the pieces of the others fill the holes in reading order.
  const auto largest = std::max_element(clusters.begin(), clusters.end(), [](const Cluster& x, const Cluster& y) { return x.pieces.size() < y.pieces.size(); });
  std::vector<int> arrangement(std::size_t(n), -1);
  std::vector<bool> placed(std::size_t(n), false);
  for (std::size_t i = 0; i < largest->pieces.size(); ++i) {
    arrangement[std::size_t((largest->at[i].first - largest->minR) * cols + largest->at[i].second - largest->minC)] = largest->pieces[i];
    placed[std::size_t(largest->pieces[i])] = true;
  }
  int next = 0;
  for (int& slot : arrangement)
    if (slot < 0) {
      while (placed[std::size_t(next)]) ++next;
      slot = next;
      placed[std::size_t(next)] = true;
    }
  return arrangement;
}

}  // namespace led
