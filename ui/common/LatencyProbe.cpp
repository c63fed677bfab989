#include "ui/common/LatencyProbe.h"

namespace led::ui {

namespace {
constexpr int kIntervalMs = 10;
}

LatencyProbe::LatencyProbe(QObject* parent) : QObject(parent) {
  timer_.setTimerType(Qt::PreciseTimer);
  timer_.setInterval(kIntervalMs);
  connect(&timer_, &QTimer::timeout, this, &LatencyProbe::tick);
}

void LatencyProbe::start() {
  worst_ = 0;
  clock_.start();
  last_ = 0;
  timer_.start();
}

void LatencyProbe::stop() { timer_.stop(); }

void LatencyProbe::tick() {
  const qint64 now = clock_.nsecsElapsed();
  if (last_ > 0) worst_ = std::max(worst_, (now - last_) / 1e6 - kIntervalMs);
  last_ = now;
}

}  // namespace led::ui
