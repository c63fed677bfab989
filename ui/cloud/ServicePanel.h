#pragma once
// The cloud as a service for a classroom, run from the window: led-cloud serve with the class's models,
// its pad folder and its log, all kept in the class's folder (chosen once, kept across quitting), so that
// kits handed out keep working after the window closes and opens again; classroom kits for the students
// (their keys, a pad each, the address), added for late students and replaced only on request; and the
// queries arriving live, as the cloud's log shows them: what the cloud sees, nothing more.
#include <QProcess>
#include <QWidget>
#include <map>
#include <string>

#include "core/shared/deniable/GuidePad.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace led::ui {

class DeniableSession;

class ServicePanel : public QWidget {
  Q_OBJECT
 public:
  ServicePanel(DeniableSession* session, QWidget* parent = nullptr);
  ~ServicePanel() override;

  bool running() const { return !url_.isEmpty(); }
  bool serving() const { return service_.state() != QProcess::NotRunning; }
  const QString& url() const { return url_; }
  // The class's folder: pads/ (the cloud's copies), models/, cloud.log and the fingerprints of the keys
  // the kits carry (class-keys.txt; a fingerprint decrypts nothing).
  const QString& folder() const { return folder_; }
  void setFolder(const QString& folder);
  void setPort(int port);
  QString padFolder() const;
  QString logPath() const;
  int shownQueries() const;
  int kitsOut() const;

 public slots:
  void start();
  void stop();
  // Kits for `students` more students in `folder`, numbered on after those the class has; the cloud's
  // copies of their pads join the service.
  void makeKits(const QString& folder, int students);
  // Every kit handed out stops working: the class's pads and key fingerprints go (the log stays).
  void replaceClass();
  // Reads the log lines the service wrote since the last poll.
  void poll();

 signals:
  void failed(const QString& sentence);
  void informed(const QString& sentence);
  void succeeded();
  void changed();

 private:
  QString sessionKeys() const;
  QString classKeys() const;
  QStringList prepareModels();
  void refresh();
  void serviceStarted();
  QString studentOf(const led::PadId& pad);

  DeniableSession* session_;
  QString folder_;
  QProcess service_;
  QString url_, operatorUrl_, kitUrl_;
  QLabel* folderLabel_;
  QPushButton* changeFolder_;
  QSpinBox* port_;
  QCheckBox* everyAddress_;
  QPushButton* start_;
  QPushButton* stop_;
  QSpinBox* students_;
  QPushButton* kits_;
  QPushButton* replace_;
  QLabel* status_;
  QTableWidget* arrivals_;
  QTimer* timer_;
  std::map<led::PadId, std::string> studentNames_;
  bool polling_ = false;
};

}  // namespace led::ui
