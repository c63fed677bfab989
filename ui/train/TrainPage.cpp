#include "ui/train/TrainPage.h"

#include <algorithm>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <utility>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/common/Background.h"
#include "ui/common/Details.h"
#include "ui/common/LatencyProbe.h"
#include "ui/common/SchemeExplanation.h"
#include "core/user/schemes/SchemeRegistry.h"
#include "ui/common/TrainingEstimate.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/shared/modelfile/ModelInfo.h"
#include "ui/train/CurvePlot.h"
#include "ui/common/NamedControls.h"

namespace led::ui {
namespace {

enum DatasetKind { FashionMnist, Cifar10, ImageFolder };

// What each backbone is for, in a newcomer's words.
QString architectureAbout(const QString& name) {
  if (name == "baseline") return QObject::tr("A small network: minutes on a CPU, strong on Fashion-MNIST.");
  if (name == "block-cnn")
    return QObject::tr("Its first layer works block by block, so it learns block-scrambled images as well as plain ones.");
  if (name == "paper-cnn") return QObject::tr("The LED paper's 8-layer network: slower; for reproducing its tables.");
  return QObject::tr("ResNet-20 for CIFAR-10: minutes per epoch on a CPU, so the paper's 50 epochs take hours; practical on a GPU.");
}

// Training images a dataset choice holds, when it is known before loading.
double trainingImages(int kind) { return kind == FashionMnist ? 60000 : kind == Cifar10 ? 50000 : 0; }

QTableWidgetItem* cell(const QString& text) {
  auto* item = new QTableWidgetItem(text);
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return item;
}

}  // namespace

TrainPage::TrainPage(QWidget* parent)
    : Page("Train", parent),
      status_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      timeLeft_(new QLabel(this)),
      curves_(new CurvePlot(this)),
      table_(new QTableWidget(0, 6, this)),
      ensemble_(new QLabel(this)),
      details_(new Details(this)),
      probe_(new LatencyProbe(this)),
      worker_(new TrainWorker) {
  qRegisterMetaType<led::TrainProgress>();
  qRegisterMetaType<led::EpochMetrics>();
  qRegisterMetaType<led::ui::TrainRequest>();
  qRegisterMetaType<std::vector<double>>();
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(this, &TrainPage::runRequested, worker_, &TrainWorker::run);
  connect(worker_, &TrainWorker::stage, status_, &QLabel::setText);
  connect(worker_, &TrainWorker::modelStarted, this, [this](int index, int count, const QString& key) {
    modelIndex_ = index;
    modelCount_ = count;
    curves_->clear(epochs_->value());
    table_->setRowCount(0);
    shown_.clear();
    status_->setText(count > 1       ? tr("Model %1 of %2%3").arg(index).arg(count).arg(key.isEmpty() ? QString() : tr(", key %1").arg(key))
                     : key.isEmpty() ? tr("Training on plain images")
                                     : tr("Training with key %1").arg(key));
  });
  connect(worker_, &TrainWorker::progress, this, &TrainPage::onProgress);
  connect(worker_, &TrainWorker::epochFinished, this, &TrainPage::onEpoch);
  connect(worker_, &TrainWorker::finished, this, &TrainPage::onFinished);
  connect(worker_, &TrainWorker::failed, this, [this](const QString& sentence) {
    if (running_) setRunning(false);
    emit failed(sentence);
  });
  connect(worker_, &TrainWorker::saved, this, [this](const QStringList& files) {
    emit informed(tr("Saved %1.").arg(files.join(", ")));
    emit modelsSaved(files);
    if (!std::exchange(handingOver_, false)) return;
    handedOver_ = files.filter(".ledmodel").value(0);
    emit modelForPrediction(handedOver_);
  });
  thread_.start();

  table_->setHorizontalHeaderLabels({tr("epoch"), tr("train loss"), tr("train acc. %"), tr("test loss"), tr("test acc. %"), tr("seconds")});
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setObjectName("epochTable");
  status_->setObjectName("trainStatus");
  ensemble_->setObjectName("ensembleResult");
  ensemble_->setWordWrap(true);
  status_->setText(tr("Choose a dataset and a scheme, then press Start."));
  auto* bar = new QHBoxLayout;
  bar->addWidget(progress_, 1);
  bar->addWidget(timeLeft_);
  auto* results = new QWidget(this);
  auto* column = new QVBoxLayout(results);
  column->addWidget(status_);
  column->addLayout(bar);
  column->addWidget(curves_, 2);
  column->addWidget(table_, 1);
  column->addWidget(ensemble_);
  details_->setObjectName("trainDetails");
  column->addWidget(details_);

  auto* splitter = new QSplitter(this);
  splitter->addWidget(buildForm());
  splitter->addWidget(results);
  splitter->setStretchFactor(1, 1);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(splitter);
  setRunning(false);
}

TrainPage::~TrainPage() {
  worker_->cancel = true;
  thread_.quit();
  thread_.wait();
}

QWidget* TrainPage::buildForm() {
  auto* box = new QGroupBox(tr("Training"), this);
  dataset_ = new QComboBox(box);
  dataset_->setObjectName("dataset");
  dataset_->addItem(tr("Fashion-MNIST (installed)"), FashionMnist);
  dataset_->addItem(tr("CIFAR-10 (your cifar-10-batches-bin)"), Cifar10);
  dataset_->addItem(tr("Image folder (a sub-folder per class)"), ImageFolder);
  nameItems(dataset_, {"fashion-mnist", "cifar10", "folder"});
  datasetPath_ = new QLineEdit(box);
  datasetPath_->setObjectName("datasetFolder");
  datasetPath_->setPlaceholderText(tr("folder"));
  auto* browse = new QPushButton(tr("Browse…"), box);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Dataset folder"));
    if (!dir.isEmpty()) datasetPath_->setText(dir);
  });
  auto* pathRow = new QHBoxLayout;
  pathRow->addWidget(datasetPath_, 1);
  pathRow->addWidget(browse);
  connect(dataset_, &QComboBox::currentIndexChanged, this, [this, browse] {
    const bool needsFolder = dataset_->currentData().toInt() != FashionMnist;
    datasetPath_->setEnabled(needsFolder);
    browse->setEnabled(needsFolder);
  });
  datasetPath_->setEnabled(false);
  browse->setEnabled(false);

  scheme_ = new QComboBox(box);
  scheme_->setObjectName("trainScheme");
  scheme_->addItem(tr("plain (no encryption)"), -1);
  nameItems(scheme_, {"plain"});  // the schemes are named by their text
  scheme_->setItemData(0, tr("The model sees the images as they are: the baseline every scheme is compared with."), Qt::ToolTipRole);
  for (led::SchemeId id : led::allSchemes()) {
    scheme_->addItem(QString::fromStdString(led::schemeName(id)), int(id));
    scheme_->setItemData(scheme_->count() - 1, schemeExplanation(id), Qt::ToolTipRole);
  }
  schemeAbout_ = new QLabel(box);
  schemeAbout_->setWordWrap(true);
  schemeAbout_->setForegroundRole(QPalette::PlaceholderText);
  block_ = new QSpinBox(box);
  block_->setObjectName("trainBlockSize");
  block_->setRange(1, 16);
  block_->setValue(4);
  keyLabel_ = new QLabel(box);
  keyLabel_->setWordWrap(true);
  auto* loadKey = new QPushButton(tr("Load key…"), box);
  connect(loadKey, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load key"), QString(), tr("LED Studio keys (*.ledkey)"));
    if (!path.isEmpty()) loadKeyFile(path);
  });
  connect(scheme_, &QComboBox::currentIndexChanged, this, &TrainPage::schemeChosen);

  architecture_ = new QComboBox(box);
  architecture_->setObjectName("architecture");
  for (const std::string& a : led::architectures()) {
    architecture_->addItem(QString::fromStdString(a));
    architecture_->setItemData(architecture_->count() - 1, architectureAbout(QString::fromStdString(a)), Qt::ToolTipRole);
  }
  architectureAbout_ = new QLabel(box);
  architectureAbout_->setWordWrap(true);
  architectureAbout_->setForegroundRole(QPalette::PlaceholderText);
  epochs_ = new QSpinBox(box);
  epochs_->setRange(1, 500);
  epochs_->setValue(10);
  epochs_->setObjectName("epochs");
  batch_ = new QSpinBox(box);
  batch_->setRange(8, 4096);
  batch_->setValue(128);
  batch_->setObjectName("batchSize");
  learningRate_ = new QDoubleSpinBox(box);
  learningRate_->setObjectName("learningRate");
  learningRate_->setDecimals(4);
  learningRate_->setRange(0.0001, 1.0);
  learningRate_->setSingleStep(0.0005);
  learningRate_->setValue(0.002);
  weightDecay_ = new QDoubleSpinBox(box);
  weightDecay_->setObjectName("weightDecay");
  weightDecay_->setDecimals(5);
  weightDecay_->setRange(0, 0.1);
  weightDecay_->setSingleStep(0.0001);
  weightDecay_->setToolTip(
      tr("Adam's L2 penalty on the weights; 0.0005 with pixel noise 8 brings a single le model within half a point of plain."));
  pixelNoise_ = new QSpinBox(box);
  pixelNoise_->setObjectName("pixelNoise");
  pixelNoise_->setRange(0, 64);
  pixelNoise_->setToolTip(
      tr("Adds a random integer in [-n, n] to every pixel before encryption, so an le model cannot memorise the lower nibble."));
  models_ = new QSpinBox(box);
  models_->setRange(1, 20);
  models_->setObjectName("ensembleModels");
  models_->setToolTip(tr("An ensemble (LED section 3.4): this many models, each with its own key; their probabilities are summed."));
  const QString device = QString::fromStdString(led::trainingDevice({}));
  gpu_ = device.startsWith("cuda");
  device_ = new QLabel(gpu_ ? tr("A GPU was found: training runs on it (%1).").arg(device)
                            : tr("No GPU was found (LibTorch sees no CUDA device here): training runs on the CPU (%1).").arg(device),
                       box);
  device_->setObjectName("trainDevice");
  device_->setWordWrap(true);
  device_->setToolTip(tr("CUDA is used when LibTorch finds a GPU; otherwise every CPU core."));
  estimate_ = new QLabel(box);
  estimate_->setObjectName("trainEstimate");
  estimate_->setWordWrap(true);

  start_ = new QPushButton(tr("Start"), box);
  start_->setObjectName("startTraining");
  cancel_ = new QPushButton(tr("Cancel"), box);
  cancel_->setObjectName("cancelTraining");
  save_ = new QPushButton(tr("Save models…"), box);
  use_ = new QPushButton(tr("Use for Prediction"), box);
  use_->setObjectName("useForPrediction");
  use_->setToolTip(tr("Keeps the model with its key in LED Studio's folder and opens it on the Predict page."));
  connect(use_, &QPushButton::clicked, this, &TrainPage::useForPrediction);
  connect(start_, &QPushButton::clicked, this, &TrainPage::start);
  connect(cancel_, &QPushButton::clicked, this, &TrainPage::cancel);
  connect(save_, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save model"), "model.ledmodel", tr("LED Studio models (*.ledmodel)"));
    if (!path.isEmpty()) saveModels(path);
  });
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(start_);
  buttons->addWidget(cancel_);

  // The expert's settings, behind Advanced: what a newcomer needs is above it.
  auto* advanced = new QWidget(box);
  auto* expert = new QFormLayout(advanced);
  expert->setContentsMargins(0, 0, 0, 0);
  expert->addRow(tr("Block size"), block_);
  expert->addRow(tr("Key"), keyLabel_);
  expert->addRow(QString(), loadKey);
  expert->addRow(tr("Batch size"), batch_);
  expert->addRow(tr("Learning rate"), learningRate_);
  expert->addRow(tr("Weight decay"), weightDecay_);
  expert->addRow(tr("Pixel noise"), pixelNoise_);
  expert->addRow(tr("Ensemble models"), models_);
  auto* advancedToggle = new Details(box);
  advancedToggle->setTitle(tr("Advanced"));
  advancedToggle->setObjectName("advancedTraining");
  advancedToggle->addWidget(advanced);

  auto* form = new QFormLayout(box);
  form->setRowWrapPolicy(QFormLayout::WrapLongRows);
  form->addRow(tr("Dataset"), dataset_);
  form->addRow(QString(), pathRow);
  form->addRow(tr("Encryption"), scheme_);
  form->addRow(schemeAbout_);
  form->addRow(tr("Model"), architecture_);
  form->addRow(architectureAbout_);
  form->addRow(tr("Epochs"), epochs_);
  form->addRow(advancedToggle);
  form->addRow(device_);
  form->addRow(estimate_);
  form->addRow(buttons);
  auto* after = new QHBoxLayout;
  after->addWidget(use_);
  after->addWidget(save_);
  form->addRow(after);
  connect(dataset_, &QComboBox::currentIndexChanged, this, &TrainPage::updateEstimate);
  connect(architecture_, &QComboBox::currentIndexChanged, this, &TrainPage::updateEstimate);
  connect(epochs_, &QSpinBox::valueChanged, this, &TrainPage::updateEstimate);
  connect(models_, &QSpinBox::valueChanged, this, &TrainPage::updateEstimate);
  schemeChosen();
  updateEstimate();
  box->setMinimumWidth(320);
  return box;
}

