#include "ui/predict/PredictPage.h"

#include <qcustomplot.h>

#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <utility>

#include "ui/common/Emphasis.h"
#include "ui/common/Details.h"
#include "ui/common/PlotTheme.h"
#include "core/user/models/Prediction.h"
#include "core/user/models/Familiarity.h"
#include "ui/common/TrainingEstimate.h"
#include "ui/predict/PredictWorker.h"
#include "ui/shell/Settings.h"

namespace led::ui {

namespace {

QLabel* picture(QWidget* parent, int side) {
  auto* label = new QLabel(parent);
  label->setFixedSize(side, side);
  label->setAlignment(Qt::AlignCenter);
  label->setFrameShape(QFrame::StyledPanel);
  return label;
}

void showImage(QLabel* label, const QImage& image) {
  // Small model inputs are enlarged without smoothing, so the blocks stay visible.
  const bool small = image.width() < label->width() / 2;
  label->setPixmap(
      QPixmap::fromImage(image.scaled(label->size(), Qt::KeepAspectRatio, small ? Qt::FastTransformation : Qt::SmoothTransformation)));
}

}  // namespace

PredictPage::PredictPage(QWidget* parent)
    : Page("Predict", parent),
      photo_(picture(this, 220)),
      modelInfo_(new QLabel(this)),
      keyInfo_(new QLabel(this)),
      quick_(new QPushButton(tr("Train a Quick Model"), this)),
      details_(new Details(this)),
      answer_(new QLabel(this)),
      warning_(new QLabel(this)),
      input_(picture(this, 140)),
      seen_(picture(this, 140)),
      bars_(new QCustomPlot(this)),
      worker_(new PredictWorker) {
  setAcceptDrops(true);
  qRegisterMetaType<std::vector<float>>();
  qRegisterMetaType<led::Caution>();
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(this, &PredictPage::requestModel, worker_, &PredictWorker::loadModel);
  connect(this, &PredictPage::requestKey, worker_, &PredictWorker::loadKey);
  connect(this, &PredictPage::requestPrediction, worker_, &PredictWorker::predict);
  connect(worker_, &PredictWorker::modelLoaded, this,
          [this](const QString& description, const QString& dataset, const QStringList& classes, const QString& key, bool ready) {
            --pending_;
            Settings::setLastModel(modelPath_);
            dataset_ = dataset;
            modelInfo_->setText(tr("This model knows %1 kinds of image, from %2: %3. Whatever a photo shows, it answers with one of them.")
                                    .arg(classes.size())
                                    .arg(dataset, classes.join(", ")));
            details_->setText(tr("Model: %1\nFile: %2").arg(description, modelPath_));
            keyInfo_->setText(tr("Key: %1").arg(key));
            quick_->hide();
            classes_ = classes;
            modelReady_ = ready;
            predictIfReady();
          });
  connect(worker_, &PredictWorker::predicted, this, &PredictPage::showPrediction);
  connect(worker_, &PredictWorker::failed, this, [this](const QString& sentence) {
    --pending_;
    emit failed(sentence);
  });
  thread_.start();

  photo_->setText(tr("Drop a photo here"));
  modelInfo_->setObjectName("modelInfo");
  modelInfo_->setText(tr("No model yet. Train a quick one here (Fashion-MNIST clothes, encrypted with le; %1), "
                         "or open a model that a Train run saved.")
                          .arg(quickModelEstimate()));
  modelInfo_->setWordWrap(true);
  quick_->setObjectName("quickModel");
  quick_->setToolTip(tr("Trains a small model on Fashion-MNIST (installed with LED Studio) on the Train page, then brings it here."));
  connect(quick_, &QPushButton::clicked, this, &PredictPage::quickModelRequested);
  warning_->setObjectName("predictWarning");
  warning_->setWordWrap(true);
  emphasise(warning_);
  warning_->hide();
  keyInfo_->setWordWrap(true);
  answer_->setObjectName("predictAnswer");
  emphasise(answer_, 1.8);

  auto* openPhoto = new QPushButton(tr("Open photo…"), this);
  connect(openPhoto, &QPushButton::clicked, this, [this] {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open photo"), QString(), tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)"));
    if (!path.isEmpty()) this->openPhoto(path);
  });
  auto* openModel = new QPushButton(tr("Open model…"), this);
  connect(openModel, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open model"), QString(), tr("LED Studio models (*.ledmodel)"));
    if (!path.isEmpty()) this->openModel(path);
  });
  auto* openKey = new QPushButton(tr("Load key…"), this);
  connect(openKey, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load key"), QString(), tr("LED Studio keys (*.ledkey)"));
    if (!path.isEmpty()) this->openKey(path);
  });

  auto* photoBox = new QGroupBox(tr("1. Your photo"), this);
  auto* photoLayout = new QVBoxLayout(photoBox);
  photoLayout->addWidget(photo_);
  photoLayout->addWidget(openPhoto);
  auto* modelBox = new QGroupBox(tr("2. A trained model"), this);
  auto* modelLayout = new QVBoxLayout(modelBox);
  modelLayout->addWidget(modelInfo_);
  modelLayout->addWidget(quick_, 0, Qt::AlignLeft);
  modelLayout->addWidget(keyInfo_);
  modelLayout->addWidget(details_);
  auto* modelButtons = new QHBoxLayout;
  modelButtons->addWidget(openModel);
  modelButtons->addWidget(openKey);
  modelLayout->addLayout(modelButtons);
  modelLayout->addStretch(1);
  auto* top = new QHBoxLayout;
  top->addWidget(photoBox);
  top->addWidget(modelBox, 1);

  bars_->setMinimumHeight(220);
  bars_->yAxis->setRange(0, 100);
  bars_->yAxis->setLabel(tr("probability (%)"));
  followPalette(bars_);
  auto* pictures = new QHBoxLayout;
  auto* inputColumn = new QVBoxLayout;
  inputColumn->addWidget(new QLabel(tr("Your photo at the model's size (its centre: cut, not stretched)"), this));
  inputColumn->addWidget(input_);
  inputColumn->addStretch(1);  // each picture right under its caption, however tall the plot beside them
  auto* seenColumn = new QVBoxLayout;
  seenColumn->addWidget(new QLabel(tr("What the model saw (encrypted here)"), this));
  seenColumn->addWidget(seen_);
  seenColumn->addStretch(1);
  pictures->addLayout(inputColumn);
  pictures->addLayout(seenColumn);
  pictures->addWidget(bars_, 1);
  auto* resultBox = new QGroupBox(tr("3. The answer"), this);
  auto* resultLayout = new QVBoxLayout(resultBox);
  resultLayout->addWidget(answer_);
  resultLayout->addWidget(warning_);
  auto* rule =
      new QLabel(tr("A warning appears when the photo is less familiar to the model than %1 % of the images it was tested on, when its "
                    "top answer is below %2 % sure, or when a colour photo meets a model of gray images: then the answer says little about "
                    "the photo.")
                     .arg(100 * led::kFamiliarPassShare, 0, 'f', 0)
                     .arg(100 * led::kSureProbability, 0, 'f', 0),
                 this);
  rule->setWordWrap(true);
  resultLayout->addWidget(rule);
  resultLayout->addLayout(pictures, 1);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(resultBox, 1);
}

