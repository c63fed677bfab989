#pragma once
// Help > User Guide: the user guide (docs/user-guide.md and its screenshots, compiled in) in a window of
// its own, readable beside the page it describes and without a network.
#include <QDialog>

class QTextBrowser;

namespace led::ui {

class UserGuide : public QDialog {
  Q_OBJECT
 public:
  explicit UserGuide(QWidget* parent = nullptr);
  // The guide's text as shown (for tests).
  QString text() const;

 private:
  QTextBrowser* browser_;
};

}  // namespace led::ui
