#include "shell/ProjectState.h"

#include <QFileInfo>
#include <QStackedWidget>
#include <algorithm>

#include "MainWindow.h"
#include "common/Failure.h"
#include "common/NamedControls.h"
#include "coercion/CoercionPage.h"
#include "evaluate/AuditPanel.h"
#include "evaluate/EvaluatePage.h"
#include "evaluate/SweepPanel.h"
#include "keys/KeyFile.h"
#include "predict/PredictPage.h"
#include "query/QueryPage.h"
#include "query/SessionFolder.h"
#include "schemes/SchemeParams.h"
#include "scramble/ScramblePage.h"
#include "train/TrainPage.h"

namespace led::ui {

namespace {

std::string text(const QString& s) { return s.toStdString(); }
QString text(const std::string& s) { return QString::fromStdString(s); }

void captureControls(const QWidget* page, const QString& prefix, led::Project& project) {
  for (QWidget* w : namedControls(page)) {
    const QVariant value = controlValue(w);
    const QString written = value.typeId() == QMetaType::Bool     ? QString(value.toBool() ? "1" : "0")
                            : value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 10)
                                                                   : value.toString();
    project.set(text(prefix + "." + w->objectName()), text(written));
  }
}

// A value that does not read as the control's kind is ignored: a project from another version must not break a page.
void restoreControls(QWidget* page, const QString& prefix, const led::Project& project) {
  for (QWidget* w : namedControls(page)) {
    const std::string name = text(prefix + "." + w->objectName());
    if (!project.values.count(name)) continue;
    QVariant value = text(project.value(name));
    const int kind = controlValue(w).typeId();
    if (kind == QMetaType::Bool) value = value.toString() == "1";
    else if (!value.convert(QMetaType(kind))) continue;
    setControlValue(w, value);
  }
}

// Where a file kept for the project goes: beside it, named after it ("lesson.ledproj" -> "lesson-cloud").
QString besideProject(const QString& projectPath, const QString& suffix) {
  const QFileInfo info(projectPath);
  return info.absolutePath() + "/" + info.completeBaseName() + suffix;
}

bool isSample(const QString& source) { return source == "sample:dog" || source == "sample:cat"; }

// A file the project refers to; a sentence when it is gone.
bool present(const QString& path, QStringList& missing) {
  if (QFileInfo(path).isFile()) return true;
  missing << QObject::tr("The project refers to %1, which is no longer there.").arg(path);
  return false;
}

// The Train page's results: one entry per epoch shown ("epoch trainLoss trainAccuracy testLoss
// testAccuracy seconds", numbers exact) and the ensemble line.
constexpr int kMaxEpochEntries = 500;  // a project holds at most 1024 entries

void captureTrainResults(const TrainPage& page, led::Project& project) {
  const TrainPage::Results results = page.results();
  for (std::size_t i = 0; i < results.epochs.size() && i < kMaxEpochEntries; ++i) {
    const led::EpochMetrics& m = results.epochs[i];
    project.set("train.result.epoch." + std::to_string(i), text(QString("%1 %2 %3 %4 %5 %6").arg(m.epoch).arg(m.trainLoss, 0, 'g', 17)
                                                                  .arg(m.trainAccuracy, 0, 'g', 17).arg(m.testLoss, 0, 'g', 17)
                                                                  .arg(m.testAccuracy, 0, 'g', 17).arg(m.seconds, 0, 'g', 17)));
  }
  if (!results.ensemble.isEmpty()) project.set("train.result.ensemble", text(results.ensemble.left(4096)));
}

// Entries that do not read as an epoch end the list: a damaged or foreign project shows what it can.
void restoreTrainResults(TrainPage& page, const led::Project& project) {
  TrainPage::Results results;
  for (int i = 0; i < kMaxEpochEntries; ++i) {
    const QStringList f = text(project.value("train.result.epoch." + std::to_string(i))).split(' ');
    if (f.size() != 6) break;
    bool ok[6];
    led::EpochMetrics m;
    m.epoch = f[0].toInt(&ok[0]);
    m.trainLoss = f[1].toDouble(&ok[1]);
    m.trainAccuracy = f[2].toDouble(&ok[2]);
    m.testLoss = f[3].toDouble(&ok[3]);
    m.testAccuracy = f[4].toDouble(&ok[4]);
    m.seconds = f[5].toDouble(&ok[5]);
    if (!std::all_of(ok, ok + 6, [](bool b) { return b; }) || m.epoch < 1 || m.epoch > 100000) break;
    results.epochs.push_back(m);
  }
  results.ensemble = text(project.value("train.result.ensemble"));
  if (!results.epochs.empty() || !results.ensemble.isEmpty()) page.showResults(results);
}

// The Evaluate page's sweep results: one entry per point ("scheme block noise accuracy
// examinerAccuracy visualPrivacy misusability", numbers exact).
constexpr int kMaxSweepPoints = 200;

void captureSweepPoints(const SweepPanel& sweep, led::Project& project) {
  const std::vector<led::CalibrationPoint>& points = sweep.points();
  for (std::size_t i = 0; i < points.size() && i < kMaxSweepPoints; ++i) {
    const led::CalibrationPoint& p = points[i];
    project.set("evaluate.sweep.point." + std::to_string(i),
                text(QString("%1 %2 %3 %4 %5 %6 %7").arg(QString::fromStdString(led::schemeName(p.params.scheme))).arg(p.params.blockSize)
                         .arg(p.params.noise, 0, 'g', 17).arg(p.accuracy, 0, 'g', 17).arg(p.privacy.examinerAccuracy, 0, 'g', 17)
                         .arg(p.privacy.visualPrivacy, 0, 'g', 17).arg(p.privacy.misusability, 0, 'g', 17)));
  }
}

// Like the Train page's epochs, an entry that does not read as a point ends the list.
void restoreSweepPoints(SweepPanel& sweep, const led::Project& project) {
  std::vector<led::CalibrationPoint> points;
  for (int i = 0; i < kMaxSweepPoints; ++i) {
    const QStringList f = text(project.value("evaluate.sweep.point." + std::to_string(i))).split(' ');
    if (f.size() != 7) break;
    led::CalibrationPoint p;
    bool ok[6];
    const QString error = failureOf([&] { p.params = led::SchemeParams::defaults(led::parseSchemeName(text(f[0]))); });
    p.params.blockSize = f[1].toInt(&ok[0]);
    p.params.noise = f[2].toDouble(&ok[1]);
    p.accuracy = f[3].toDouble(&ok[2]);
    p.privacy.examinerAccuracy = f[4].toDouble(&ok[3]);
    p.privacy.visualPrivacy = f[5].toDouble(&ok[4]);
    p.privacy.misusability = f[6].toDouble(&ok[5]);
    if (!error.isEmpty() || !std::all_of(ok, ok + 6, [](bool b) { return b; }) || p.params.blockSize < 1 || p.params.blockSize > 64) break;
    points.push_back(p);
  }
  sweep.showPoints(points);
}

// The audit's settings and picture, then the audit kept (which shows its own scheme in the controls).
void restoreAudit(AuditPanel& audit, const LoadedProject& loaded, QStringList& missing) {
  restoreControls(&audit, "evaluate.audit", loaded.project);
  const QString picture = text(loaded.project.value("evaluate.audit.picture"));
  if (isSample(picture)) audit.useSample(picture.mid(7));
  else if (!picture.isEmpty() && present(picture, missing)) audit.usePhoto(picture);
  audit.showKept(loaded.audit);
  if (!loaded.auditProblem.isEmpty()) missing << QObject::tr("The audit was not restored: %1").arg(loaded.auditProblem);
}

}  // namespace

