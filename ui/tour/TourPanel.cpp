#include "ui/tour/TourPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ui/common/Emphasis.h"
#include "ui/tour/Tour.h"

namespace led::ui {

TourPanel::TourPanel(Tour* tour, QWidget* parent)
    : QDockWidget(tr("Guided Tour"), parent),
      tour_(tour),
      progress_(new QLabel(this)),
      title_(new QLabel(this)),
      text_(new QLabel(this)),
      act_(new QPushButton(this)),
      back_(new QPushButton(tr("Back"), this)),
      next_(new QPushButton(tr("Next"), this)) {
  setObjectName("tourPanel");
  setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
  act_->setObjectName("tourAct");
  back_->setObjectName("tourBack");
  next_->setObjectName("tourNext");
  emphasise(title_, 1.4);
  title_->setWordWrap(true);
  text_->setWordWrap(true);
  text_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  auto* leave = new QPushButton(tr("Leave"), this);
  leave->setObjectName("tourLeave");
  leave->setToolTip(tr("Hide the tour; Help > Guided Tour resumes at this step."));

  // The step's words scroll and the buttons stay: a long step in a short window (a projector's 720
  // lines, a larger font) never pushes Back, Next and Leave off the screen or the window taller.
  auto* words = new QWidget(this);
  auto* wordsLayout = new QVBoxLayout(words);
  wordsLayout->addWidget(progress_);
  wordsLayout->addWidget(title_);
  wordsLayout->addWidget(text_);
  wordsLayout->addWidget(act_);
  wordsLayout->addStretch(1);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll->setWidget(words);
  auto* body = new QWidget(this);
  body->setMinimumWidth(280);
  auto* layout = new QVBoxLayout(body);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(scroll, 1);
  auto* buttons = new QHBoxLayout;
  buttons->setContentsMargins(9, 0, 9, 9);
  buttons->addWidget(back_);
  buttons->addWidget(next_);
  buttons->addWidget(leave);
  layout->addLayout(buttons);
  setWidget(body);

  connect(act_, &QPushButton::clicked, tour_, &Tour::act);
  connect(back_, &QPushButton::clicked, tour_, &Tour::back);
  connect(next_, &QPushButton::clicked, tour_, [this] {
    if (tour_->current() + 1 < tour_->count())
      tour_->next();
    else
      tour_->finish();
  });
  connect(leave, &QPushButton::clicked, tour_, &Tour::leave);
  connect(tour_, &Tour::stepChanged, this, &TourPanel::showStep);
  connect(tour_, &Tour::busyChanged, this, [this](bool busy) {
    act_->setEnabled(!busy);
    act_->setText(busy ? tr("Working…") : tour_->step(tour_->current()).action);
  });
  connect(tour_, &Tour::left, this, &QWidget::hide);
}

QString TourPanel::titleText() const { return title_->text(); }

void TourPanel::showStep(int index) {
  const TourStep& step = tour_->step(index);
  progress_->setText(tr("Step %1 of %2").arg(index + 1).arg(tour_->count()));
  title_->setText(step.title);
  text_->setText(step.text);
  act_->setText(step.action);
  act_->setVisible(!step.action.isEmpty());
  act_->setEnabled(!tour_->busy());
  back_->setEnabled(index > 0);
  next_->setText(index + 1 < tour_->count() ? tr("Next") : tr("Finish"));
  QDockWidget::show();
  raise();
}

}  // namespace led::ui
