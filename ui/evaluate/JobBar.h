#pragma once
// The controls of one long job on the Evaluate page: Run, Cancel and Export, a progress bar and a status
// line. Owns the cancellation flag a worker shares, fresh for every run.
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;

namespace led::ui {

class JobBar : public QWidget {
  Q_OBJECT
 public:
  // objectPrefix names the buttons for tests: runAudit, cancelAudit, exportAudit.
  JobBar(const QString& runText, const QString& objectPrefix, QWidget* parent = nullptr);

  bool running() const { return running_; }
  // Marks the job running and returns the flag its worker watches.
  std::shared_ptr<std::atomic<bool>> start(const QString& status);
  void progress(double fraction, const QString& status);
  // The job ended; exportable: there are results to export.
  void stop(const QString& status, bool exportable);
  void cancel() { *cancel_ = true; }
  // Opens the panel's export choices under the Export button.
  void showExportMenu(QMenu& menu);

 signals:
  void runClicked();
  void exportClicked();
  // For the status bar (shell/JobStatus): the job's status line and fraction done; its end.
  void jobProgress(const QString& status, double fraction);
  void jobEnded();

 private:
  QPushButton* run_;
  QPushButton* cancelButton_;
  QPushButton* export_;
  QProgressBar* progress_;
  QLabel* status_;
  std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
  bool running_ = false;
};

// Writes text to path atomically (QSaveFile); the sentence of what went wrong, or empty.
QString saveTextFile(const QString& path, const QString& text);

}  // namespace led::ui
