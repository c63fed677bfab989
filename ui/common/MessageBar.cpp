#include "ui/common/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace led::ui {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent), label_(new QLabel(this)) {
  setObjectName("messageBar");
  label_->setWordWrap(true);
  label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* close = new QToolButton(this);
  close->setText(QStringLiteral("✕"));
  close->setToolTip(tr("Dismiss"));
  close->setAutoRaise(true);
  connect(close, &QToolButton::clicked, this, &QWidget::hide);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(10, 6, 6, 6);
  layout->addWidget(label_, 1);
  layout->addWidget(close);
  hide();
}

QString MessageBar::text() const { return isVisible() ? label_->text() : QString(); }

void MessageBar::showError(const QString& sentence) { showErrorFrom(nullptr, sentence); }

void MessageBar::showInfo(const QString& sentence) {
  source_ = nullptr;
  show(sentence, false);
}

void MessageBar::showErrorFrom(const QObject* source, const QString& sentence) {
  source_ = source;
  show(sentence, true);
}

void MessageBar::dismissFrom(const QObject* source) {
  if (source_ == source) hide();
}

void MessageBar::show(const QString& sentence, bool error) {
  setStyleSheet(error ? "#messageBar { background: #fde2e1; border: 1px solid #e0a09d; border-radius: 4px; } QLabel { color: #5c1410; }"
                      : "#messageBar { background: #e3effd; border: 1px solid #9dbbe0; border-radius: 4px; } QLabel { color: #123a63; }");
  label_->setText(sentence);
  QFrame::show();
}

}  // namespace led::ui
