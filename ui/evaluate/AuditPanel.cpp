#include "ui/evaluate/AuditPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <cstring>

#include "ui/common/Background.h"
#include "ui/common/CorePhrase.h"
#include "ui/common/ImageConvert.h"
#include "ui/common/ImageTile.h"
#include "ui/common/ResultTable.h"
#include "ui/common/Samples.h"
#include "ui/evaluate/JobBar.h"
#include "ui/evaluate/MeasurePlot.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/imageio/Resize.h"
#include "core/user/report/AuditReport.h"
#include "core/user/report/AuditTable.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/restoration/LearnedAudit.h"
#include "core/user/schemes/SchemeRegistry.h"
#include "ui/scramble/SchemeControls.h"

namespace led::ui {
namespace {

constexpr int kAttacks = 6;       // chosen plaintext, jigsaw, regression, FR, then ITN and GAN when asked for
constexpr int kFirstLearned = 4;  // ITN and GAN come after the attacks that need no training
constexpr int kTileSide = 120;    // five tiles a row fit beside the controls at 1280 pixels

QString decibels(double db) { return std::isinf(db) ? QObject::tr("∞ (identical)") : QString("%1 dB").arg(db, 0, 'f', 2); }

}  // namespace

AuditPanel::AuditPanel(QWidget* parent)
    : QWidget(parent),
      image_(new QComboBox(this)),
      size_(new QComboBox(this)),
      learned_(new QCheckBox(tr("Also train the learned attacks (ITN, GAN)"), this)),
      learnedData_(new QComboBox(this)),
      scheme_(new SchemeControls(this)),
      job_(new JobBar(tr("Run the audit"), "Audit", this)),
      measures_(makeResultTable(3, {tr("measure"), tr("value")}, 110, this)),
      attacks_(makeResultTable(kAttacks, {tr("attack"), tr("outcome"), tr("details")}, 130, this)),
      plain_(new ImageTile(tr("plain image"), kTileSide, this)),
      ciphertext_(new ImageTile(tr("ciphertext"), kTileSide, this)),
      wrongKey_(new ImageTile(tr("decrypted with a wrong key"), kTileSide, this)),
      jpeg_(new MeasurePlot(tr("JPEG rate-distortion"), tr("bits per pixel"), tr("PSNR (dB)"), this)),
      stale_(new QLabel(this)) {
  image_->addItem(tr("dog (sample)"), "dog");
  image_->addItem(tr("cat (sample)"), "cat");
  image_->addItem(tr("Your photo…"), "open");
  for (int side : {64, 128, 256}) size_->addItem(QString("%1 × %1").arg(side), side);
  size_->setObjectName("size");
  size_->setCurrentIndex(1);
  connect(image_, &QComboBox::activated, this, [this] {
    if (image_->currentData() != "open") return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open photo"), QString(), tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)"));
    if (path.isEmpty())
      image_->setCurrentIndex(0);
    else
      usePhoto(path);
  });
  for (const QString& name : {tr("chosen plaintext"), tr("jigsaw"), tr("regression"), tr("FR")})
    reconstructions_.append(new ImageTile(tr("attacker (%1)").arg(name), kTileSide, this));
  // The learned attacks restore the dataset's images, not the photo: their tiles say so.
  for (const QString& name : {tr("ITN"), tr("GAN")})
    reconstructions_.append(new ImageTile(tr("%1, on a dataset test image (not your photo)").arg(name), kTileSide, this));
  learned_->setObjectName("learnedAttacks");
  learned_->setToolTip(
      tr("Trains an inverse transformation network on public pairs and a GAN on the ciphertexts, for the chosen scheme: "
         "seconds to a minute each on two cores. Their picture is of the dataset's first test image."));
  learnedData_->setObjectName("learnedData");
  learnedData_->addItem(tr("on Fashion-MNIST"), "fashion-mnist");
  learnedData_->addItem(tr("on a CIFAR-10 folder…"), "cifar10");
  learnedData_->setEnabled(false);
  connect(learned_, &QCheckBox::toggled, learnedData_, &QWidget::setEnabled);
  connect(learnedData_, &QComboBox::activated, this, [this] {
    if (learnedData_->currentData() != "cifar10") return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("The cifar-10-batches-bin folder"));
    if (dir.isEmpty())
      learnedData_->setCurrentIndex(0);
    else
      cifarFolder_ = dir;
  });
  job_->progress(0, tr("Choose a picture and a scheme, then run the audit."));
  jpeg_->setMinimumWidth(380);
  attacks_->setMaximumHeight(230);
  attacks_->setWordWrap(true);
  attacks_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  attacks_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

  auto* form = new QGridLayout;
  const QList<std::pair<QString, QComboBox*>> rows{{tr("Picture:"), image_}, {tr("Size:"), size_}};
  for (int row = 0; row < rows.size(); ++row) {
    auto* label = new QLabel(rows[row].first, this);
    label->setBuddy(rows[row].second);
    form->addWidget(label, row, 0);
    form->addWidget(rows[row].second, row, 1);
  }
  auto* cropped = new QLabel(tr("A photo is cut to its centre square, then scaled: nothing is stretched."), this);
  cropped->setWordWrap(true);
  cropped->setForegroundRole(QPalette::PlaceholderText);
  form->addWidget(cropped, rows.size(), 0, 1, 2);
  auto* left = new QVBoxLayout;
  left->addLayout(form);
  left->addWidget(scheme_);
  left->addWidget(learned_);
  left->addWidget(learnedData_);
  left->addWidget(job_);
  left->addWidget(measures_);
  left->addStretch(1);

  auto* tiles = new QGridLayout;
  const QList<ImageTile*> all = this->tiles();
  for (int i = 0; i < all.size(); ++i) tiles->addWidget(all[i], i / 5, i % 5);
  // The scales a researcher needs to read the numbers, and the one rule every verdict follows.
  auto* legend = new QLabel(tr("SSIM runs from 0 (nothing of the picture's structure) to 1 (the same picture); a ciphertext that hides "
                               "the picture is near 0. PSNR is in dB: higher is closer, and below about 15 dB a picture is hard to make "
                               "out. An attack reads the picture when its reconstruction's SSIM is at least %1; the jigsaw solver, "
                               "whose pieces may end up turned as a whole, when a share of at least %2 of the adjacent pieces are "
                               "joined as in the picture; the learned attacks (ITN, GAN), when the mean SSIM of their restorations of "
                               "the dataset's test images is at least %1. Each outcome's details say its measure next to the threshold.")
                                .arg(led::kRecognisableSsim, 0, 'f', 2)
                                .arg(led::kSolvedNeighbours, 0, 'f', 2),
                            this);
  legend->setObjectName("auditLegend");
  legend->setWordWrap(true);
  legend->setForegroundRole(QPalette::PlaceholderText);
  stale_->setObjectName("auditStale");
  stale_->setWordWrap(true);
  stale_->hide();
  auto* right = new QVBoxLayout;
  right->addWidget(stale_);
  right->addLayout(tiles);
  right->addWidget(attacks_);
  right->addWidget(legend);
  right->addWidget(jpeg_, 1);
  auto* layout = new QHBoxLayout(this);
  layout->addLayout(left);
  layout->addLayout(right, 1);

  connect(scheme_, &SchemeControls::changed, this, &AuditPanel::updateKeySpace);
  connect(size_, &QComboBox::currentIndexChanged, this, &AuditPanel::updateKeySpace);
  connect(scheme_, &SchemeControls::changed, this, &AuditPanel::markStale);
  connect(size_, &QComboBox::currentIndexChanged, this, &AuditPanel::markStale);
  connect(image_, &QComboBox::currentIndexChanged, this, &AuditPanel::markStale);
  updateKeySpace();
  connect(job_, &JobBar::runClicked, this, &AuditPanel::run);
  connect(job_, &JobBar::exportClicked, this, &AuditPanel::askExport);
}

