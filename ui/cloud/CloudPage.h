#pragma once
// What the cloud sees and does, and nothing more: the garbled query as received, the guide it recovers
// with its copy of the pad, the two predictions, the encrypted answer and its log. It never shows a
// plaintext image: the cloud has none.
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace led::ui {

class DeniableSession;
class ImageTile;

class CloudPage : public QWidget {
  Q_OBJECT
 public:
  CloudPage(DeniableSession* session, QWidget* parent = nullptr);
  QTableWidget* predictions() const { return predictions_; }
  QString logText() const;
  // Every image this page shows (for the test that none of them is a plaintext).
  QList<QImage> shownImages() const;

 private:
  void showReceived();
  void showAnswer();

  DeniableSession* session_;
  QLabel* status_;
  ImageTile* parts_[2];
  ImageTile* garbled_;
  ImageTile* recovered_;
  QLabel* shape_;
  QTableWidget* predictions_;
  QLabel* answer_;
  QPlainTextEdit* log_;
};

}  // namespace led::ui
