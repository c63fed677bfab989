#pragma once
// Why the guide pad exists: with one fixed guide key (the LED paper's) every garbled triangle is the same
// and so is every garbled square, so the cloud's log links all queries that share a shape and one fake
// key must explain them all; with a fresh key per query (the pad) no two garbled guides repeat.
#include <cstddef>
#include <string>
#include <vector>

#include "core/shared/image/Image.h"
#include "core/shared/random/Permutation.h"

namespace led {

// How a guide key is named on screen: a short hash of its table ("3f9a-12c0-77de-01ab"), never the table.
std::string guideKeyFingerprint(const Permutation& key);

struct LinkedQueries {
  std::vector<Image> garbled;  // the guide of each query as the cloud logs it
  std::size_t distinct = 0;    // how many of them differ
};

// `queries` guides of random shapes on a side x side canvas, garbled with one fixed key (fixedKey) or with
// a fresh key each (a one-time pad).
LinkedQueries garbleManyGuides(int side, int queries, bool fixedKey, RandomSource& random);

}  // namespace led
