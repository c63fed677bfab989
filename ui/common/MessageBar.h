#pragma once
// A bar above the page that says what went wrong, in a sentence, until dismissed, or until the page
// whose work failed succeeds at it (a message from elsewhere stays).
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
  // An error from `source`, which dismissFrom(source) takes back.
  void showErrorFrom(const QObject* source, const QString& sentence);
  void dismissFrom(const QObject* source);

 private:
  void show(const QString& sentence, bool error);
  QLabel* label_;
  const QObject* source_ = nullptr;
};

}  // namespace led::ui
