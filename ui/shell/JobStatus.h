#pragma once
// The status bar's view of long work, wherever it runs (training, the cloud's set-up, the audit, the
// sweep): what runs, how far it is, and a Cancel button, so any job can be followed and stopped from
// any page. Shows the job heard from last; hidden when none runs.
#include <QWidget>
#include <functional>
#include <map>

class QLabel;
class QProgressBar;
class QPushButton;

namespace led::ui {

class JobStatus : public QWidget {
  Q_OBJECT
 public:
  explicit JobStatus(QWidget* parent = nullptr);
  // A job of `source` runs: `what` it does, `fraction` done (negative when unknown); `cancel` stops it.
  void update(const QObject* source, const QString& what, double fraction, std::function<void()> cancel);
  void end(const QObject* source);
  QString text() const;
  int running() const { return int(jobs_.size()); }

 private:
  struct Job {
    QString what;
    double fraction;
    std::function<void()> cancel;
  };
  void show(const QObject* source);

  QLabel* what_;
  QProgressBar* progress_;
  QPushButton* cancel_;
  std::map<const QObject*, Job> jobs_;
  const QObject* shown_ = nullptr;
};

}  // namespace led::ui
