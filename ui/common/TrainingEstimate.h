#pragma once
// How long training will take on this computer, said the same way on every page: a range from the
// speeds this computer's last runs of the same job measured (kept in the settings), widened for a
// busy machine, or from a first guess for two CPU cores until a run has measured it. The jobs: an
// architecture's training (work in images, test passes included) and the demo cloud's set-up (work
// in models).
#include <QString>

namespace led::ui {

// The quick model of the Predict page: one epoch of baseline on part of Fashion-MNIST, encrypted with
// le, tested on a tenth as many images.
constexpr int kQuickModelImages = 20000;
constexpr int kQuickModelEpochs = 1;
constexpr int kQuickModelTestDivisor = 10;
inline constexpr const char* kDemoCloudJob = "demo-cloud";

struct TimeRange {
  double low = 0, high = 0;  // seconds
  bool measured = false;     // from this computer's own runs
};

TimeRange estimateTime(const QString& job, double work);
// The images an epoch goes through, its tests included: a tenth as many again for a quick run (on part
// of a dataset), a sixth for a whole one.
double epochWork(double trainingImages, bool quick);
// The images one quick model goes through.
double quickModelWork();
// Keeps this run's speed among the job's last few.
void recordSpeed(const QString& job, double work, double seconds);
// "20–40 s", "2–5 min", "1.5–3 h".
QString rangeText(const TimeRange& range);
// The estimate with what it rests on, for a label: "20–40 s at this computer's speed in its last runs".
QString estimateSentence(const TimeRange& range);
// Time left, as a progress bar says it: "1 min 20 s left".
QString timeLeftText(double seconds);

}  // namespace led::ui
