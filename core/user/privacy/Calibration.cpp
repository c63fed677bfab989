#include "core/user/privacy/Calibration.h"

#include <cstdio>
#include <map>

#include "core/shared/common/Error.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

std::vector<SchemeParams> settingsOf(const CalibrationPlan& plan, const ImageShape& shape) {
  if (plan.blockSizes.empty() || plan.noises.empty())
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a sweep needs at least one block size and one noise level"));
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

CalibrationResult calibrate(const DatasetSplit& data, const CalibrationPlan& plan, RandomSource& keys,
                            const CalibrationCallbacks& callbacks, const std::atomic<bool>& cancel) {
  const std::vector<SchemeParams> settings = settingsOf(plan, data.train.shape);
  const Dataset test = data.test.head(plan.preparation.testLimit);
  const int steps = int(settings.size()) + 1;
  const auto trainStep = [&](int step, const std::optional<Key>& key) {
    TrainCallbacks report;
    report.progress = [&](const TrainProgress& p) {
      if (callbacks.progress) callbacks.progress({step, steps, p});
    };
    return trainOnImages(data, key, plan.training, plan.preparation, report, cancel);
  };
  CalibrationResult result;
  TrainResult examiner = trainStep(0, std::nullopt);
  if ((result.cancelled = examiner.cancelled)) return result;
  result.examinerAccuracy = evaluateOnImages(examiner.model, test, std::nullopt).accuracy;
  result.classes = data.train.classNames.size();
  if (callbacks.examinerDone) callbacks.examinerDone(result.examinerAccuracy, result.classes);
  for (std::size_t i = 0; i < settings.size(); ++i) {
    const Key key = generateKey({settings[i], data.train.shape}, keys);
    TrainResult keyed = trainStep(int(i) + 1, key);
    if ((result.cancelled = keyed.cancelled)) return result;
    CalibrationPoint point{settings[i], evaluateOnImages(keyed.model, test, key).accuracy,
                           measurePrivacy(examiner.model, keyed.model, key, test)};
    if (callbacks.pointDone) callbacks.pointDone(point);
    result.points.push_back(point);
  }
  return result;
}

std::optional<CalibrationPoint> cheapestSettingFor(const std::vector<CalibrationPoint>& points, double target) {
  std::optional<CalibrationPoint> best;
  for (const CalibrationPoint& p : points)
    if (p.privacy.visualPrivacy >= target && (!best || p.accuracy > best->accuracy)) best = p;
  return best;
}

CalibrationAxis axisOf(CalibrationMeasure measure) {
  switch (measure) {
    case CalibrationMeasure::Accuracy:
      return {"accuracy.png", "test accuracy (%)"};
    case CalibrationMeasure::VisualPrivacy:
      return {"visual-privacy.png", "visual privacy (1 - examiner accuracy)"};
    case CalibrationMeasure::Misusability:
      return {"misusability.png", "mis-usability (%)"};
  }
  fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "no such calibration measure"));
}

std::vector<ChartSeries> calibrationCurves(const std::vector<CalibrationPoint>& points, CalibrationMeasure measure) {
  std::map<double, ChartSeries> byNoise;
  for (const CalibrationPoint& p : points) {
    ChartSeries& s = byNoise[p.params.noise];
    char noise[32];
    std::snprintf(noise, sizeof noise, "%g", p.params.noise);
    s.name = Phrase(LED_PHRASE("led", "noise %1"), {std::string(noise)});
    s.x.push_back(p.params.blockSize);
    s.y.push_back(measure == CalibrationMeasure::Accuracy        ? 100 * p.accuracy
                  : measure == CalibrationMeasure::VisualPrivacy ? p.privacy.visualPrivacy
                                                                 : 100 * p.privacy.misusability);
  }
  std::vector<ChartSeries> series;
  for (auto& [noise, s] : byNoise) series.push_back(std::move(s));
  return series;
}

std::string calibrationCsv(const std::vector<CalibrationPoint>& points) {
  std::string csv = "scheme,block,noise,accuracy,examiner_accuracy,visual_privacy,misusability\n";
  for (const CalibrationPoint& p : points) {
    char row[160];
    std::snprintf(row, sizeof row, "%s,%d,%g,%.4f,%.4f,%.4f,%.4f\n", schemeName(p.params.scheme).c_str(), p.params.blockSize,
                  p.params.noise, p.accuracy, p.privacy.examinerAccuracy, p.privacy.visualPrivacy, p.privacy.misusability);
    csv += row;
  }
  return csv;
}

double informativeExaminerAccuracy(std::size_t classes) {
  const double chance = 1.0 / double(std::max<std::size_t>(classes, 1));
  return chance + (1 - chance) / 2;
}

bool examinerIsInformative(double examinerAccuracy, std::size_t classes) {
  return examinerAccuracy >= informativeExaminerAccuracy(classes);
}

}  // namespace led
