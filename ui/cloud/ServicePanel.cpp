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
#include <QMessageBox>
#include <QPushButton>
#include <QFile>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include "core/shared/crypto/Sha256.h"
#include "core/shared/deniable/LogLine.h"
#include "core/user/project/ClassroomKit.h"
#include "core/user/remote/CloudClient.h"
#include "ui/common/Background.h"
#include "ui/common/ClassFolder.h"
#include "ui/common/Failure.h"
#include "ui/common/WheelGuard.h"
#include "ui/session/DeniableSession.h"

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

// The models a served class answers with, one list per part: models/set<P>-<M>.ledmodel.
QStringList modelSets(const QDir& models) {
  QStringList sets;
  for (int set = 0; set < 2; ++set) {
    QStringList files;
    for (const QString& name : models.entryList({QString("set%1-*.ledmodel").arg(set)}, QDir::Files, QDir::Name))
      files << models.filePath(name);
    if (!files.isEmpty()) sets << files.join(',');
  }
  return sets;
}

}  // namespace

ServicePanel::ServicePanel(DeniableSession* session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      folder_(classFolder()),
      folderLabel_(new QLabel(this)),
      changeFolder_(new QPushButton(tr("Class Folder…"), this)),
      port_(new QSpinBox(this)),
      everyAddress_(new QCheckBox(tr("Reachable from other machines"), this)),
      start_(new QPushButton(tr("Start Service"), this)),
      stop_(new QPushButton(tr("Stop"), this)),
      students_(new QSpinBox(this)),
      kits_(new QPushButton(tr("Add Classroom Kits…"), this)),
      replace_(new QPushButton(tr("Replace the Class…"), this)),
      status_(new QLabel(this)),
      arrivals_(new QTableWidget(0, 5, this)),
      timer_(new QTimer(this)) {
  start_->setObjectName("startService");
  port_->setObjectName("servicePort");
  students_->setObjectName("students");
  kits_->setObjectName("addKits");
  replace_->setObjectName("replaceClass");
  folderLabel_->setObjectName("classFolder");
  port_->setRange(1024, 65535);
  port_->setValue(8750);
  port_->setPrefix(tr("port "));
  everyAddress_->setToolTip(tr("Off: only this machine can send queries (127.0.0.1). On: every machine that reaches this one can."));
  students_->setRange(1, 200);
  students_->setValue(10);
  students_->setSuffix(tr(" students"));
  for (QWidget* box : {static_cast<QWidget*>(port_), static_cast<QWidget*>(students_)}) takeWheelOnlyWhenFocused(box);
  folderLabel_->setWordWrap(true);
  folderLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  status_->setWordWrap(true);
  arrivals_->setObjectName("arrivals");
  arrivals_->setHorizontalHeaderLabels({tr("time (UTC)"), tr("student"), tr("entry"), tr("query digest"), tr("sealed answer slots")});
  arrivals_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  arrivals_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  arrivals_->horizontalHeader()->setStretchLastSection(true);
  arrivals_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  arrivals_->verticalHeader()->hide();
  arrivals_->setMinimumHeight(160);
  auto* serve = new QHBoxLayout;
  for (QWidget* w : std::initializer_list<QWidget*>{port_, everyAddress_, start_, stop_}) serve->addWidget(w);
  serve->addStretch();
  auto* kits = new QHBoxLayout;
  for (QWidget* w : std::initializer_list<QWidget*>{students_, kits_, replace_, changeFolder_}) kits->addWidget(w);
  kits->addStretch();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(serve);
  layout->addWidget(status_);
  layout->addLayout(kits);
  layout->addWidget(folderLabel_);
  layout->addWidget(arrivals_, 1);
  timer_->setInterval(1000);
  connect(timer_, &QTimer::timeout, this, &ServicePanel::poll);
  connect(start_, &QPushButton::clicked, this, &ServicePanel::start);
  connect(stop_, &QPushButton::clicked, this, &ServicePanel::stop);
  connect(kits_, &QPushButton::clicked, this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the Classroom Kits"), QDir::homePath());
    if (!folder.isEmpty()) makeKits(folder, students_->value());
  });
  connect(replace_, &QPushButton::clicked, this, [this] {
    const auto answer = QMessageBox::warning(
        this, tr("Replace the Class"),
        tr("Every kit handed out (%1) stops working: the cloud forgets their pads. The log stays in %2. Make new kits afterwards.")
            .arg(kitsOut())
            .arg(logPath()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard) replaceClass();
  });
  connect(changeFolder_, &QPushButton::clicked, this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("The Class's Folder"), folder_);
    if (!folder.isEmpty()) setFolder(folder);
  });
  // The service is this window's child: it ends with the window, even one that is killed.
  service_.setChildProcessModifier([] {
#ifdef Q_OS_LINUX
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
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

// The page and the session around this panel may be gone already: the service's end is not reported.
ServicePanel::~ServicePanel() {
  disconnect(&service_, nullptr, this, nullptr);
  stop();
}

void ServicePanel::setFolder(const QString& folder) {
  if (serving()) return;
  folder_ = QDir(folder).absolutePath();
  setClassFolder(folder_);
  arrivals_->setRowCount(0);
  studentNames_.clear();
  refresh();
}

void ServicePanel::setPort(int port) { port_->setValue(port); }

QString ServicePanel::padFolder() const { return QDir(folder_).filePath("pads"); }

QString ServicePanel::logPath() const { return QDir(folder_).filePath("cloud.log"); }

int ServicePanel::shownQueries() const { return arrivals_->rowCount(); }

int ServicePanel::kitsOut() const { return int(QDir(padFolder()).entryList({"*.ledpad"}, QDir::Files).size()); }

// The fingerprints of the keys the session's kits carry; empty without a built-in cloud.
QString ServicePanel::sessionKeys() const {
  if (!session_->cloudReady() || session_->remote()) return {};
  QStringList lines;
  for (int part = 0; part < 2; ++part)
    for (const led::Key& key : session_->modelKeys()[std::size_t(part)])
      lines << QString("part%1 %2").arg(part).arg(QString::fromStdString(key.fingerprint()));
  return lines.join('\n');
}

QString ServicePanel::classKeys() const {
  QFile file(QDir(folder_).filePath("class-keys.txt"));
  return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

// The models the service answers with, as --models arguments. The session's replace the folder's
// unless kits made for other keys are out: those kits keep their models.
QStringList ServicePanel::prepareModels() {
  QDir folder(folder_);
  if (!folder.mkpath("pads") || !folder.mkpath("models"))
    led::fail(led::ErrorKind::Io, tr("Cannot make the class's folder %1.").arg(folder_).toStdString());
  QDir models(folder.filePath("models"));
  const QString keys = sessionKeys();
  const bool otherClass = kitsOut() > 0 && classKeys() != keys;
  if (!keys.isEmpty() && !otherClass) {
    for (const QString& old : models.entryList({"*.ledmodel"}, QDir::Files)) models.remove(old);
    const DeniableSession::State state = session_->state();
    for (std::size_t set = 0; set < state.models.size(); ++set)
      for (std::size_t m = 0; m < state.models[set].size(); ++m)
        state.models[set][m]->save(models.filePath(QString("set%1-%2.ledmodel").arg(set).arg(m, 2, 10, QChar('0'))).toStdString());
    QSaveFile file(folder.filePath("class-keys.txt"));
    if (!file.open(QIODevice::WriteOnly) || file.write(keys.toUtf8() + '\n') < 0 || !file.commit())
      led::fail(led::ErrorKind::Io, tr("Cannot write %1.").arg(file.fileName()).toStdString());
  }
  const QStringList sets = modelSets(models);
  if (sets.isEmpty())
    led::fail(led::ErrorKind::InvalidArgument,
              tr("Set up the built-in cloud's models on the Query page first: the service answers with them.").toStdString());
  if (!keys.isEmpty() && otherClass)
    emit informed(
        tr("The kits handed out were made for the class's own models, so the service answers with those, not with the "
           "ones set up since. Replace the Class… to start over with these."));
  if (sets.size() == 2) return {"--part0-models", sets[0], "--part1-models", sets[1]};
  return {"--models", sets[0]};
}

void ServicePanel::start() {
  if (serving()) return;
  QStringList models;
  const QString problem = failureOf([&] { models = prepareModels(); });
  if (!problem.isEmpty()) return emit failed(problem);
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
  arrivals_->setRowCount(0);
  service_.start(cloudProgram(), args + models);
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
  emit succeeded();
  const int kits = kitsOut();
  emit informed(kits > 0 ? tr("The cloud serves the class again at %1: the %2 kits handed out work as before.").arg(kitUrl_).arg(kits)
                         : tr("The cloud serves at %1. Add classroom kits for the students: each holds the keys, a pad and this "
                              "address.")
                               .arg(kitUrl_));
  refresh();
}

void ServicePanel::stop() {
  if (!serving()) return;
  service_.terminate();
  service_.waitForFinished(5000);
}

void ServicePanel::makeKits(const QString& folder, int students) {
  if (!running()) return emit failed(tr("Start the service first: a kit carries its address."));
  const QString keys = sessionKeys();
  if (keys.isEmpty() || keys != classKeys())
    return emit failed(
        tr("New kits carry the keys the class's models were trained with, and this window does not hold them: open the "
           "project the class was set up in (or Replace the Class… to start over)."));
  led::ClassroomKit kit;
  kit.process = session_->process();
  kit.keys = session_->modelKeys();
  kit.cloud = kitUrl_.toStdString();
  const std::string pads = padFolder().toStdString(), out = folder.toStdString();
  runInBackground<QStringList>(
      this,
      [kit, pads, out, students] {
        QStringList made;
        std::filesystem::create_directories(out);
        for (const std::string& name : led::newStudentNames(pads, students)) {
          const QString dir = QDir(QString::fromStdString(out)).filePath(QString::fromStdString(name));
          led::writeClassroomKit(dir.toStdString(), name, kit, 100, 16, pads);
          made << QFileInfo(dir).fileName();
        }
        return made;
      },
      [this, folder](const QStringList& made) {
        emit succeeded();
        emit informed(tr("Kits %1 to %2 in %3. A student opens one on the Query page (Cloud: at an address), or uses it with led query "
                         "compose --kit.")
                          .arg(made.front(), made.back(), folder));
        refresh();
      },
      [this](const QString& error) { emit failed(error); });
}

void ServicePanel::replaceClass() {
  if (serving()) return emit failed(tr("Stop the service first."));
  QDir pads(padFolder());
  for (const QString& pad : pads.entryList({"*.ledpad"}, QDir::Files)) pads.remove(pad);
  QDir(folder_).remove("class-keys.txt");
  studentNames_.clear();
  emit informed(tr("The class starts over: start the service and add kits for the students."));
  refresh();
}

// The student a pad belongs to, by its file's name in the class's folder (kits added while the service
// runs are read when their first query arrives).
QString ServicePanel::studentOf(const led::PadId& pad) {
  if (!studentNames_.count(pad)) studentNames_ = led::studentsByPad(padFolder().toStdString());
  const auto it = studentNames_.find(pad);
  return it != studentNames_.end() ? QString::fromStdString(it->second) : shortHex(pad.data(), pad.size());
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
              QString::fromStdString(e.time), studentOf(e.pad), QString::number(e.entry), QString::fromStdString(e.query).left(16) + "…",
              shortHex(e.answer[0].data(), e.answer[0].size()) + "  " + shortHex(e.answer[1].data(), e.answer[1].size())};
          for (int c = 0; c < cells.size(); ++c) arrivals_->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
        if (!entries.empty()) arrivals_->scrollToBottom();
        refresh();  // also counts kits added from the command line meanwhile
      },
      [this](const QString&) { polling_ = false; });  // the next poll tries again
}

