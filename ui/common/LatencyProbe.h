#pragma once
// Measures how late the GUI thread answers a timer: the longest stall while it runs is what a user
// would feel as a frozen window.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace led::ui {

class LatencyProbe : public QObject {
  Q_OBJECT
 public:
  explicit LatencyProbe(QObject* parent = nullptr);
  void start();
  void stop();
  // Longest lateness, in milliseconds, since start().
  double worstMs() const { return worst_; }

 private:
  void tick();
  QTimer timer_;
  QElapsedTimer clock_;
  qint64 last_ = 0;
  double worst_ = 0;
};

}  // namespace led::ui
