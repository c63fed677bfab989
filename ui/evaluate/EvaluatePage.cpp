#include "ui/evaluate/EvaluatePage.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/common/Failure.h"
#include "ui/evaluate/AuditPanel.h"
#include "ui/evaluate/JobBar.h"
#include "ui/evaluate/SweepPanel.h"
#include "core/user/project/AuditFolder.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led::ui {

EvaluatePage::EvaluatePage(QWidget* parent)
    : Page("Evaluate", parent), tabs_(new QTabWidget(this)), audit_(new AuditPanel(this)), sweep_(new SweepPanel(this)) {
  auto* intro = new QLabel(tr("<h2>Evaluate — privacy and attacks</h2>How private is a scheme, really? The audit measures what a "
                              "ciphertext keeps and runs every attack that applies; the sweep trains models to trade accuracy against "
                              "visual privacy and mis-usability. The same work from the shell: <code>led report</code>, "
                              "<code>led evaluate sweep</code>."),
                           this);
  intro->setWordWrap(true);
  tabs_->addTab(audit_, tr("Scheme audit"));
  tabs_->addTab(sweep_, tr("Calibration sweep"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addWidget(tabs_, 1);
  connect(audit_, &AuditPanel::failed, this, &EvaluatePage::failed);
  connect(audit_, &AuditPanel::informed, this, &EvaluatePage::informed);
  connect(sweep_, &SweepPanel::failed, this, &EvaluatePage::failed);
  connect(sweep_, &SweepPanel::informed, this, &EvaluatePage::informed);
  for (JobBar* bar : findChildren<JobBar*>()) {
    connect(bar, &JobBar::jobProgress, this,
            [this, bar](const QString& status, double fraction) { emit jobProgress(bar, status, fraction); });
    connect(bar, &JobBar::jobEnded, this, [this, bar] { emit jobEnded(bar); });
  }
}

void EvaluatePage::showSweep() { tabs_->setCurrentWidget(sweep_); }

namespace {

// One entry per sweep point ("scheme block noise accuracy examinerAccuracy visualPrivacy misusability",
// numbers exact).
constexpr int kMaxSweepPoints = 200;

std::string pointText(const led::CalibrationPoint& p) {
  return QString("%1 %2 %3 %4 %5 %6 %7")
      .arg(QString::fromStdString(led::schemeName(p.params.scheme)))
      .arg(p.params.blockSize)
      .arg(p.params.noise, 0, 'g', 17)
      .arg(p.accuracy, 0, 'g', 17)
      .arg(p.privacy.examinerAccuracy, 0, 'g', 17)
      .arg(p.privacy.visualPrivacy, 0, 'g', 17)
      .arg(p.privacy.misusability, 0, 'g', 17)
      .toStdString();
}

// An entry that does not read as a point ends the list, as the Train page's epochs do.
std::optional<led::CalibrationPoint> pointFrom(const std::string& text) {
  const QStringList f = QString::fromStdString(text).split(' ');
  if (f.size() != 7) return std::nullopt;
  led::CalibrationPoint p;
  bool ok[6];
  const QString error = failureOf([&] { p.params = led::SchemeParams::defaults(led::parseSchemeName(f[0].toStdString())); });
  p.params.blockSize = f[1].toInt(&ok[0]);
  p.params.noise = f[2].toDouble(&ok[1]);
  p.accuracy = f[3].toDouble(&ok[2]);
  p.privacy.examinerAccuracy = f[4].toDouble(&ok[3]);
  p.privacy.visualPrivacy = f[5].toDouble(&ok[4]);
  p.privacy.misusability = f[6].toDouble(&ok[5]);
  if (!error.isEmpty() || !std::all_of(ok, ok + 6, [](bool b) { return b; }) || p.params.blockSize < 1 || p.params.blockSize > 64)
    return std::nullopt;
  return p;
}

struct LoadedAudit {
  std::optional<led::KeptAudit> audit;
  QString problem;
};

}  // namespace

void EvaluatePage::capture(ProjectDraft& draft) const {
  led::Project& p = draft.project;
  captureControls(sweep_, "evaluate.sweep", p);
  const std::vector<led::CalibrationPoint>& points = sweep_->points();
  for (std::size_t i = 0; i < points.size() && i < kMaxSweepPoints; ++i)
    p.set(entry("sweep.point." + QString::number(i)), pointText(points[i]));
  captureControls(audit_, "evaluate.audit", p);
  p.set(entry("audit.picture"), audit_->pictureSource().toStdString());
  QString folder;
  if (std::optional<led::KeptAudit> kept = audit_->kept()) {
    folder = draft.beside("-audit");
    draft.writers.push_back([kept = std::move(*kept), path = folder.toStdString()] { led::writeAuditFolder(path, kept); });
    draft.notes << tr("The Evaluate page's audit was saved in %1.").arg(folder);
  }
  p.set(entry("audit.folder"), folder.toStdString());
}

std::function<std::any()> EvaluatePage::loader(const led::Project& project) const {
  const std::string folder = project.value(entry("audit.folder"));
  if (folder.empty()) return {};
  return [folder]() -> std::any {
    LoadedAudit loaded;
    loaded.problem = failureOf([&] { loaded.audit = led::readAuditFolder(folder); });
    return loaded;
  };
}

QStringList EvaluatePage::restore(const led::Project& project, const std::any& loaded) {
  QStringList problems;
  restoreControls(sweep_, "evaluate.sweep", project);
  std::vector<led::CalibrationPoint> points;
  for (int i = 0; i < kMaxSweepPoints; ++i) {
    const std::optional<led::CalibrationPoint> point = pointFrom(project.value(entry("sweep.point." + QString::number(i))));
    if (!point) break;
    points.push_back(*point);
  }
  sweep_->showPoints(points);
  // The audit's settings and picture, then the audit kept (which shows its own scheme in the controls).
  restoreControls(audit_, "evaluate.audit", project);
  const QString picture = QString::fromStdString(project.value(entry("audit.picture")));
  if (isSampleSource(picture))
    audit_->useSample(picture.mid(7));
  else if (!picture.isEmpty() && stillThere(picture, problems))
    audit_->usePhoto(picture);
  const auto* audit = std::any_cast<LoadedAudit>(&loaded);
  audit_->showKept(audit ? audit->audit : std::nullopt);
  if (audit && !audit->problem.isEmpty()) problems << tr("The audit was not restored: %1").arg(audit->problem);
  return problems;
}

void EvaluatePage::cancelJob(QObject* job) {
  if (auto* bar = qobject_cast<JobBar*>(job)) bar->cancel();
}

QString EvaluatePage::title() const { return tr("Evaluate"); }

QString EvaluatePage::icon() const { return ":/icons/evaluate.svg"; }

}  // namespace led::ui
