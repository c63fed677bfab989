#include "core/user/modelbench/QueryBench.h"

#include <chrono>
#include <vector>

#include "core/shared/common/Quantile.h"
#include "core/shared/deniable/GuideKey.h"
#include "core/user/query/Compose.h"
#include "core/user/query/Opening.h"
#include "core/cloud/answering/Cloud.h"
#include "core/user/models/ImageTraining.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

double median(std::vector<double> v) { return quantile(std::move(v), 0.5); }

Classifier benchModel(const Key& key) {
  Dataset shapeOnly;
  shapeOnly.name = "benchmark";
  shapeOnly.shape = key.spec().shape;
  shapeOnly.classNames = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
  return Classifier(modelInfoFor("baseline", shapeOnly, key), 1);
}

}  // namespace

QueryBenchResult benchmarkQuery(const ImageShape& shape, int side, int runs) {
  StreamRandom random(1);
  const KeySpec spec{SchemeParams::defaults(SchemeId::Le), shape};
  const Key k0 = generateKey(spec, random), k1 = generateKey(spec, random);
  const Classifier m0 = benchModel(k0), m1 = benchModel(k1);
  Image target(shape), fake(shape);
  random.fill(target.data.data(), target.data.size());
  random.fill(fake.data.data(), fake.data.size());

  std::vector<double> compose, answer, open, round, fakeKey, readTriangle, readSquare;
  const Image triangle = drawGuide(GuideShape::Triangle, side), square = drawGuide(GuideShape::Square, side);
  for (int run = 0; run < runs; ++run) {
    PadEntry entry{{}, std::uint64_t(run), randomPermutation(std::size_t(side) * side, random), {}};
    random.fill(entry.answerKey.data(), entry.answerKey.size());
    Clock::time_point t = Clock::now();
    const ComposedQuery c = composeDeniable(target, fake, {std::vector<Key>{k0}, std::vector<Key>{k1}}, entry, random);
    compose.push_back(msSince(t));
    t = Clock::now();
    const CloudResult r = answerQuery(c.query, entry, CloudModels::deniable({&m0}, {&m1}), random);
    answer.push_back(msSince(t));
    t = Clock::now();
    openQuery(c.query, entry.key, {c.coin == 0 ? k0 : k1}, &r.answer, &entry.answerKey);
    open.push_back(msSince(t));
    round.push_back(compose.back() + answer.back() + open.back());
    const Image claimed = drawGuide(guideShapeFor(1 - c.coin), side);
    t = Clock::now();
    fakeGuideKey(c.query.garbledGuide, claimed, FakeKeyMode::Uniform, random);
    fakeKey.push_back(msSince(t));
    // Interleaved, each shape first every other run, so that caches and whatever else the machine does
    // weigh on both shapes alike.
    GuideShape shape{};
    const std::pair<const Image*, std::vector<double>*> reads[2] = {{&triangle, &readTriangle}, {&square, &readSquare}};
    for (int i = 0; i < 2; ++i) {
      const auto& [guide, times] = reads[(i + run) % 2];
      t = Clock::now();
      readGuide(*guide, shape);
      times->push_back(1000 * msSince(t));
    }
  }
  return {median(compose), median(answer), median(open), median(round), median(fakeKey), median(readTriangle), median(readSquare), runs};
}

}  // namespace led