// Said before Start: the images a run goes through (tests included) at this computer's speed for the
// architecture, as every page says it.
void TrainPage::updateEstimate() {
  const int kind = dataset_->currentData().toInt();
  const double perEpoch = trainLimit_ > 0 ? epochWork(double(trainLimit_), true) : epochWork(trainingImages(kind), false);
  const QString architecture = architecture_->currentText();
  architectureAbout_->setText(architectureAbout(architecture));
  if (perEpoch == 0)
    return estimate_->setText(tr("Time: depends on the folder's size; the progress bar says how long is left once it starts."));
  TimeRange range = estimateTime(architecture, perEpoch * epochs_->value() * models_->value());
  if (gpu_) range = {range.low / 10, range.high / 10, false};
  estimate_->setText(tr("Estimated time: %1.").arg(estimateSentence(range)));
}

void TrainPage::schemeChosen() {
  const int id = scheme_->currentData().toInt();
  schemeAbout_->setText(scheme_->itemData(scheme_->currentIndex(), Qt::ToolTipRole).toString());
  block_->setEnabled(id >= 0 && led::SchemeId(id) != led::SchemeId::Pe);
  if (id >= 0) block_->setValue(led::SchemeParams::defaults(led::SchemeId(id)).blockSize);
  if (key_ && (id < 0 || int(key_->scheme()) != id)) key_.reset();
  keyLabel_->setText(id < 0 ? tr("none: plain images")
                     : key_ ? tr("%1 (loaded)").arg(QString::fromStdString(key_->shortFingerprint()))
                            : tr("a new key from the OS generator for each model, saved with it"));
}

