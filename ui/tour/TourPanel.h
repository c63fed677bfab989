#pragma once
// The Tour beside the pages: where we are ("Step 2 of 6"), the step's title and explanation, "Do it",
// Back, Next, Leave (resumable from Help) and Finish.
#include <QDockWidget>

class QLabel;
class QPushButton;

namespace led::ui {

class Tour;

class TourPanel : public QDockWidget {
  Q_OBJECT
 public:
  TourPanel(Tour* tour, QWidget* parent = nullptr);
  QString titleText() const;

 private:
  void showStep(int index);

  Tour* tour_;
  QLabel* progress_;
  QLabel* title_;
  QLabel* text_;
  QPushButton* act_;
  QPushButton* back_;
  QPushButton* next_;
};

}  // namespace led::ui
