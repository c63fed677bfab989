#pragma once
// Evaluate: how private a scheme really is. Two tabs: the scheme audit (measures and attacks on a
// picture, in seconds) and the calibration sweep (models trained per block size and noise level).
#include <QWidget>
#include "ui/common/Page.h"

class QTabWidget;

namespace led::ui {

class AuditPanel;
class SweepPanel;

class EvaluatePage : public Page {
  Q_OBJECT
 public:
  explicit EvaluatePage(QWidget* parent = nullptr);
  QString title() const override;
  QString icon() const override;
  AuditPanel* audit() const { return audit_; }
  SweepPanel* sweep() const { return sweep_; }
  void showSweep();
  // Projects keep the sweep's settings and every point it measured, and the audit's settings, picture and
  // the audit shown, in a folder beside the project (core/user/project/AuditFolder.h).
  void capture(ProjectDraft& draft) const override;
  std::function<std::any()> loader(const led::Project& project) const override;
  QStringList restore(const led::Project& project, const std::any& loaded) override;
  void cancelJob(QObject* job) override;

 signals:

 private:
  QTabWidget* tabs_;
  AuditPanel* audit_;
  SweepPanel* sweep_;
};

}  // namespace led::ui
