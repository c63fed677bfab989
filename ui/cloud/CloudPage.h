#pragma once
// What the cloud sees and does, and nothing more: the garbled query as received, the guide it recovers
// with its copy of the pad, the two predictions, the encrypted answer and its log. It never shows a
// plaintext image: the cloud has none. It can also run the cloud as a service for a classroom.
#include <QWidget>
#include "ui/common/Page.h"

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

namespace led {
struct Query;
}

namespace led::ui {

class DeniableSession;
class Details;
class ImageTile;
class ServicePanel;

class CloudPage : public Page {
  Q_OBJECT
 public:
  CloudPage(DeniableSession* session, QWidget* parent = nullptr);
  QString title() const override;
  QString icon() const override;
  QTableWidget* predictions() const { return predictions_; }
  QString logText() const;
  // The Query page keeps the session this page shows; nothing to undo here.
  QUndoStack* undoStack() override { return nullptr; }
  // Every image this page shows (for the test that none of them is a plaintext).
  QList<QImage> shownImages() const;
  // Shows a saved query (.ledq) as a cloud receives it: its parts and garbled guide. Without the
  // cloud's pad and models nothing more can be done with it here.
  void openQueryFile(const QString& path);
  ServicePanel* service() const { return service_; }
  // The classroom's tab, in front.
  void showService();

 private:
  void showReceived();
  void showQuery(const led::Query& query);
  // What arrived, in a researcher's terms: ciphertexts per part, the guide's side, the pad entry.
  static QString receivedDetails(const led::Query& query);
  void showAnswer();

  DeniableSession* session_;
  QLabel* status_;
  ImageTile* parts_[2];
  ImageTile* garbled_;
  ImageTile* recovered_;
  QLabel* shape_;
  QTableWidget* predictions_;
  QLabel* answer_;
  Details* details_;
  QPlainTextEdit* log_;
  Details* logDetails_;
  ServicePanel* service_;
  QTabWidget* tabs_;
};

}  // namespace led::ui
