#include "learn/Calibration.h"

#include "common/Error.h"
#include "schemes/SchemeRegistry.h"

namespace led {
namespace {

std::vector<SchemeParams> settingsOf(const CalibrationPlan& plan, const ImageShape& shape) {
  if (plan.blockSizes.empty() || plan.noises.empty()) fail(ErrorKind::InvalidArgument, "a sweep needs at least one block size and one noise level");
  std::vector<SchemeParams> settings;
  for (int m : plan.blockSizes)
    for (double noise : plan.noises) {
      SchemeParams p = SchemeParams::defaults(plan.scheme);
      p.blockSize = m;
      p.noise = noise;
      KeySpec{p, shape}.validate();  // a setting the scheme refuses fails here, before any training
      settings.push_back(p);
    }
  return settings;
}

}  // namespace

CalibrationResult calibrate(const DatasetSplit& data, const CalibrationPlan& plan, RandomSource& keys, const CalibrationCallbacks& callbacks,
                            const std::atomic<bool>& cancel) {
  const std::vector<SchemeParams> settings = settingsOf(plan, data.train.shape);
  const Dataset test = data.test.head(plan.training.testLimit);
  const int steps = int(settings.size()) + 1;
  const auto trainStep = [&](int step, const std::optional<Key>& key) {
    TrainCallbacks report;
    report.progress = [&](const TrainProgress& p) {
      if (callbacks.progress) callbacks.progress({step, steps, p});
    };
    return train(data, key, plan.training, report, cancel);
  };
  CalibrationResult result;
  TrainResult examiner = trainStep(0, std::nullopt);
  if ((result.cancelled = examiner.cancelled)) return result;
  result.examinerAccuracy = evaluate(examiner.model, test, std::nullopt).accuracy;
  for (std::size_t i = 0; i < settings.size(); ++i) {
    const Key key = generateKey({settings[i], data.train.shape}, keys);
    TrainResult keyed = trainStep(int(i) + 1, key);
    if ((result.cancelled = keyed.cancelled)) return result;
    CalibrationPoint point{settings[i], evaluate(keyed.model, test, key).accuracy, measurePrivacy(examiner.model, keyed.model, key, test)};
    if (callbacks.pointDone) callbacks.pointDone(point);
    result.points.push_back(point);
  }
  return result;
}

std::optional<CalibrationPoint> cheapestSettingFor(const CalibrationResult& result, double target) {
  std::optional<CalibrationPoint> best;
  for (const CalibrationPoint& p : result.points)
    if (p.privacy.visualPrivacy >= target && (!best || p.accuracy > best->accuracy)) best = p;
  return best;
}

}  // namespace led
