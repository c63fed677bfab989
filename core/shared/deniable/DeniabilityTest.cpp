#include "core/shared/deniable/DeniabilityTest.h"

#include <algorithm>
#include <cmath>

#include "core/shared/common/Error.h"
#include "core/shared/common/Phrase.h"
#include "core/shared/deniable/Guide.h"

namespace led {
namespace {

using Statistic = std::pair<const char*, double GuideKeyStatistics::*>;
const Statistic kStatistics[] = {{LED_PHRASE("led", "inversions within a colour"), &GuideKeyStatistics::inversions},
                                 {LED_PHRASE("led", "cycles"), &GuideKeyStatistics::cycles},
                                 {LED_PHRASE("led", "fixed points"), &GuideKeyStatistics::fixedPoints},
                                 {LED_PHRASE("led", "mean displacement"), &GuideKeyStatistics::meanDisplacement}};

double quantile(const std::vector<double>& sorted, double q) { return sorted[std::size_t(q * double(sorted.size() - 1))]; }

}  // namespace

GuideKeyStatistics guideKeyStatistics(const Permutation& key, const Image& garbled) {
  GuideKeyStatistics s;
  const std::size_t n = key.size();
  std::vector<bool> seen(n, false);
  double displacement = 0;
  for (std::size_t j = 0; j < n; ++j) {
    displacement += std::abs(double(key[j]) - double(j));
    s.fixedPoints += key[j] == j;
    if (seen[j]) continue;
    s.cycles += 1;
    for (std::size_t k = j; !seen[k]; k = key[k]) seen[k] = true;
  }
  s.meanDisplacement = displacement / double(n);
  double inverted = 0, pairs = 0;
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = a + 1; b < n; ++b)
      if (garbled.data[a] == garbled.data[b]) {
        pairs += 1;
        inverted += key[a] > key[b];
      }
  s.inversions = pairs > 0 ? inverted / pairs : 0;
  return s;
}

KsResult kolmogorovSmirnov(std::vector<double> a, std::vector<double> b) {
  if (a.empty() || b.empty()) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a Kolmogorov-Smirnov test needs two non-empty samples"));
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  const double na = double(a.size()), nb = double(b.size());
  std::size_t i = 0, j = 0;
  double d = 0;
  while (i < a.size() && j < b.size()) {
    const double x = std::min(a[i], b[j]);
    while (i < a.size() && a[i] == x) ++i;
    while (j < b.size() && b[j] == x) ++j;
    d = std::max(d, std::abs(double(i) / na - double(j) / nb));
  }
  // Q_KS(lambda) = 2 sum (-1)^(k-1) exp(-2 k^2 lambda^2), with Stephens' small-sample correction.
  const double en = std::sqrt(na * nb / (na + nb)), lambda = (en + 0.12 + 0.11 / en) * d;
  double p = 0, sign = 1;
  for (int k = 1; k <= 100; ++k, sign = -sign) {
    const double term = sign * 2 * std::exp(-2.0 * k * k * lambda * lambda);
    p += term;
    if (std::abs(term) < 1e-12) break;
  }
  return {d, lambda < 0.3 ? 1.0 : std::clamp(p, 0.0, 1.0)};
}

KeyPlausibility judgeGuideKey(const Permutation& key, const Image& garbled, const Image& claimed, int honestKeys, RandomSource& random,
                              double level) {
  if (honestKeys < 100) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the meter needs at least 100 honest keys"));
  const GuideKeyStatistics revealed = guideKeyStatistics(key, garbled);
  std::vector<GuideKeyStatistics> honest;
  for (int i = 0; i < honestKeys; ++i) {
    const Permutation sk = randomPermutation(claimed.data.size(), random);
    honest.push_back(guideKeyStatistics(sk, garbleGuide(claimed, sk)));
  }
  KeyPlausibility result;
  for (const auto& [name, field] : kStatistics) {
    std::vector<double> values;
    for (const auto& s : honest) values.push_back(s.*field);
    std::sort(values.begin(), values.end());
    const double v = revealed.*field;
    const double below = double(std::lower_bound(values.begin(), values.end(), v) - values.begin());
    const double ties = double(std::upper_bound(values.begin(), values.end(), v) - values.begin()) - below;
    const double midRank = (below + ties / 2 + 0.5) / (double(values.size()) + 1);
    StatisticPlausibility row{name, v, quantile(values, 0.005), quantile(values, 0.995), std::min(1.0, 2 * std::min(midRank, 1 - midRank)),
                              true};
    row.plausible = row.pValue > level / std::size(kStatistics);
    result.plausible = result.plausible && row.plausible;
    result.rows.push_back(row);
  }
  return result;
}

DeniabilityReport runDeniabilityTest(FakeKeyMode mode, int keys, int side, RandomSource& random, double level) {
  if (keys < 10) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the test needs at least 10 keys of each kind"));
  const Image triangle = drawGuide(GuideShape::Triangle, side), square = drawGuide(GuideShape::Square, side);
  std::vector<GuideKeyStatistics> honest, fake;
  for (int i = 0; i < keys; ++i) {
    const Permutation sk = randomPermutation(triangle.data.size(), random);
    honest.push_back(guideKeyStatistics(sk, garbleGuide(triangle, sk)));
    // The user really sent a square; the fake key claims it was a triangle.
    const Image garbled = garbleGuide(square, randomPermutation(square.data.size(), random));
    fake.push_back(guideKeyStatistics(fakeGuideKey(garbled, triangle, mode, random), garbled));
  }
  DeniabilityReport report{mode, keys, level, {}, true};
  for (const auto& [name, field] : kStatistics) {
    std::vector<double> a, b;
    for (const auto& s : honest) a.push_back(s.*field);
    for (const auto& s : fake) b.push_back(s.*field);
    DeniabilityRow row{name, kolmogorovSmirnov(a, b), false};
    row.passes = row.ks.pValue > level / std::size(kStatistics);
    report.indistinguishable = report.indistinguishable && row.passes;
    report.rows.push_back(row);
  }
  return report;
}

}  // namespace led