QList<ImageTile*> AuditPanel::tiles() const { return QList<ImageTile*>{plain_, ciphertext_, wrongKey_} + reconstructions_; }

void AuditPanel::usePhoto(const QString& path) {
  const QString error = failureOf([&] { photo_ = led::readImage(path.toStdString()); });
  if (!error.isEmpty()) {
    image_->setCurrentIndex(0);
    return emit failed(error);
  }
  photoPath_ = path;
  image_->setItemText(2, QFileInfo(path).fileName());
  image_->setCurrentIndex(2);
}

void AuditPanel::updateKeySpace() {
  const int side = size_->currentData().toInt();
  const led::SchemeParams p = scheme_->params();
  // The controls only offer valid parameters; should a combination still be refused, the figure stays.
  failureOf([&] { scheme_->setKeySpace(led::schemeFor(p.scheme).keySpaceBits({p, {side, side, 3}})); });
}

QString AuditPanel::pictureSource() const {
  const QString choice = image_->currentData().toString();
  return choice == "open" ? photoPath_ : "sample:" + choice;
}

std::optional<led::KeptAudit> AuditPanel::kept() const {
  if (!audit_) return std::nullopt;
  return led::KeptAudit{*audit_, auditedPicture_.toStdString()};
}

void AuditPanel::showKept(const std::optional<led::KeptAudit>& kept) {
  if (job_->running()) return;
  if (!kept) {
    audit_.reset();
    measures_->clearContents();
    attacks_->clearContents();
    for (ImageTile* tile : tiles()) tile->clear();
    jpeg_->setSeries({});
    return job_->stop(tr("Choose a picture and a scheme, then run the audit."), false);
  }
  audit_ = kept->audit;
  auditedPicture_ = QString::fromStdString(kept->picture);
  scheme_->setParams(audit_->params);
  updateKeySpace();
  show(*audit_);
  job_->stop(tr("Opened from the project: %1 on %2.").arg(QString::fromStdString(audit_->params.text()), auditedPicture_), true);
}

