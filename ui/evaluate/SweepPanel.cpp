#include "ui/evaluate/SweepPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/common/Background.h"
#include "core/shared/common/NumberList.h"
#include "ui/common/ResultTable.h"
#include "core/user/data/DatasetSource.h"
#include "ui/evaluate/JobBar.h"
#include "ui/evaluate/MeasurePlot.h"

namespace led::ui {

SweepPanel::SweepPanel(QWidget* parent)
    : QWidget(parent),
      dataset_(new QLineEdit("fashion-mnist", this)),
      scheme_(new QComboBox(this)),
      blocks_(new QLineEdit("2,4,7", this)),
      noises_(new QLineEdit("0,25,50", this)),
      epochs_(new QSpinBox(this)),
      trainImages_(new QSpinBox(this)),
      testImages_(new QSpinBox(this)),
      target_(new QDoubleSpinBox(this)),
      job_(new JobBar(tr("Run the sweep"), "Sweep", this)),
      pick_(new QLabel(this)),
      table_(makeResultTable(0, {tr("block"), tr("noise"), tr("accuracy"), tr("visual privacy"), tr("mis-usability")}, 220, this)),
      accuracy_(new MeasurePlot(tr("Accuracy"), tr("block size M"), tr("test accuracy (%)"), this)),
      privacy_(new MeasurePlot(tr("Visual privacy"), tr("block size M"), tr("1 − examiner accuracy"), this)),
      misuse_(new MeasurePlot(tr("Mis-usability"), tr("block size M"), tr("accuracy on plain images (%)"), this)) {
  // Named: projects keep these settings.
  dataset_->setObjectName("dataset");
  scheme_->setObjectName("scheme");
  blocks_->setObjectName("blocks");
  noises_->setObjectName("noises");
  epochs_->setObjectName("epochs");
  trainImages_->setObjectName("trainImages");
  testImages_->setObjectName("testImages");
  target_->setObjectName("target");
  for (led::SchemeId id : led::allSchemes()) scheme_->addItem(QString::fromStdString(led::schemeName(id)));
  scheme_->setCurrentText("rmt");
  connect(scheme_, &QComboBox::currentTextChanged, this, [this](const QString& name) {
    noises_->setEnabled(name == "rmt");
    if (name != "rmt") noises_->setText("0");
  });
  epochs_->setRange(1, 100);
  epochs_->setValue(2);
  trainImages_->setRange(100, 1000000);
  trainImages_->setSingleStep(1000);
  trainImages_->setValue(10000);
  testImages_->setRange(100, 1000000);
  testImages_->setSingleStep(500);
  testImages_->setValue(2000);
  target_->setRange(0, 1);
  target_->setSingleStep(0.05);
  target_->setValue(0.85);
  job_->progress(0, tr("Each setting trains one model; the plain examiner is trained first."));
  pick_->setWordWrap(true);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->setMinimumWidth(430);
  dataset_->setToolTip(tr("fashion-mnist[:FOLDER], cifar10:FOLDER or folder:FOLDER[@WxHxC]"));

  auto* form = new QFormLayout;
  form->addRow(tr("Dataset:"), dataset_);
  form->addRow(tr("Scheme:"), scheme_);
  form->addRow(tr("Block sizes:"), blocks_);
  form->addRow(tr("Noise levels (rmt):"), noises_);
  form->addRow(tr("Epochs per model:"), epochs_);
  form->addRow(tr("Training images:"), trainImages_);
  form->addRow(tr("Test images:"), testImages_);
  form->addRow(tr("Visual privacy target:"), target_);
  auto* left = new QVBoxLayout;
  left->addLayout(form);
  left->addWidget(job_);
  left->addWidget(pick_);
  left->addWidget(table_);
  left->addStretch(1);
  auto* plots = new QVBoxLayout;
  for (MeasurePlot* p : this->plots()) plots->addWidget(p, 1);
  auto* layout = new QHBoxLayout(this);
  layout->addLayout(left);
  layout->addLayout(plots, 1);

  connect(job_, &JobBar::runClicked, this, &SweepPanel::run);
  connect(job_, &JobBar::exportClicked, this, &SweepPanel::askExport);
  connect(target_, &QDoubleSpinBox::valueChanged, this, [this] { pick_->setText(recommendation()); });
}

void SweepPanel::configure(const QString& blocks, const QString& noises, int epochs, int trainImages, int testImages) {
  blocks_->setText(blocks);
  noises_->setText(noises);
  epochs_->setValue(epochs);
  trainImages_->setValue(trainImages);
  testImages_->setValue(testImages);
}

led::CalibrationPlan SweepPanel::plan() const {
  led::CalibrationPlan plan;
  plan.scheme = led::parseSchemeName(scheme_->currentText().toStdString());
  plan.blockSizes = led::parseWholeNumberList(blocks_->text().toStdString(), "Block sizes");
  plan.noises = led::parseNumberList(noises_->text().toStdString(), "Noise levels");
  plan.training.epochs = epochs_->value();
  plan.preparation.trainLimit = std::size_t(trainImages_->value());
  plan.preparation.testLimit = std::size_t(testImages_->value());
  return plan;
}

bool SweepPanel::running() const { return job_->running(); }

void SweepPanel::run() {
  if (job_->running()) return;
  led::CalibrationPlan plan;
  const QString error = failureOf([&] { plan = this->plan(); });
  if (!error.isEmpty()) return emit failed(error);
  points_.clear();
  examiner_.reset();
  table_->setRowCount(0);
  redraw();
  const auto cancel = job_->start(tr("Loading the dataset…"));
  const std::string source = dataset_->text().trimmed().toStdString();
  const QPointer<SweepPanel> self(this);  // the worker may outlive the panel; it never touches it directly
  runInBackground<led::CalibrationResult>(
      this,
      [self, cancel, plan, source] {
        const led::DatasetSplit data = led::loadDataset(source);
        led::OsRandom keys;
        led::CalibrationCallbacks callbacks;
        callbacks.progress = [self](const led::CalibrationProgress& p) {
          const double within =
              p.training.epochs ? (p.training.epoch - 1 + double(p.training.batch) / double(std::max<std::size_t>(1, p.training.batches))) /
                                      p.training.epochs
                                : 0;
          QMetaObject::invokeMethod(qApp, [self, p, within] {
            if (!self) return;
            self->job_->progress((p.step + within) / p.steps,
                                 p.step == 0 ? tr("Training the plain examiner (model 1 of %1)…").arg(p.steps)
                                             : tr("Training model %1 of %2 on ciphertexts…").arg(p.step + 1).arg(p.steps));
          });
        };
        callbacks.examinerDone = [self](double accuracy, std::size_t classes) {
          QMetaObject::invokeMethod(qApp, [self, accuracy, classes] {
            if (self) self->examiner_ = std::make_pair(accuracy, classes);
          });
        };
        callbacks.pointDone = [self](const led::CalibrationPoint& point) {
          QMetaObject::invokeMethod(qApp, [self, point] {
            if (self) self->addPoint(point);
          });
        };
        return led::calibrate(data, plan, keys, callbacks, *cancel);
      },
      [this](led::CalibrationResult result) {
        job_->stop(result.cancelled
                       ? tr("Cancelled after %1 settings.").arg(points_.size())
                       : tr("Done. The plain examiner scores %1 % on plain test images.").arg(100 * result.examinerAccuracy, 0, 'f', 2),
                   !points_.empty());
        emit finished(result.cancelled);
      },
      [this](const QString& sentence) {
        job_->stop(sentence, !points_.empty());
        emit failed(sentence);
        emit finished(false);
      });
}

void SweepPanel::cancel() { job_->cancel(); }

void SweepPanel::showPoints(const std::vector<led::CalibrationPoint>& points) {
  if (running()) return;
  points_.clear();
  examiner_.reset();  // a project keeps the points, not the examiner
  table_->setRowCount(0);
  for (const led::CalibrationPoint& p : points) addPoint(p);
  if (points.empty()) redraw();
}

void SweepPanel::addPoint(const led::CalibrationPoint& p) {
  points_.push_back(p);
  const int row = table_->rowCount();
  table_->setRowCount(row + 1);
  setResultRow(table_, row,
               {QString::number(p.params.blockSize), QString::number(p.params.noise), QString("%1 %").arg(100 * p.accuracy, 0, 'f', 2),
                QString::number(p.privacy.visualPrivacy, 'f', 4), QString("%1 %").arg(100 * p.privacy.misusability, 0, 'f', 2)});
  redraw();
}

void SweepPanel::redraw() {
  accuracy_->setSeries(led::calibrationCurves(points_, led::CalibrationMeasure::Accuracy));
  privacy_->setSeries(led::calibrationCurves(points_, led::CalibrationMeasure::VisualPrivacy));
  misuse_->setSeries(led::calibrationCurves(points_, led::CalibrationMeasure::Misusability));
  pick_->setText(recommendation());
}

QString SweepPanel::recommendation() const {
  if (points_.empty()) return {};
  if (examiner_ && !led::examinerIsInformative(examiner_->first, examiner_->second))
    return tr("No recommendation: the plain examiner scores only %1 % on plain images (chance: %2 %), so every setting looks private. "
              "It must reach %3 % to measure privacy: the run was too short; give it more epochs or images.")
        .arg(100 * examiner_->first, 0, 'f', 1)
        .arg(100.0 / double(std::max<std::size_t>(examiner_->second, 1)), 0, 'f', 1)
        .arg(100 * led::informativeExaminerAccuracy(examiner_->second), 0, 'f', 1);
  const auto pick = led::cheapestSettingFor(points_, target_->value());
  if (!pick) return tr("No setting so far reaches visual privacy %1.").arg(target_->value());
  return tr("Most accurate setting with visual privacy ≥ %1: M = %2, noise %3 (%4 % accuracy).")
      .arg(target_->value())
      .arg(pick->params.blockSize)
      .arg(pick->params.noise)
      .arg(100 * pick->accuracy, 0, 'f', 2);
}

void SweepPanel::askExport() {
  QMenu menu(this);
  menu.addAction(tr("Table as CSV…"), this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save table"), "sweep.csv", tr("CSV (*.csv)"));
    if (!path.isEmpty()) exportCsv(path);
  });
  menu.addAction(tr("Plots as PNG…"), this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the three plots"));
    if (!folder.isEmpty()) exportPlots(folder);
  });
  job_->showExportMenu(menu);
}

bool SweepPanel::exportCsv(const QString& path) {
  if (points_.empty()) return emit failed(tr("Run the sweep first.")), false;
  if (const QString error = saveTextFile(path, QString::fromStdString(led::calibrationCsv(points_))); !error.isEmpty())
    return emit failed(error), false;
  emit informed(tr("Table saved to %1").arg(path));
  return true;
}

bool SweepPanel::exportPlots(const QString& folder) {
  if (points_.empty()) return emit failed(tr("Run the sweep first.")), false;
  const QDir dir(folder);
  const char* names[] = {"accuracy.png", "visual-privacy.png", "misusability.png"};
  for (int i = 0; i < 3; ++i)
    if (!plots()[i]->savePng(dir.filePath(names[i]))) return emit failed(tr("Cannot write %1.").arg(dir.filePath(names[i]))), false;
  emit informed(tr("Plots saved in %1").arg(folder));
  return true;
}

}  // namespace led::ui
