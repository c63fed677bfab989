#include "ui/train/TrainingEstimate.h"

#include <QCoreApplication>
#include <QSettings>

namespace led::ui {
namespace {

QString key(const QString& architecture) { return "training/imagesPerSecond/" + architecture; }

// Images a second on two CPU cores (docs/results.md has the measured figures); a GPU is far faster.
double firstGuess(const QString& architecture) {
  if (architecture == "resnet20") return 60;
  if (architecture == "paper-cnn") return 300;
  return 1500;
}

}  // namespace

double estimateTrainingSeconds(const QString& architecture, double images, int epochs) {
  const double speed = QSettings().value(key(architecture), firstGuess(architecture)).toDouble();
  return images * epochs / std::max(1.0, speed);
}

bool trainingSpeedMeasured(const QString& architecture) { return QSettings().contains(key(architecture)); }

void recordTrainingSpeed(const QString& architecture, double imagesPerSecond) {
  if (imagesPerSecond > 0) QSettings().setValue(key(architecture), imagesPerSecond);
}

QString roughDuration(double seconds) {
  if (seconds < 90) return QCoreApplication::translate("led::ui::TrainingEstimate", "about %1 s").arg(std::max(1, int(seconds + 0.5)));
  if (seconds < 5400) return QCoreApplication::translate("led::ui::TrainingEstimate", "about %1 min").arg(int(seconds / 60 + 0.5));
  return QCoreApplication::translate("led::ui::TrainingEstimate", "about %1 h").arg(seconds / 3600, 0, 'f', 1);
}

}  // namespace led::ui