void ServicePanel::refresh() {
  const bool up = serving();
  start_->setEnabled(!up);
  stop_->setEnabled(up);
  port_->setEnabled(!up);
  everyAddress_->setEnabled(!up);
  changeFolder_->setEnabled(!up);
  kits_->setEnabled(running());
  const int kits = kitsOut();
  replace_->setEnabled(!up && kits > 0);
  folderLabel_->setText(tr("The class's folder: %1 (%2 kits handed out; the cloud's log: %3). It outlives the window: start the "
                           "service again and the kits work as before.")
                            .arg(QDir::toNativeSeparators(folder_))
                            .arg(kits)
                            .arg(QDir::toNativeSeparators(logPath())));
  if (running()) {
    QString text = tr("Serving at %1. Queries arrive below as the cloud's log records them: a student's pad, an entry, a digest "
                      "and two sealed slots, nothing more.")
                       .arg(kitUrl_);
    if (!everyAddress_->isChecked())
      text += ' ' + tr("Only this computer reaches it: kits made now work here only. For students on other machines, stop, tick "
                       "Reachable from other machines and start again before adding kits.");
    status_->setText(text);
  } else if (!up) {
    const bool models = !sessionKeys().isEmpty() || !modelSets(QDir(QDir(folder_).filePath("models"))).isEmpty();
    status_->setText(models ? tr("Run the cloud as a service for a classroom: other windows and led query send reach it over HTTP, each "
                                 "with a kit.")
                            : tr("Run the cloud as a service for a classroom. It answers with the built-in cloud's models: set them "
                                 "up on the Query page first."));
  }
  emit changed();
}

}  // namespace led::ui