void TrainPage::loadKeyFile(const QString& path) {
  runInBackground<led::Key>(
      this, [path] { return led::readKeyFile(path.toStdString()); },
      [this](led::Key key) {
        const led::SchemeParams params = key.spec().params;
        scheme_->setCurrentIndex(scheme_->findData(int(params.scheme)));
        block_->setValue(params.blockSize);
        key_ = std::move(key);
        schemeChosen();
      },
      [this](const QString& error) { emit failed(error); });
}

void TrainPage::setDatasetSource(const QString& source) {
  const QString kind = source.section(':', 0, 0), where = source.section(':', 1);
  dataset_->setCurrentIndex(kind == "cifar10" ? 1 : kind == "folder" ? 2 : 0);
  datasetPath_->setText(where);
}

bool TrainPage::setScheme(const QString& name) {
  const int index = name == "plain" ? 0 : scheme_->findText(name);
  if (index < 0) return false;
  scheme_->setCurrentIndex(index);
  return true;
}

void TrainPage::setEpochs(int epochs) { epochs_->setValue(epochs); }

TrainRequest TrainPage::request() const {
  TrainRequest r;
  const int kind = dataset_->currentData().toInt();
  const QString path = datasetPath_->text();
  r.dataset = kind == FashionMnist ? (path.isEmpty() ? QString("fashion-mnist") : "fashion-mnist:" + path)
              : kind == Cifar10    ? "cifar10:" + path
                                   : "folder:" + path;
  const int id = scheme_->currentData().toInt();
  if (id >= 0) {
    led::SchemeParams p = key_ && int(key_->scheme()) == id ? key_->spec().params : led::SchemeParams::defaults(led::SchemeId(id));
    p.blockSize = block_->value();
    r.plan.scheme = p;
    r.key = key_;
  }
  led::TrainConfig& config = r.plan.training;
  config.architecture = architecture_->currentText().toStdString();
  config.epochs = epochs_->value();
  config.batchSize = batch_->value();
  config.learningRate = learningRate_->value();
  config.weightDecay = weightDecay_->value();
  r.plan.preparation.pixelNoise = pixelNoise_->value();
  r.plan.models = models_->value();
  r.plan.preparation.trainLimit = trainLimit_;
  r.plan.preparation.testLimit = trainLimit_ / kQuickModelTestDivisor;
  return r;
}