void AuditPanel::useSample(const QString& name) {
  const int index = image_->findData(name);
  if (index >= 0 && name != "open") image_->setCurrentIndex(index);
}

led::Image AuditPanel::chosenImage() const {
  const int side = size_->currentData().toInt();
  const led::Image source = image_->currentData() == "open" && photo_ ? *photo_ : sampleImage(image_->currentData().toString());
  return led::cropAndConform(source, {side, side, 3});
}

QString AuditPanel::choiceText() const {
  return tr("%1 on %2 at %3").arg(QString::fromStdString(scheme_->params().text()), image_->currentText(), size_->currentText());
}

// Results of other settings stay on screen (and exportable, each export naming what it holds) but are
// said to be of those settings, not of what the controls now show.
void AuditPanel::markStale() {
  if (!audit_ || job_->running()) return;
  const bool same = choiceText() == shownChoice_;
  stale_->setText(
      same ? QString()
           : tr("⚠ Shown: the audit of %1. The settings have changed since; run the audit again to see them.").arg(shownChoice_));
  stale_->setVisible(!same);
}

bool AuditPanel::stale() const { return !stale_->isHidden(); }

bool AuditPanel::running() const { return job_->running(); }

void AuditPanel::run() {
  if (job_->running()) return;
  led::Image image;
  const QString error = failureOf([&] { image = chosenImage(); });
  if (!error.isEmpty()) return emit failed(error);
  const led::SchemeParams params = scheme_->params();
  const QString picture = image_->currentData() == "open" ? QFileInfo(photoPath_).fileName() : image_->currentData().toString();
  const std::string learnedOn = learned_->isChecked() ? learnedDataset().toStdString() : std::string();
  scheme_->setEnabled(false);
  const auto cancel = job_->start(tr("Auditing %1…").arg(QString::fromStdString(params.text())));
  const QPointer<AuditPanel> self(this);  // the worker may outlive the panel; it never touches it directly
  runInBackground<led::SchemeAudit>(
      this,
      [self, cancel, image, params, learnedOn] {
        led::OsRandom random;
        led::SchemeAudit audit = led::auditScheme(
            image, params, {}, random,
            [self](int done, int steps, const led::Phrase& next) {
              QMetaObject::invokeMethod(qApp, [self, done, steps, next] {
                if (self)
                  self->job_->progress(double(done) / steps, tr("Step %1 of %2: %3…").arg(done + 1).arg(steps).arg(translated(next)));
              });
            },
            *cancel);
        if (learnedOn.empty() || audit.cancelled) return audit;
        try {
          led::addLearnedAttacks(
              audit, led::learnedAuditPlan(), led::loadDataset(learnedOn),
              [self](const led::RestorationProgress& p) {
                QMetaObject::invokeMethod(qApp, [self, p] {
                  if (self)
                    self->job_->progress(p.total ? double(p.done) / p.total : 0.0, tr("Learned attacks: %1…").arg(translated(p.step)));
                });
              },
              *cancel);
        } catch (const led::Error& e) {
          if (e.kind() != led::ErrorKind::Cancelled) throw;
          audit.cancelled = true;  // the measures so far stay
        }
        return audit;
      },
      [this, picture](led::SchemeAudit audit) {
        show(audit);
        const bool cancelled = audit.cancelled;
        audit_ = std::move(audit);
        auditedPicture_ = picture;
        scheme_->setEnabled(true);
        job_->stop(cancelled ? tr("Cancelled; what was measured before is shown.")
                             : tr("Done: %1.").arg(QString::fromStdString(audit_->params.text())),
                   true);
        emit finished(cancelled);
      },
      [this](const QString& sentence) {
        scheme_->setEnabled(true);
        job_->stop(sentence, bool(audit_));
        emit failed(sentence);
        emit finished(false);
      });
}

