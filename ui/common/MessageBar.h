#pragma once
// A bar above the page that says what went wrong, in a sentence, until dismissed.
#include <QFrame>

class QLabel;

namespace led::ui {

class MessageBar : public QFrame {
  Q_OBJECT
 public:
  explicit MessageBar(QWidget* parent = nullptr);
  QString text() const;

 public slots:
  void showError(const QString& sentence);
  void showInfo(const QString& sentence);

 private:
  void show(const QString& sentence, bool error);
  QLabel* label_;
};

}  // namespace led::ui
