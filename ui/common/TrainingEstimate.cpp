#include "ui/common/TrainingEstimate.h"

#include <QCoreApplication>
#include <QSettings>
#include <QVariant>
#include <algorithm>

namespace led::ui {
namespace {

constexpr int kKeptRuns = 5;

QString key(const QString& job) { return "estimate/speeds/" + job; }

// The translation context of the texts below.
struct Text {
  Q_DECLARE_TR_FUNCTIONS(led::ui::TrainingEstimate)
};

// Work a second on two CPU cores (docs/results.md, "How long training takes"); a GPU is far faster.
double firstGuess(const QString& job) {
  if (job == kDemoCloudJob) return 0.25;  // models a second
  if (job == "resnet20" || job == "paper-cnn") return 300;
  return 900;
}

QList<double> speeds(const QString& job) {
  QList<double> kept;
  for (const QVariant& v : QSettings().value(key(job)).toList())
    if (v.toDouble() > 0) kept << v.toDouble();
  return kept;
}

// One unit for both ends, chosen by the longer.
QString span(double low, double high) {
  if (high < 90) return Text::tr("%1–%2 s").arg(std::max(1, int(low + 0.5))).arg(std::max(2, int(high + 0.5)));
  if (high < 5400) return Text::tr("%1–%2 min").arg(std::max(1, int(low / 60 + 0.5))).arg(std::max(2, int(high / 60 + 0.5)));
  return Text::tr("%1–%2 h").arg(low / 3600, 0, 'f', 1).arg(high / 3600, 0, 'f', 1);
}

}  // namespace

// Measured: from the fastest to the slowest of the last runs, a fifth quicker and half as slow again
// (another program may take the cores). A first guess spans more.
TimeRange estimateTime(const QString& job, double work) {
  const QList<double> kept = speeds(job);
  if (kept.isEmpty()) return {0.6 * work / firstGuess(job), 3 * work / firstGuess(job), false};
  const auto [slowest, fastest] = std::minmax_element(kept.begin(), kept.end());
  return {0.8 * work / *fastest, 1.5 * work / *slowest, true};
}

double epochWork(double trainingImages, bool quick) { return trainingImages * (1 + (quick ? 1.0 / kQuickModelTestDivisor : 1.0 / 6)); }

double quickModelWork() { return kQuickModelEpochs * epochWork(kQuickModelImages, true); }

void recordSpeed(const QString& job, double work, double seconds) {
  if (work <= 0 || seconds <= 0) return;
  QVariantList kept = QSettings().value(key(job)).toList();
  kept << work / seconds;
  while (kept.size() > kKeptRuns) kept.removeFirst();
  QSettings().setValue(key(job), kept);
}

QString rangeText(const TimeRange& range) { return span(range.low, range.high); }

QString estimateSentence(const TimeRange& range) {
  return (range.measured ? Text::tr("%1 at this computer's speed in its last runs")
                         : Text::tr("%1 (a first guess until a run here measures it)"))
      .arg(rangeText(range));
}

QString timeLeftText(double seconds) {
  const int s = int(seconds + 0.5);
  const QString left = s >= 3600 ? Text::tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60)
                       : s >= 60 ? Text::tr("%1 min %2 s").arg(s / 60).arg(s % 60)
                                 : Text::tr("%1 s").arg(s);
  return Text::tr("%1 left").arg(left);
}

}  // namespace led::ui
