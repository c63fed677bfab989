#pragma once
// How long a training run will take on this computer, said before Start: images x epochs at the speed
// this computer last trained that architecture at (kept in the settings after every run), or at a
// first guess from a two-core CPU until a run has measured it.
#include <QString>

namespace led::ui {

// The quick model of the Predict page: one epoch of baseline on part of Fashion-MNIST, encrypted with le.
constexpr int kQuickModelImages = 20000;
constexpr int kQuickModelEpochs = 1;

double estimateTrainingSeconds(const QString& architecture, double images, int epochs);
// True once a run of this architecture was timed here.
bool trainingSpeedMeasured(const QString& architecture);
void recordTrainingSpeed(const QString& architecture, double imagesPerSecond);
// "about 40 s", "about 12 min", "about 2 h".
QString roughDuration(double seconds);

}  // namespace led::ui
