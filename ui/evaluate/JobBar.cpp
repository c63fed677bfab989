#include "ui/evaluate/JobBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace led::ui {

JobBar::JobBar(const QString& runText, const QString& objectPrefix, QWidget* parent)
    : QWidget(parent),
      run_(new QPushButton(runText, this)),
      cancelButton_(new QPushButton(tr("Cancel"), this)),
      export_(new QPushButton(tr("Export…"), this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)) {
  run_->setObjectName("run" + objectPrefix);
  cancelButton_->setObjectName("cancel" + objectPrefix);
  export_->setObjectName("export" + objectPrefix);
  status_->setObjectName("status" + objectPrefix);
  progress_->setObjectName("progress" + objectPrefix);
  cancelButton_->setEnabled(false);
  export_->setEnabled(false);
  progress_->setRange(0, 1000);
  progress_->setValue(0);
  status_->setWordWrap(true);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(run_);
  buttons->addWidget(cancelButton_);
  buttons->addWidget(export_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(buttons);
  layout->addWidget(progress_);
  layout->addWidget(status_);
  connect(run_, &QPushButton::clicked, this, &JobBar::runClicked);
  connect(cancelButton_, &QPushButton::clicked, this, &JobBar::cancel);
  connect(export_, &QPushButton::clicked, this, &JobBar::exportClicked);
}

std::shared_ptr<std::atomic<bool>> JobBar::start(const QString& status) {
  running_ = true;
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  run_->setEnabled(false);
  cancelButton_->setEnabled(true);
  export_->setEnabled(false);
  progress_->setValue(0);
  status_->setText(status);
  emit jobProgress(status, 0);
  return cancel_;
}

void JobBar::progress(double fraction, const QString& status) {
  progress_->setValue(int(1000 * fraction));
  status_->setText(status);
  emit jobProgress(status, fraction);
}

void JobBar::stop(const QString& status, bool exportable) {
  running_ = false;
  run_->setEnabled(true);
  cancelButton_->setEnabled(false);
  export_->setEnabled(exportable);
  // A cancelled job's bar empties: a bar left part full would say the job is still under way.
  if (*cancel_)
    progress_->setValue(0);
  else if (exportable)
    progress_->setValue(progress_->maximum());
  status_->setText(status);
  emit jobEnded();
}

void JobBar::showExportMenu(QMenu& menu) { menu.exec(export_->mapToGlobal(QPoint(0, export_->height()))); }

QString saveTextFile(const QString& path, const QString& text) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
    return QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
  return {};
}

}  // namespace led::ui