void AuditPanel::cancel() { job_->cancel(); }

void AuditPanel::setLearnedAttacks(bool on, const QString& dataset) {
  learned_->setChecked(on);
  if (dataset.startsWith("cifar10:")) {
    cifarFolder_ = dataset.mid(int(std::strlen("cifar10:")));
    learnedData_->setCurrentIndex(learnedData_->findData("cifar10"));
  } else {
    learnedData_->setCurrentIndex(learnedData_->findData("fashion-mnist"));
  }
}

QString AuditPanel::learnedDataset() const {
  return learnedData_->currentData() == "cifar10" ? "cifar10:" + cifarFolder_ : QString("fashion-mnist");
}

// The attacks in the audit's order, named as their outcomes name them (core's phrases), for the rows
// of those not run.
QStringList AuditPanel::attackNames() {
  QStringList names;
  for (const char* english : {"chosen-plaintext key recovery", "jigsaw solver", "known-plaintext regression", "feature reconstruction (FR)",
                              "inverse transformation network (ITN)", "GAN restoration"})
    names << translatedText(english);
  return names;
}

void AuditPanel::show(const led::SchemeAudit& a) {
  shownChoice_ = choiceText();
  stale_->hide();
  setResultRow(measures_, 0, {tr("SSIM, ciphertext vs plain"), QString::number(a.ssim, 'f', 4)});
  setResultRow(measures_, 1, {tr("PSNR, ciphertext vs plain"), decibels(a.psnr)});
  setResultRow(measures_, 2,
               {tr("key space"), std::isinf(a.keyBits) ? tr("infinite (real-valued)") : tr("%1 bits").arg(a.keyBits, 0, 'f', 0)});
  fitRowsToText(measures_);
  plain_->setImage(toQImage(a.plain));
  ciphertext_->setImage(toQImage(a.ciphertext));
  wrongKey_->setImage(toQImage(a.wrongKey));
  for (int i = 0; i < reconstructions_.size(); ++i) {
    const bool measured = i < int(a.attacks.size());
    const led::AttackOutcome* o = measured ? &a.attacks[std::size_t(i)] : nullptr;
    if (o && o->recovered)
      reconstructions_[i]->setImage(toQImage(*o->recovered));
    else
      reconstructions_[i]->clear();
    const bool learned = i >= kFirstLearned;
    setResultRow(attacks_, i,
                 {o ? translated(o->name) : attackNames()[i],
                  !o             ? tr("not run")
                  : !o->applies  ? tr("does not apply")
                  : o->succeeded ? (learned ? tr("reads the dataset's images") : tr("reads the picture"))
                                 : (learned ? tr("fails on the dataset's images") : tr("fails")),
                  o         ? translated(o->summary)
                  : learned ? tr("Tick \"Also train the learned attacks\" to run it.")
                            : QString()});
    attacks_->item(i, 2)->setToolTip(o ? translated(o->summary) : QString());
  }
  attacks_->resizeRowsToContents();
  jpeg_->setSeries(a.jpeg
                       ? led::rateDistortionSeries(*a.jpeg, {LED_PHRASE("led", "%1, JPEG, decrypted"), {led::schemeName(a.params.scheme)}})
                       : std::vector<led::ChartSeries>{});
}