PredictPage::~PredictPage() {
  thread_.quit();
  thread_.wait();
}

QString PredictPage::answer() const { return answer_->text(); }

QString PredictPage::warning() const { return warning_->isHidden() ? QString() : warning_->text(); }

QString PredictPage::modelText() const { return modelInfo_->text(); }

// As the Train page and the tour say it (TrainingEstimate.h).
QString PredictPage::quickModelEstimate() { return rangeText(estimateTime("baseline", quickModelWork())); }

void PredictPage::openPhoto(const QString& path) {
  photoPath_ = path;
  const QImage image(path);
  if (image.isNull())
    photo_->setText(QFileInfo(path).fileName());
  else
    showImage(photo_, image);
  predictIfReady();
}

// The model used last comes back the first time the page is shown, so that a person who predicts
// again only drops a photo. Not before: no model is loaded until it is needed.
void PredictPage::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (std::exchange(shownBefore_, true) || !modelPath_.isEmpty()) return;
  const QString last = Settings::lastModel();
  if (!last.isEmpty() && QFileInfo(last).isFile()) openModel(last);
}

void PredictPage::openModel(const QString& path) {
  modelPath_ = path;
  modelReady_ = false;
  ++pending_;
  const QString keys = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/keys";
  emit requestModel(path, {keys});
}

