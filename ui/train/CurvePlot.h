#pragma once
// Live training curves (QCustomPlot): loss and accuracy, training and test, against epochs. Replots are
// queued, so many updates a second cost one repaint.
#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace led::ui {

class CurvePlot : public QWidget {
  Q_OBJECT
 public:
  explicit CurvePlot(QWidget* parent = nullptr);
  void clear(int epochs);
  // A running point inside an epoch (x = epoch - 1 + fraction done).
  void addRunning(double x, double loss, double accuracy);
  void addEpoch(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy);
  int testPoints() const;

 private:
  QCustomPlot* loss_;
  QCustomPlot* accuracy_;
  QCPGraph* trainLoss_;
  QCPGraph* testLoss_;
  QCPGraph* trainAccuracy_;
  QCPGraph* testAccuracy_;
};

}  // namespace led::ui