void TrainPage::start() {
  if (running_) return;
  const TrainRequest r = request();
  if (r.dataset.endsWith(':')) return emit failed(tr("Choose the dataset's folder first."));
  table_->setRowCount(0);
  shown_.clear();
  ensemble_->clear();
  trainedName_ = QString("%1-%2").arg(QString::fromStdString(r.plan.training.architecture),
                                      r.plan.scheme ? QString::fromStdString(led::schemeName(r.plan.scheme->scheme)) : QString("plain"));
  handedOver_.clear();
  curves_->clear(r.plan.training.epochs);
  progress_->setValue(0);
  setRunning(true);
  probe_->start();
  emit runRequested(r);
}

void TrainPage::cancel() {
  if (!running_) return;
  worker_->cancel = true;
  status_->setText(tr("Cancelling… (within one batch)"));
}

// Images a second over the run's epochs, so that the next estimate is this computer's.
void TrainPage::recordSpeed() {
  double seconds = 0;
  for (const led::EpochMetrics& m : shown_) seconds += m.seconds;
  const double images = epochWork(double(batchesPerEpoch_) * batch_->value(), trainLimit_ > 0) * double(shown_.size());
  if (!gpu_) led::ui::recordSpeed(architecture_->currentText(), images, seconds);
}

// The file is named after the model that was trained (the form may have changed since) and written once
// a run: pressing again hands over the same file.
void TrainPage::useForPrediction() {
  if (!handedOver_.isEmpty() && QFileInfo::exists(handedOver_)) return emit modelForPrediction(handedOver_);
  if (handingOver_) return;  // the file is being written
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/models";
  QDir().mkpath(folder);
  handingOver_ = true;
  saveModels(QString("%1/%2-%3.ledmodel").arg(folder, trainedName_, QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss")));
}

void TrainPage::trainQuickModel() {
  if (running_) return;
  dataset_->setCurrentIndex(dataset_->findData(FashionMnist));
  datasetPath_->clear();
  setScheme("le");
  architecture_->setCurrentText("baseline");
  epochs_->setValue(kQuickModelEpochs);
  models_->setValue(1);
  trainLimit_ = kQuickModelImages;
  handOverWhenDone_ = true;
  updateEstimate();
  start();
}

void TrainPage::saveModels(const QString& path) {
  QMetaObject::invokeMethod(
      worker_, [worker = worker_, path] { worker->save(path); }, Qt::QueuedConnection);
}

double TrainPage::worstStallMs() const { return probe_->worstMs(); }

void TrainPage::setRunning(bool running) {
  running_ = running;
  start_->setEnabled(!running);
  cancel_->setEnabled(running);
  save_->setEnabled(!running && table_->rowCount() > 0);
  use_->setEnabled(!running && table_->rowCount() > 0);
  for (QWidget* w : std::initializer_list<QWidget*>{dataset_, datasetPath_, scheme_, block_, architecture_, epochs_, batch_, learningRate_,
                                                    weightDecay_, pixelNoise_, models_})
    w->setEnabled(!running);
  if (!running) {
    probe_->stop();
    schemeChosen();
    datasetPath_->setEnabled(dataset_->currentData().toInt() != FashionMnist);
    emit jobEnded(this);
  } else {
    emit jobProgress(this, tr("Training"), 0);
  }
}

void TrainPage::onProgress(const led::TrainProgress& p) {
  batchesPerEpoch_ = p.batches;
  const double done = (p.epoch - 1 + double(p.batch) / double(p.batches)) / p.epochs;
  progress_->setValue(int(1000 * (modelIndex_ - 1 + done) / modelCount_));
  progress_->setMaximum(1000);
  emit jobProgress(this, tr("Training: %1").arg(status_->text()), (modelIndex_ - 1 + done) / modelCount_);
  timeLeft_->setText(timeLeftText(p.secondsLeft));
  curves_->addRunning(p.epoch - 1 + double(p.batch) / double(p.batches), p.loss, p.accuracy);
}

TrainPage::Results TrainPage::results() const { return {shown_, ensemble_->text()}; }

void TrainPage::showResults(const Results& results) {
  if (running_) return;
  int last = 1;
  for (const led::EpochMetrics& m : results.epochs) last = std::max(last, m.epoch);
  curves_->clear(last);
  table_->setRowCount(0);
  shown_.clear();
  for (const led::EpochMetrics& m : results.epochs) onEpoch(m);
  ensemble_->setText(results.ensemble);
  save_->setEnabled(false);  // the models of that run are not in memory
  use_->setEnabled(false);
}

void TrainPage::onEpoch(const led::EpochMetrics& m) {
  shown_.push_back(m);
  curves_->addEpoch(m.epoch, m.trainLoss, m.trainAccuracy, m.testLoss, m.testAccuracy);
  const int row = table_->rowCount();
  table_->insertRow(row);
  table_->setItem(row, 0, cell(QString::number(m.epoch)));
  table_->setItem(row, 1, cell(QString::number(m.trainLoss, 'f', 4)));
  table_->setItem(row, 2, cell(QString::number(100 * m.trainAccuracy, 'f', 2)));
  table_->setItem(row, 3, cell(QString::number(m.testLoss, 'f', 4)));
  table_->setItem(row, 4, cell(QString::number(100 * m.testAccuracy, 'f', 2)));
  table_->setItem(row, 5, cell(QString::number(m.seconds, 'f', 1)));
  table_->scrollToBottom();
}

void TrainPage::onFinished(bool cancelled, const std::vector<double>& ensemble) {
  setRunning(false);
  if (cancelled) {
    status_->setText(tr("Cancelled."));
  } else {
    progress_->setValue(progress_->maximum());
    timeLeft_->clear();
    status_->setText(tr("Done. Save the model, or use it for a prediction on the Predict page."));
    details_->setText(tr("The GUI thread's longest stall during the run: %1 ms.").arg(worstStallMs(), 0, 'f', 1));
    recordSpeed();
    if (std::exchange(handOverWhenDone_, false)) useForPrediction();
    if (!ensemble.empty()) {
      QStringList parts;
      for (std::size_t n = 0; n < ensemble.size(); ++n) parts << QString("%1: %2 %").arg(n + 1).arg(100 * ensemble[n], 0, 'f', 2);
      ensemble_->setText(tr("Ensemble test accuracy by number of models (summed probabilities): %1").arg(parts.join(", ")));
    }
  }
  save_->setEnabled(!cancelled);
  use_->setEnabled(!cancelled);
  if (cancelled) handOverWhenDone_ = false;
  trainLimit_ = 0;
  updateEstimate();
  emit runFinished(cancelled);
}

namespace {

// One entry per epoch shown ("epoch trainLoss trainAccuracy testLoss testAccuracy seconds", numbers exact)
// and the ensemble line.
constexpr int kMaxEpochEntries = 500;  // a project holds at most 1024 entries

}  // namespace

void TrainPage::capture(ProjectDraft& draft) const {
  Page::capture(draft);
  const Results kept = results();
  for (std::size_t i = 0; i < kept.epochs.size() && i < kMaxEpochEntries; ++i) {
    const led::EpochMetrics& m = kept.epochs[i];
    draft.project.set(entry("result.epoch." + QString::number(i)), QString("%1 %2 %3 %4 %5 %6")
                                                                       .arg(m.epoch)
                                                                       .arg(m.trainLoss, 0, 'g', 17)
                                                                       .arg(m.trainAccuracy, 0, 'g', 17)
                                                                       .arg(m.testLoss, 0, 'g', 17)
                                                                       .arg(m.testAccuracy, 0, 'g', 17)
                                                                       .arg(m.seconds, 0, 'g', 17)
                                                                       .toStdString());
  }
  if (!kept.ensemble.isEmpty()) draft.project.set(entry("result.ensemble"), kept.ensemble.left(4096).toStdString());
}

// Entries that do not read as an epoch end the list: a damaged or foreign project shows what it can.
QStringList TrainPage::restore(const led::Project& project, const std::any& loaded) {
  Page::restore(project, loaded);
  Results kept;
  for (int i = 0; i < kMaxEpochEntries; ++i) {
    const QStringList f = QString::fromStdString(project.value(entry("result.epoch." + QString::number(i)))).split(' ');
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
    kept.epochs.push_back(m);
  }
  kept.ensemble = QString::fromStdString(project.value(entry("result.ensemble")));
  if (!kept.epochs.empty() || !kept.ensemble.isEmpty()) showResults(kept);
  return {};
}

void TrainPage::cancelJob(QObject*) { cancel(); }

QString TrainPage::title() const { return tr("Train"); }

QString TrainPage::icon() const { return ":/icons/train.svg"; }

}  // namespace led::ui