void PredictPage::openKey(const QString& path) {
  ++pending_;
  emit requestKey(path);
}

void PredictPage::predictIfReady() {
  if (!modelReady_ || photoPath_.isEmpty()) return;
  ++pending_;
  emit requestPrediction(photoPath_);
}

// A photo the model finds unfamiliar gets that said first, and its nearest class below it: a model
// answers one of its classes for anything, often confidently.
void PredictPage::showPrediction(const QImage& input, const QImage& seen, const std::vector<float>& probabilities,
                                 const led::Caution& caution) {
  --pending_;
  showImage(input_, input);
  showImage(seen_, seen);
  const auto best = std::max_element(probabilities.begin(), probabilities.end());
  const int top = int(best - probabilities.begin());
  const QString label = top < classes_.size() ? classes_[top] : QString::number(top);
  const QString labelled = tr("%1 — %2 %").arg(label).arg(100.0 * *best, 0, 'f', 1);
  answer_->setText(caution.unfamiliar ? tr("This photo does not look like anything the model learned.") : labelled);
  QStringList doubts;
  if (caution.unfamiliar)
    doubts << tr("Its nearest class is %1, but the photo is less familiar to the model than %2 % of the images it was tested on.")
                  .arg(labelled)
                  .arg(100 * led::kFamiliarPassShare, 0, 'f', 0);
  if (caution.unsure && !caution.unfamiliar)
    doubts << tr("The model is unsure: its best answer is below %1 %.").arg(100 * led::kSureProbability, 0, 'f', 0);
  if (caution.colourDropped)
    doubts << tr("Your photo is in colour, but this model learned from gray images: its colours were thrown away.");
  if (!doubts.isEmpty())
    doubts << tr("The photo may show something this model never learned (it knows only the %1 classes of %2), so do not trust this answer.")
                  .arg(classes_.size())
                  .arg(dataset_);
  warning_->setText(doubts.isEmpty() ? QString() : "⚠ " + doubts.join(' '));
  warning_->setVisible(!doubts.isEmpty());

  bars_->clearPlottables();
  auto* bars = new QCPBars(bars_->xAxis, bars_->yAxis);
  QVector<double> x, y;
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  for (int i = 0; i < int(probabilities.size()); ++i) {
    x << i;
    y << 100.0 * probabilities[std::size_t(i)];
    ticker->addTick(i, i < classes_.size() ? classes_[i] : QString::number(i));
  }
  bars->setData(x, y);
  bars->setBrush(QColor(59, 110, 165));
  bars_->xAxis->setTicker(ticker);
  bars_->xAxis->setTickLabelRotation(40);
  bars_->xAxis->setRange(-0.7, probabilities.size() - 0.3);
  bars_->replot(QCustomPlot::rpQueuedReplot);
  emit answered(label);
  emit succeeded();
}

void PredictPage::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile()) event->acceptProposedAction();
}

void PredictPage::dropEvent(QDropEvent* event) {
  const QString path = event->mimeData()->urls().first().toLocalFile();
  if (path.endsWith(".ledmodel"))
    openModel(path);
  else if (path.endsWith(".ledkey"))
    openKey(path);
  else
    openPhoto(path);
  event->acceptProposedAction();
}

void PredictPage::capture(ProjectDraft& draft) const {
  draft.project.set(entry("photo"), photoPath_.toStdString());
  draft.project.set(entry("model"), modelPath_.toStdString());
}

QStringList PredictPage::restore(const led::Project& project, const std::any&) {
  QStringList problems;
  const QString model = QString::fromStdString(project.value(entry("model")));
  const QString photo = QString::fromStdString(project.value(entry("photo")));
  if (!model.isEmpty() && stillThere(model, problems)) openModel(model);
  if (!photo.isEmpty() && stillThere(photo, problems)) openPhoto(photo);
  return problems;
}

QString PredictPage::title() const { return tr("Predict"); }

QString PredictPage::icon() const { return ":/icons/predict.svg"; }

}  // namespace led::ui
