#include "ui/cloud/ServicePanel.h"

#include <filesystem>

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "core/shared/crypto/Sha256.h"
#include "core/shared/deniable/LogLine.h"
#include "core/user/project/ClassroomKit.h"
#include "core/user/remote/CloudClient.h"
#include "ui/common/Background.h"
#include "ui/query/DeniableSession.h"

namespace led::ui {
namespace {

// The cloud's program: beside the window's (a build, /usr/bin), or on the PATH.
QString cloudProgram() {
  const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath("led-cloud");
  if (QFileInfo(beside).isExecutable()) return beside;
  const QString onPath = QStandardPaths::findExecutable("led-cloud");
  return onPath.isEmpty() ? beside : onPath;
}

QString shortHex(const std::uint8_t* bytes, std::size_t n) { return QString::fromStdString(led::Sha256::hex(bytes, n)).left(12) + "…"; }

}  // namespace

ServicePanel::ServicePanel(DeniableSession* session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      port_(new QSpinBox(this)),
      everyAddress_(new QCheckBox(tr("Reachable from other machines"), this)),
      start_(new QPushButton(tr("Start Service"), this)),
      stop_(new QPushButton(tr("Stop"), this)),
      students_(new QSpinBox(this)),
      kits_(new QPushButton(tr("Make Classroom Kits…"), this)),
      status_(new QLabel(this)),
      arrivals_(new QTableWidget(0, 5, this)),
      timer_(new QTimer(this)) {
  start_->setObjectName("startService");
  port_->setObjectName("servicePort");
  port_->setRange(1024, 65535);
  port_->setValue(8750);
  port_->setPrefix(tr("port "));
  everyAddress_->setToolTip(tr("Off: only this machine can send queries (127.0.0.1). On: every machine that reaches this one can."));
  students_->setRange(1, 200);
  students_->setValue(10);
  students_->setSuffix(tr(" students"));
  status_->setWordWrap(true);
  arrivals_->setObjectName("arrivals");
  arrivals_->setHorizontalHeaderLabels({tr("time (UTC)"), tr("client's pad"), tr("entry"), tr("query digest"), tr("sealed answer slots")});
  arrivals_->horizontalHeader()->setStretchLastSection(true);
  arrivals_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  arrivals_->verticalHeader()->hide();
  auto* controls = new QHBoxLayout;
  for (QWidget* w : std::initializer_list<QWidget*>{port_, everyAddress_, start_, stop_, students_, kits_}) controls->addWidget(w);
  controls->addStretch();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(controls);
  layout->addWidget(status_);
  layout->addWidget(arrivals_, 1);
  timer_->setInterval(1000);
  connect(timer_, &QTimer::timeout, this, &ServicePanel::poll);
  connect(start_, &QPushButton::clicked, this, &ServicePanel::start);
  connect(stop_, &QPushButton::clicked, this, &ServicePanel::stop);
  connect(kits_, &QPushButton::clicked, this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the Classroom Kits"));
    if (!folder.isEmpty()) makeKits(folder, students_->value());
  });
  connect(&service_, &QProcess::readyReadStandardOutput, this, &ServicePanel::serviceStarted);
  connect(&service_, &QProcess::finished, this, [this] {
    const QString why = QString::fromUtf8(service_.readAllStandardError()).trimmed();
    url_.clear();
    timer_->stop();
    if (!why.isEmpty()) emit failed(why.section('\n', -1));
    refresh();
  });
  connect(session_, &DeniableSession::cloudChanged, this, &ServicePanel::refresh);
  refresh();
}

ServicePanel::~ServicePanel() { stop(); }

QString ServicePanel::padFolder() const { return QDir(work_.path()).filePath("pads"); }

QString ServicePanel::logPath() const { return QDir(work_.path()).filePath("cloud.log"); }

int ServicePanel::shownQueries() const { return arrivals_->rowCount(); }

void ServicePanel::start() {
  if (service_.state() != QProcess::NotRunning) return;
  if (!session_->cloudReady() || session_->remote())
    return emit failed(tr("Set up the built-in cloud's models on the Query page first: the service answers with them."));
  QDir work(work_.path());
  work.mkpath("pads");
  work.mkpath("models");
  // The session's models, as files for the service.
  const DeniableSession::State state = session_->state();
  QStringList sets;
  for (std::size_t set = 0; set < state.models.size(); ++set) {
    QStringList files;
    for (std::size_t m = 0; m < state.models[set].size(); ++m) {
      const QString file = work.filePath(QString("models/set%1-%2.ledmodel").arg(set).arg(m));
      state.models[set][m]->save(file.toStdString());
      files << file;
    }
    sets << files.join(',');
  }
  QStringList args{"serve",
                   "--pads",
                   padFolder(),
                   "--log",
                   logPath(),
                   "--json",
                   "--operator-listen",
                   "127.0.0.1:0",
                   "--listen",
                   QString("%1:%2").arg(everyAddress_->isChecked() ? "0.0.0.0" : "127.0.0.1").arg(port_->value())};
  args << (sets.size() == 2 ? QStringList{"--part0-models", sets[0], "--part1-models", sets[1]} : QStringList{"--models", sets[0]});
  arrivals_->setRowCount(0);
  service_.start(cloudProgram(), args);
  status_->setText(tr("Starting led-cloud serve…"));
  refresh();
}

void ServicePanel::serviceStarted() {
  if (!url_.isEmpty() || !service_.canReadLine()) return;
  const QJsonObject where = QJsonDocument::fromJson(service_.readLine()).object();
  // This window polls over loopback; the kits carry a name other machines can reach.
  url_ = where["url"].toString().replace("0.0.0.0", "127.0.0.1");
  operatorUrl_ = where["operator_url"].toString();
  kitUrl_ = everyAddress_->isChecked() ? QString("http://%1:%2").arg(QSysInfo::machineHostName()).arg(where["port"].toInt()) : url_;
  timer_->start();
  emit informed(
      tr("The cloud serves at %1. Make classroom kits for the students: each holds the keys, a pad and this address.").arg(kitUrl_));
  refresh();
}

void ServicePanel::stop() {
  if (service_.state() == QProcess::NotRunning) return;
  service_.terminate();
  service_.waitForFinished(5000);
}

void ServicePanel::makeKits(const QString& folder, int students) {
  if (!running()) return emit failed(tr("Start the service first: a kit carries its address."));
  led::ClassroomKit kit;
  kit.process = session_->process();
  kit.keys = session_->modelKeys();
  kit.cloud = kitUrl_.toStdString();
  const std::string pads = padFolder().toStdString(), out = folder.toStdString();
  runInBackground<int>(
      this,
      [kit, pads, out, students] {
        std::filesystem::create_directories(out);
        for (int s = 1; s <= students; ++s) {
          const std::string name = "student-" + std::to_string(s);
          led::writeClassroomKit(QDir(QString::fromStdString(out)).filePath(QString::fromStdString(name)).toStdString(), name, kit, 100, 16,
                                 pads);
        }
        return students;
      },
      [this, folder](int made) {
        emit informed(
            tr("%1 classroom kits in %2. A student opens one on the Query page (Cloud: at an address), or uses it with led query compose --kit.")
                .arg(made)
                .arg(folder));
        refresh();
      },
      [this](const QString& error) { emit failed(error); });
}

void ServicePanel::poll() {
  if (!running() || polling_) return;
  polling_ = true;
  const std::string url = operatorUrl_.toStdString();  // the log is the operator's
  const std::size_t from = std::size_t(arrivals_->rowCount());
  runInBackground<std::vector<led::LogEntry>>(
      this, [url, from] { return led::parseLogLines(led::CloudClient(url).logFrom(from), "the cloud's log"); },
      [this](std::vector<led::LogEntry> entries) {
        polling_ = false;
        for (const led::LogEntry& e : entries) {
          const int row = arrivals_->rowCount();
          arrivals_->insertRow(row);
          const QStringList cells{
              QString::fromStdString(e.time), shortHex(e.pad.data(), e.pad.size()), QString::number(e.entry),
              QString::fromStdString(e.query).left(16) + "…",
              shortHex(e.answer[0].data(), e.answer[0].size()) + "  " + shortHex(e.answer[1].data(), e.answer[1].size())};
          for (int c = 0; c < cells.size(); ++c) arrivals_->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
        if (!entries.empty()) arrivals_->scrollToBottom();
        refresh();
      },
      [this](const QString&) { polling_ = false; });  // the next poll tries again
}

void ServicePanel::refresh() {
  const bool up = service_.state() != QProcess::NotRunning;
  start_->setEnabled(!up && session_->cloudReady() && !session_->remote());
  stop_->setEnabled(up);
  port_->setEnabled(!up);
  everyAddress_->setEnabled(!up);
  kits_->setEnabled(running());
  if (running())
    status_->setText(tr("Serving at %1 with the session's models. Pads: %2. Queries arrive below as the cloud's log records them: "
                        "a pad, an entry, a digest and two sealed slots, nothing more.")
                         .arg(url_, padFolder()));
  else if (!up)
    status_->setText(
        tr("Run the cloud as a service for a classroom: other windows and led query send reach it over HTTP, each with a kit."));
  emit changed();
}

}  // namespace led::ui
