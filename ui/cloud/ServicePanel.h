#pragma once
// The cloud as a service for a classroom, run from the window: led-cloud serve with the session's
// models, a pad folder, a log; classroom kits for the students (their keys, a pad each, the address);
// and the queries arriving live, as the cloud's log shows them: what the cloud sees, nothing more.
#include <QProcess>
#include <QTemporaryDir>
#include <QWidget>

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
  const QString& url() const { return url_; }
  QString padFolder() const;
  QString logPath() const;
  int shownQueries() const;

 public slots:
  void start();
  void stop();
  // Kits for `students` students in `folder`; the cloud's copies of their pads join the service.
  void makeKits(const QString& folder, int students);
  // Reads the log lines the service wrote since the last poll.
  void poll();

 signals:
  void failed(const QString& sentence);
  void informed(const QString& sentence);
  void changed();

 private:
  void refresh();
  void serviceStarted();

  DeniableSession* session_;
  QTemporaryDir work_;
  QProcess service_;
  QString url_, operatorUrl_, kitUrl_;
  QSpinBox* port_;
  QCheckBox* everyAddress_;
  QPushButton* start_;
  QPushButton* stop_;
  QSpinBox* students_;
  QPushButton* kits_;
  QLabel* status_;
  QTableWidget* arrivals_;
  QTimer* timer_;
  bool polling_ = false;
};

}  // namespace led::ui