CapturedProject captureProject(const MainWindow& window, const QString& projectPath) {
  CapturedProject captured;
  led::Project& p = captured.project;
  p.set("window.page", text(window.findChild<QStackedWidget*>()->currentWidget()->objectName()));

  const ScramblePage* scramble = window.scramblePage();
  p.set("scramble.image", text(scramble->imageSource()));
  QString keyPath = scramble->keyFile();
  if (keyPath.isEmpty() && scramble->key()) {
    keyPath = besideProject(projectPath, "-scramble.ledkey");
    captured.keyToWrite = *scramble->key();
    captured.keyPath = keyPath;
  }
  p.set("scramble.key", text(keyPath));

  for (int which = 0; which < 2; ++which)
    p.set("query.image" + std::to_string(which), text(window.queryPage()->imageSource(which)));
  captureControls(window.queryPage(), "query", p);
  if (window.session()->cloudReady()) {
    captured.session = window.session()->state();
    captured.sessionPath = besideProject(projectPath, "-cloud");
  }
  p.set("query.session", text(captured.sessionPath));
  captureControls(window.trainPage(), "train", p);
  captureTrainResults(*window.trainPage(), p);
  captureControls(window.evaluatePage()->sweep(), "evaluate.sweep", p);
  captureSweepPoints(*window.evaluatePage()->sweep(), p);
  const AuditPanel* audit = window.evaluatePage()->audit();
  captureControls(audit, "evaluate.audit", p);
  p.set("evaluate.audit.picture", text(audit->pictureSource()));
  captured.audit = audit->kept();
  if (captured.audit) captured.auditPath = besideProject(projectPath, "-audit");
  p.set("evaluate.audit.folder", text(captured.auditPath));
  captureControls(window.coercionPage(), "coercion", p);
  p.set("predict.photo", text(window.predictPage()->photoPath()));
  p.set("predict.model", text(window.predictPage()->modelPath()));
  return captured;
}

