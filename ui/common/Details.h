#pragma once
// The raw details behind a plain sentence (pad entries, ciphertext counts, hex answers, log lines,
// timings): hidden under a "Details" button, so a class reads what happened and a researcher is one
// click from how.
#include <QWidget>

class QLabel;
class QToolButton;

namespace led::ui {

class Details : public QWidget {
  Q_OBJECT
 public:
  explicit Details(QWidget* parent = nullptr);
  void setText(const QString& text);
  // The button's words ("Details" unless set).
  void setTitle(const QString& title);
  QString text() const;
  void setExpanded(bool expanded);
  // Anything else shown or hidden with the text (a log view, a table of numbers).
  void addWidget(QWidget* widget);

 private:
  QToolButton* toggle_;
  QLabel* text_;
  QWidget* body_;
};

}  // namespace led::ui
