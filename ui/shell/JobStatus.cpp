#include "ui/shell/JobStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <algorithm>

namespace led::ui {

JobStatus::JobStatus(QWidget* parent)
    : QWidget(parent), what_(new QLabel(this)), progress_(new QProgressBar(this)), cancel_(new QPushButton(tr("Cancel"), this)) {
  setObjectName("jobStatus");
  cancel_->setObjectName("jobCancel");
  progress_->setRange(0, 1000);
  progress_->setMaximumWidth(160);
  progress_->setTextVisible(false);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(what_);
  layout->addWidget(progress_);
  layout->addWidget(cancel_);
  connect(cancel_, &QPushButton::clicked, this, [this] {
    const auto it = jobs_.find(shown_);
    if (it == jobs_.end()) return;
    cancel_->setEnabled(false);  // until the job says it stopped
    it->second.cancel();
  });
  hide();
}

void JobStatus::update(const QObject* source, const QString& what, double fraction, std::function<void()> cancel) {
  const bool fresh = !jobs_.count(source);
  jobs_[source] = {what, fraction, std::move(cancel)};
  if (fresh) cancel_->setEnabled(true);
  show(source);
}

void JobStatus::end(const QObject* source) {
  jobs_.erase(source);
  if (jobs_.empty()) {
    shown_ = nullptr;
    hide();
    return;
  }
  if (shown_ == source) show(jobs_.begin()->first);
}

QString JobStatus::text() const { return isVisible() ? what_->text() : QString(); }

void JobStatus::show(const QObject* source) {
  const Job& job = jobs_.at(source);
  if (shown_ != source) cancel_->setEnabled(true);
  shown_ = source;
  what_->setText(job.what);
  if (job.fraction < 0)
    progress_->setRange(0, 0);  // busy, length unknown
  else {
    progress_->setRange(0, 1000);
    progress_->setValue(int(1000 * std::clamp(job.fraction, 0.0, 1.0)));
  }
  QWidget::show();
}

}  // namespace led::ui