void writeCapturedProject(const QString& projectPath, const CapturedProject& captured) {
  if (captured.keyToWrite) led::writeKeyFile(text(captured.keyPath), *captured.keyToWrite);
  if (captured.session) writeSessionFolder(captured.sessionPath, *captured.session);
  if (captured.audit) writeAuditFolder(captured.auditPath, *captured.audit);
  led::writeProjectFile(text(projectPath), captured.project);
}

LoadedProject loadProject(const QString& path) {
  LoadedProject loaded{led::readProjectFile(text(path)), {}, {}, {}, {}};
  const QString session = text(loaded.project.value("query.session"));
  if (!session.isEmpty()) loaded.sessionProblem = failureOf([&] { loaded.session = readSessionFolder(session); });
  const QString audit = text(loaded.project.value("evaluate.audit.folder"));
  if (!audit.isEmpty()) loaded.auditProblem = failureOf([&] { loaded.audit = readAuditFolder(audit); });
  return loaded;
}

QStringList restoreProject(MainWindow& window, const LoadedProject& loaded) {
  const led::Project& project = loaded.project;
  QStringList missing;
  ScramblePage* scramble = window.scramblePage();
  const QString image = text(project.value("scramble.image"));
  const QString key = text(project.value("scramble.key"));
  // The key is loaded once its image is shown, since a key is checked against the image's size.
  if (!key.isEmpty() && present(key, missing))
    QObject::connect(scramble, &ScramblePage::ready, scramble, [scramble, key] { scramble->loadKeyFile(key); }, Qt::SingleShotConnection);
  if (isSample(image)) scramble->loadSample(image.mid(7));
  else if (!image.isEmpty() && present(image, missing)) scramble->loadImageFile(image);

  for (int which = 0; which < 2; ++which) {
    const QString source = text(project.value("query.image" + std::to_string(which)));
    if (isSample(source) || (!source.isEmpty() && present(source, missing))) window.queryPage()->openSource(which, source);
  }
  restoreControls(window.queryPage(), "query", project);
  // A project without a session (or with one that cannot be read) leaves no cloud from before.
  const QString sessionError = failureOf([&] { window.session()->restore(loaded.session.value_or(DeniableSession::State{})); });
  for (const QString& problem : {loaded.sessionProblem, sessionError})
    if (!problem.isEmpty()) missing << QObject::tr("The cloud session was not restored: %1").arg(problem);
  restoreControls(window.trainPage(), "train", project);
  restoreTrainResults(*window.trainPage(), project);
  restoreControls(window.evaluatePage()->sweep(), "evaluate.sweep", project);
  restoreSweepPoints(*window.evaluatePage()->sweep(), project);
  restoreAudit(*window.evaluatePage()->audit(), loaded, missing);
  restoreControls(window.coercionPage(), "coercion", project);

  const QString model = text(project.value("predict.model"));
  const QString photo = text(project.value("predict.photo"));
  if (!model.isEmpty() && present(model, missing)) window.predictPage()->openModel(model);
  if (!photo.isEmpty() && present(photo, missing)) window.predictPage()->openPhoto(photo);
  window.showPage(text(project.value("window.page", "Scramble")));
  return missing;
}

}  // namespace led::ui
