#pragma once
// Evaluate: how private a scheme really is. Two tabs: the scheme audit (measures and attacks on a
// picture, in seconds) and the calibration sweep (models trained per block size and noise level).
#include <QWidget>

class QTabWidget;

namespace led::ui {

class AuditPanel;
class SweepPanel;

class EvaluatePage : public QWidget {
  Q_OBJECT
 public:
  explicit EvaluatePage(QWidget* parent = nullptr);
  AuditPanel* audit() const { return audit_; }
  SweepPanel* sweep() const { return sweep_; }
  void showSweep();

 signals:
  void failed(const QString& sentence);
  void informed(const QString& sentence);

 private:
  QTabWidget* tabs_;
  AuditPanel* audit_;
  SweepPanel* sweep_;
};

}  // namespace led::ui
