#include "ui/common/Details.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace led::ui {

Details::Details(QWidget* parent) : QWidget(parent), toggle_(new QToolButton(this)), text_(new QLabel(this)), body_(new QWidget(this)) {
  toggle_->setText(tr("Details"));
  toggle_->setCheckable(true);
  toggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  toggle_->setArrowType(Qt::RightArrow);
  toggle_->setAutoRaise(true);
  toggle_->setObjectName("detailsToggle");
  text_->setWordWrap(true);
  text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* bodyLayout = new QVBoxLayout(body_);
  bodyLayout->setContentsMargins(18, 0, 0, 0);
  bodyLayout->addWidget(text_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  layout->addWidget(toggle_, 0, Qt::AlignLeft);
  layout->addWidget(body_);
  body_->hide();
  text_->hide();
  hide();
  connect(toggle_, &QToolButton::toggled, this, &Details::setExpanded);
}

// With nothing to show, not even the button is: an empty "Details" would promise what is not there.
void Details::setText(const QString& text) {
  text_->setText(text);
  text_->setVisible(!text.isEmpty());
  setVisible(!text.isEmpty() || body_->layout()->count() > 1);
}

void Details::setTitle(const QString& title) { toggle_->setText(title); }

QString Details::text() const { return text_->text(); }

void Details::setExpanded(bool expanded) {
  toggle_->setChecked(expanded);
  toggle_->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
  body_->setVisible(expanded);
}

void Details::addWidget(QWidget* widget) {
  body_->layout()->addWidget(widget);
  show();
}

}  // namespace led::ui
