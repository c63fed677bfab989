#pragma once
// Calibration (Sharma & Chen's toolkit; docs/specification.md, section 7, their Figs. 5-7): a sweep over block sizes and
// noise levels that, per setting, trains a model on ciphertexts and measures its accuracy, the visual
// privacy of the ciphertexts against a plain examiner model, and the keyed model's mis-usability on plain
// images, so a researcher can pick the setting that meets a privacy target at the least accuracy cost.
#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/shared/learn/Trainer.h"
#include "core/user/models/ImageTraining.h"
#include "core/user/privacy/VisualPrivacy.h"
#include "core/user/chart/LineChart.h"
#include "core/shared/random/RandomSource.h"

namespace led {

struct CalibrationPlan {
  SchemeId scheme = SchemeId::Rmt;
  std::vector<int> blockSizes{2, 4, 7};
  std::vector<double> noises{0};  // rmt only; every other scheme takes {0}
  TrainConfig training;           // for the examiner and every keyed model
  Preparation preparation;        // likewise
};

struct CalibrationPoint {
  SchemeParams params;
  double accuracy = 0;  // keyed model on encrypted test images
  PrivacyMeasures privacy;
};

struct CalibrationProgress {
  int step = 0, steps = 0;  // models trained so far / to train (the examiner is step 0)
  TrainProgress training;   // of the model in training now
};

struct CalibrationCallbacks {
  std::function<void(const CalibrationProgress&)> progress;
  // The plain examiner's accuracy on plain test images, and the classes it chose among, once it is trained.
  std::function<void(double accuracy, std::size_t classes)> examinerDone;
  std::function<void(const CalibrationPoint&)> pointDone;
};

struct CalibrationResult {
  double examinerAccuracy = 0;  // the plain model on plain test images
  std::size_t classes = 0;
  std::vector<CalibrationPoint> points;
  bool cancelled = false;
};

// Validates every setting before training anything. Keys come from `keys` (the OS generator unless a
// reproducible demo asks otherwise). Cancelling stops within one batch; the points measured so far stay.
CalibrationResult calibrate(const DatasetSplit& data, const CalibrationPlan& plan, RandomSource& keys,
                            const CalibrationCallbacks& callbacks, const std::atomic<bool>& cancel);

// Visual privacy is 1 - the examiner's accuracy on ciphertexts, so an examiner that does not clearly beat
// chance on plain images makes every setting look private. Informative: at least halfway from chance to
// perfect on plain test images. No setting should be recommended from a sweep whose examiner is not.
double informativeExaminerAccuracy(std::size_t classes);
bool examinerIsInformative(double examinerAccuracy, std::size_t classes);

// The measured setting with the highest accuracy among those whose visual privacy reaches `target`.
std::optional<CalibrationPoint> cheapestSettingFor(const std::vector<CalibrationPoint>& points, double visualPrivacyTarget);

// What Sharma & Chen's Figs. 5-7 plot: one measure against block size, a line per noise level.
enum class CalibrationMeasure { Accuracy, VisualPrivacy, Misusability };
struct CalibrationAxis {
  const char* file;   // "accuracy.png"
  const char* label;  // "test accuracy (%)"
};
CalibrationAxis axisOf(CalibrationMeasure measure);
std::vector<ChartSeries> calibrationCurves(const std::vector<CalibrationPoint>& points, CalibrationMeasure measure);
// sweep.csv: one row per point.
std::string calibrationCsv(const std::vector<CalibrationPoint>& points);

}  // namespace led