void AuditPanel::askExport() {
  QMenu menu(this);
  menu.addAction(tr("HTML report…"), this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), "led-report.html", tr("HTML (*.html)"));
    if (!path.isEmpty()) exportReport(path);
  });
  menu.addAction(tr("Every scheme as CSV…"), this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the audit of every scheme"), "led-audit-all.csv", tr("CSV (*.csv)"));
    if (!path.isEmpty()) exportEveryScheme(path);
  });
  menu.addAction(tr("Measures as CSV…"), this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save measures"), "led-audit.csv", tr("CSV (*.csv)"));
    if (!path.isEmpty()) exportCsv(path);
  });
  menu.addAction(tr("JPEG plot as PNG…"), this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save plot"), "led-jpeg.png", tr("PNG (*.png)"));
    if (!path.isEmpty()) exportPlot(path);
  });
  job_->showExportMenu(menu);
}

bool AuditPanel::exportReport(const QString& path) {
  if (!audit_) return emit failed(tr("Run the audit first.")), false;
  const QString error = failureOf([&] { led::writeAuditReport(path.toStdString(), *audit_, auditedPicture_.toStdString()); });
  if (!error.isEmpty()) return emit failed(error), false;
  emit informed(tr("Report saved to %1").arg(path));
  return true;
}

bool AuditPanel::exportCsv(const QString& path) {
  if (!audit_) return emit failed(tr("Run the audit first.")), false;
  if (const QString error = saveTextFile(path, QString::fromStdString(led::auditTableCsv({*audit_}))); !error.isEmpty())
    return emit failed(error), false;
  emit informed(tr("Measures saved to %1").arg(path));
  return true;
}

// Every scheme with its default parameters on the chosen picture, off the GUI thread, with the job bar's
// progress and cancel; the CSV has a row per attack with its details.
void AuditPanel::exportEveryScheme(const QString& path) {
  if (job_->running()) return;
  led::Image image;
  if (const QString error = failureOf([&] { image = chosenImage(); }); !error.isEmpty()) return emit failed(error);
  const auto cancel = job_->start(tr("Auditing every scheme…"));
  const QPointer<AuditPanel> self(this);
  runInBackground<std::vector<led::SchemeAudit>>(
      this,
      [self, cancel, image] {
        led::OsRandom random;
        return led::auditEveryScheme(
            image, random,
            [self](int done, int schemes) {
              QMetaObject::invokeMethod(qApp, [self, done, schemes] {
                if (self)
                  self->job_->progress(double(done) / schemes, tr("Scheme %1 of %2…").arg(std::min(done + 1, schemes)).arg(schemes));
              });
            },
            *cancel);
      },
      [this, path](std::vector<led::SchemeAudit> audits) {
        const QString error = saveTextFile(path, QString::fromStdString(led::auditTableCsv(audits)));
        const QString saved = tr("Saved the audit of %1 schemes to %2.").arg(audits.size()).arg(path);
        job_->stop(error.isEmpty() ? saved : error, bool(audit_));
        if (!error.isEmpty())
          emit failed(error);
        else
          emit informed(saved);
        emit finished(false);
      },
      [this](const QString& sentence) {
        job_->stop(sentence, bool(audit_));
        emit failed(sentence);
        emit finished(false);
      });
}

bool AuditPanel::exportPlot(const QString& path) {
  if (!audit_ || !audit_->jpeg)
    return emit failed(tr("There is no JPEG curve to save: run the audit on a byte-valued scheme first.")), false;
  if (!jpeg_->savePng(path)) return emit failed(tr("Cannot write %1.").arg(path)), false;
  emit informed(tr("Plot saved to %1").arg(path));
  return true;
}

}  // namespace led::ui
