#pragma once
// Can a coercer tell a fake guide key from an honest one? (docs/specification.md, sections 3.6 and 7.) Statistics of
// guide keys, honest ones (the shape really sent) against fake ones (made to open the garbled guide to
// the other shape), compared by two-sample Kolmogorov-Smirnov tests.
#include <string>
#include <vector>

#include "core/shared/deniable/GuideKey.h"

namespace led {

struct GuideKeyStatistics {
  double inversions = 0;        // share of inverted pairs among positions of the same colour in Y
  double cycles = 0;            // number of cycles of the permutation
  double fixedPoints = 0;       // positions the key leaves in place
  double meanDisplacement = 0;  // mean |key[j] - j|
};

GuideKeyStatistics guideKeyStatistics(const Permutation& key, const Image& garbled);

struct KsResult {
  double distance = 0;  // largest gap between the two empirical distributions
  double pValue = 1;    // asymptotic (Kolmogorov's distribution)
};

KsResult kolmogorovSmirnov(std::vector<double> a, std::vector<double> b);

struct DeniabilityRow {
  std::string statistic;
  KsResult ks;
  bool passes = false;  // p above the Bonferroni-corrected level
};

struct DeniabilityReport {
  FakeKeyMode mode;
  int keys = 0;
  double level = 0.01;  // family-wise
  std::vector<DeniabilityRow> rows;
  bool indistinguishable = false;  // every statistic passes
};

// One revealed key against honest ones (the Coercion page's meter): where each statistic of `key`
// (which opens `garbled` to `claimed`) falls among honestKeys honest keys that garbled `claimed`.
struct StatisticPlausibility {
  std::string statistic;
  double value = 0;
  double honestLow = 0, honestHigh = 0;  // the honest keys' 0.5 % and 99.5 % quantiles
  double pValue = 1;                     // two-sided, from the key's mid-rank among honest keys
  bool plausible = true;                 // p above the Bonferroni-corrected level
};
struct KeyPlausibility {
  std::vector<StatisticPlausibility> rows;
  bool plausible = true;  // every statistic plausible
};
KeyPlausibility judgeGuideKey(const Permutation& key, const Image& garbled, const Image& claimed, int honestKeys, RandomSource& random,
                              double level = 0.01);

// keys honest and keys fake guide keys on a side x side canvas: honest keys garble the triangle, fake keys
// open a garbled square as the triangle.
DeniabilityReport runDeniabilityTest(FakeKeyMode mode, int keys, int side, RandomSource& random, double level = 0.01);

}  // namespace led
