#include "ui/scramble/ScramblePage.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cstdlib>
#include <utility>

#include "ui/common/Background.h"
#include "ui/common/Samples.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/imageio/Resize.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/imageio/CiphertextFile.h"
#include "core/user/schemes/SchemeRegistry.h"
#include "ui/scramble/KeyBox.h"
#include "ui/scramble/KeyEdit.h"
#include "ui/scramble/SchemeControls.h"
#include "ui/scramble/StepView.h"

namespace led::ui {
namespace {

constexpr double kFitHeight = 220;  // pixels a step is shown at before the user zooms

QString attributionOf(const QString& sample) {
  return sample == "dog" ? QObject::tr("Dog photo: Darknet project by Joseph Redmon (Debian package darknet), MIT licence.")
                         : QObject::tr("“Chelsea the cat” by Stefan van der Walt (scikit-image), CC0.");
}

}  // namespace

ScramblePage::ScramblePage(QWidget* parent)
    : Page("Scramble", parent),
      controls_(new SchemeControls(this)),
      keyBox_(new KeyBox(this)),
      imageInfo_(new QLabel(this)),
      attribution_(new QLabel(this)),
      status_(new QLabel(this)),
      hover_(new QLabel(this)),
      grid_(new QCheckBox(tr("Block grid"), this)),
      zoom_(new QSlider(Qt::Horizontal, this)),
      pipeline_(new QGridLayout),
      scroll_(new QScrollArea(this)),
      right_(new StepView(this)),
      wrong_(new StepView(this)),
      undo_(new QUndoStack(this)) {
  setAcceptDrops(true);
  auto* side = new QWidget(this);
  auto* sideLayout = new QVBoxLayout(side);
  sideLayout->addWidget(buildImageBox());
  sideLayout->addWidget(controls_);
  sideLayout->addWidget(keyBox_);
  sideLayout->addStretch(1);
  auto* sideScroll = new QScrollArea(this);
  sideScroll->setWidget(side);
  sideScroll->setWidgetResizable(true);
  sideScroll->setMinimumWidth(330);
  sideScroll->setFrameShape(QFrame::NoFrame);

  auto* splitter = new QSplitter(this);
  splitter->addWidget(sideScroll);
  splitter->addWidget(buildViewer());
  splitter->setStretchFactor(1, 1);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(splitter);

  connect(controls_, &SchemeControls::changed, this, [this] {
    beginEdit();
    recompute();
  });
  auto freshKey = [this] {
    beginEdit();
    key_.reset();
    recompute();
  };
  connect(keyBox_, &KeyBox::seedingChanged, this, freshKey);
  connect(keyBox_, &KeyBox::newKeyRequested, this, freshKey);
  connect(keyBox_, &KeyBox::loadRequested, this, &ScramblePage::loadKeyDialog);
  connect(keyBox_, &KeyBox::saveRequested, this, &ScramblePage::saveKeyDialog);
}

QWidget* ScramblePage::buildImageBox() {
  auto* box = new QGroupBox(tr("Image"), this);
  auto* dog = new QPushButton(tr("Dog"), box);
  auto* cat = new QPushButton(tr("Cat"), box);
  auto* open = new QPushButton(tr("Open…"), box);
  dog->setObjectName("sampleDog");
  cat->setObjectName("sampleCat");
  connect(dog, &QPushButton::clicked, this, [this] { loadSample("dog"); });
  connect(cat, &QPushButton::clicked, this, [this] { loadSample("cat"); });
  connect(open, &QPushButton::clicked, this, &ScramblePage::openImageDialog);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(dog);
  buttons->addWidget(cat);
  buttons->addWidget(open);
  imageInfo_->setWordWrap(true);
  imageInfo_->setText(tr("Choose a sample, open a photo or drop one here."));
  attribution_->setWordWrap(true);
  attribution_->setForegroundRole(QPalette::PlaceholderText);
  auto* layout = new QVBoxLayout(box);
  layout->addLayout(buttons);
  layout->addWidget(imageInfo_);
  layout->addWidget(attribution_);
  return box;
}

QWidget* ScramblePage::buildViewer() {
  auto* viewer = new QWidget(this);
  grid_->setChecked(true);
  zoom_->setRange(5, 1600);
  zoom_->setToolTip(tr("Zoom (percent)"));
  zoom_->setObjectName("zoom");
  auto* fit = new QPushButton(tr("Fit"), viewer);
  hover_->setObjectName("hoverInfo");
  status_->setObjectName("scrambleStatus");
  connect(grid_, &QCheckBox::toggled, this, [this](bool on) {
    for (StepView* v : steps_) v->setGridVisible(on);
  });
  connect(zoom_, &QSlider::valueChanged, this, [this] {
    fitted_ = fitting_;
    applyZoom();
  });
  connect(fit, &QPushButton::clicked, this, &ScramblePage::fitZoom);
  auto* tools = new QHBoxLayout;
  tools->addWidget(grid_);
  tools->addWidget(new QLabel(tr("Zoom"), viewer));
  tools->addWidget(zoom_, 1);
  tools->addWidget(fit);
  tools->addSpacing(12);
  tools->addWidget(status_);

  auto* content = new QWidget(viewer);
  auto* column = new QVBoxLayout(content);
  auto* heading = new QLabel(tr("<b>Encryption, step by step</b> — hover over a block to see where it goes"), content);
  heading->setWordWrap(true);  // beside the tour's panel the view is narrower than the sentence
  column->addWidget(heading);
  pipeline_->setHorizontalSpacing(16);
  pipeline_->setVerticalSpacing(12);
  pipeline_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  column->addLayout(pipeline_);
  column->addSpacing(12);
  auto* decryptionHeading = new QLabel(tr("<b>Decryption</b> — the same ciphertext opened with two keys"), content);
  decryptionHeading->setWordWrap(true);
  column->addWidget(decryptionHeading);
  auto* decryptions = new QHBoxLayout;
  decryptions->setSpacing(16);
  decryptions->addWidget(right_);
  decryptions->addWidget(wrong_);
  decryptions->addStretch(1);
  column->addLayout(decryptions);
  column->addStretch(1);
  scroll_->setWidget(content);
  scroll_->setWidgetResizable(true);
  scroll_->viewport()->installEventFilter(this);

  auto* layout = new QVBoxLayout(viewer);
  layout->addLayout(tools);
  layout->addWidget(scroll_, 1);
  layout->addWidget(hover_);
  return viewer;
}

void ScramblePage::loadSample(const QString& name) {
  started();
  ++imagesLoading_;
  const int request = ++imageRequest_;
  runInBackground<led::Image>(
      this, [name] { return sampleImage(name); },
      [this, name, request](led::Image image) {
        finished();
        --imagesLoading_;
        if (request != imageRequest_) return;
        imageSource_ = "sample:" + name;
        setImage(std::move(image), name == "dog" ? tr("the dog") : tr("the cat"), attributionOf(name));
      },
      [this](const QString& error) {
        finished();
        --imagesLoading_;
        emit failed(error);
      });
}

void ScramblePage::loadImageFile(const QString& path) {
  started();
  ++imagesLoading_;
  const int request = ++imageRequest_;
  runInBackground<led::Image>(
      this, [path] { return led::readImage(path.toStdString()); },
      [this, path, request](led::Image image) {
        finished();
        --imagesLoading_;
        if (request != imageRequest_) return;
        imageSource_ = QFileInfo(path).absoluteFilePath();
        setImage(std::move(image), QFileInfo(path).fileName(), QString());
      },
      [this](const QString& error) {
        finished();
        --imagesLoading_;
        emit failed(error);
      });
}

void ScramblePage::setImage(led::Image image, const QString& name, const QString& attribution) {
  const led::ImageShape original = image.shape;
  image = led::fitWithin(image, kMaxSide);
  QString info =
      tr("%1, %2×%3, %4").arg(name).arg(original.width).arg(original.height).arg(original.channels == 3 ? tr("colour") : tr("gray"));
  if (image.shape != original)
    info += tr(" — shown at %1×%2; <code>led encrypt</code> works at full size").arg(image.width()).arg(image.height());
  imageInfo_->setText(info);
  attribution_->setText(attribution);
  if (plain_ && plain_->shape != image.shape) {
    undo_->clear();  // keys are made for one image size
    editing_ = false;
  }
  plain_ = std::move(image);
  fitPending_ = true;
  recompute();
}

void ScramblePage::recompute() {
  if (!plain_) return;
  ScrambleRequest request{*plain_, {controls_->params(), plain_->shape}, key_, keyBox_->demoSeed()};
  try {
    request.spec.validate();
  } catch (const led::Error& e) {
    emit failed(QString::fromStdString(e.what()));
    return;
  }
  const int mine = ++traceRequest_;
  started();
  runInBackground<ScrambleResult>(
      this, [request] { return runScramble(request); },
      [this, mine](ScrambleResult result) {
        finished();
        if (mine == traceRequest_) showResult(std::move(result));
      },
      [this](const QString& error) {
        finished();
        emit failed(error);
      });
}

void ScramblePage::showResult(ScrambleResult result) {
  const bool newKey = !key_ || key_->fingerprint() != result.key.fingerprint();
  key_ = result.key;
  if (std::exchange(editing_, false) && editFrom_ && newKey) undo_->push(new KeyEdit(this, *editFrom_, *key_));
  keyBox_->showKey(*key_, result.wrongFingerprint);
  controls_->setKeySpace(result.keySpaceBits);
  if (newKey)
    emit informed(tr("New key %1 for %2 images.")
                      .arg(QString::fromStdString(key_->shortFingerprint()), QString::fromStdString(key_->spec().shape.text())));

  while (steps_.size() > int(result.steps.size())) delete steps_.takeLast();
  while (steps_.size() < int(result.steps.size())) {
    auto* view = new StepView(this);
    connect(view, &StepView::blockHovered, this, &ScramblePage::hovered);
    connect(view, &StepView::hoverLeft, this, [this] { hovered(-1, -1); });
    steps_.append(view);
  }
  origins_.clear();
  widestStep_ = 0;
  for (std::size_t i = 0; i < result.steps.size(); ++i) {
    widestStep_ = std::max(widestStep_, result.steps[i].image.width());
    const ScrambleStep& s = result.steps[i];
    steps_[int(i)]->setStep(s.title, s.explanation, s.image, s.grid, s.origin);
    steps_[int(i)]->setGridVisible(grid_->isChecked());
    origins_.push_back(s.origin);
  }
  const QString rightNote = result.rightMaxError == 0
                                ? tr("Identical to the original, bit for bit.")
                                : tr("Within %1 of the original in every sample: this setting is lossy.").arg(result.rightMaxError);
  right_->setStep(tr("right key %1").arg(QString::fromStdString(key_->shortFingerprint())), rightNote, result.rightDecryption, 0, {});
  wrong_->setStep(tr("wrong key %1").arg(result.wrongFingerprint),
                  tr("An independent key of the same scheme does not open it; what still shows is what the scheme leaks."),
                  result.wrongDecryption, 0, {});
  if (std::exchange(fitPending_, false))
    fitZoom();
  else
    applyZoom();
  emit ready();
  emit succeeded();
}

void ScramblePage::beginEdit() {
  if (editing_) return;  // several changes before the first result: one edit from the first state
  editing_ = true;
  editFrom_ = key_;
}

void ScramblePage::restoreKey(const led::Key& key) {
  editing_ = false;
  controls_->setParams(key.spec().params);
  key_ = key;
  recompute();
}

void ScramblePage::fitZoom() {
  if (!plain_) return;
  // Three steps side by side, none taller than kFitHeight, the widest (etc-gray's planes) within the view.
  const double width = std::max(300, scroll_->viewport()->width() - 40);
  const double zoom =
      std::min({kFitHeight / plain_->height(), (width - 2 * 16) / (3.0 * plain_->width()), width / std::max(1, widestStep_)});
  fitting_ = true;
  zoom_->setValue(int(std::clamp(zoom, 0.05, 16.0) * 100));
  fitting_ = false;
  fitted_ = true;
  applyZoom();
}

void ScramblePage::applyZoom() {
  const double zoom = zoom_->value() / 100.0;
  for (StepView* v : steps_) v->setZoom(zoom);
  right_->setZoom(zoom);
  wrong_->setZoom(zoom);
  relayout();
}

void ScramblePage::relayout() {
  if (steps_.isEmpty()) return;
  int cell = 0;
  for (StepView* v : steps_) cell = std::max(cell, v->sizeHint().width() + pipeline_->horizontalSpacing());
  const int columns = std::max(1, (scroll_->viewport()->width() - 20) / std::max(1, cell));
  for (StepView* v : steps_) pipeline_->removeWidget(v);
  for (int i = 0; i < steps_.size(); ++i) pipeline_->addWidget(steps_[i], i / columns, i % columns, Qt::AlignLeft | Qt::AlignTop);
}

// The view's width changes with the window, the tour's panel and the splitter: a fitted zoom fits
// again (a fit made while the view was narrow would otherwise stay small); a zoom the user chose stays.
bool ScramblePage::eventFilter(QObject* watched, QEvent* event) {
  if (watched == scroll_->viewport() && event->type() == QEvent::Resize) {
    const auto* resize = static_cast<QResizeEvent*>(event);
    // A scroll bar coming or going changes the width a little: that alone never refits, or a fit could
    // bring it back and forth.
    if (fitted_ && std::abs(resize->oldSize().width() - resize->size().width()) > 32)
      QTimer::singleShot(0, this, &ScramblePage::fitZoom);  // after the layout has settled
    else
      relayout();
  }
  return Page::eventFilter(watched, event);
}

void ScramblePage::hovered(int identity, int position) {
  for (StepView* v : steps_) v->setHighlight(identity);
  if (identity < 0) {
    hover_->setText(position < 0 ? QString() : tr("Block %1 (this step does not track blocks).").arg(position));
    return;
  }
  const std::vector<int>& last = origins_.back();
  const auto at = std::find(last.begin(), last.end(), identity);
  hover_->setText(tr("Plain block %1 → block %2 of the ciphertext (outlined in every step).")
                      .arg(identity)
                      .arg(at == last.end() ? -1 : int(at - last.begin())));
}

QString ScramblePage::hoverText() const { return hover_->text(); }

QString ScramblePage::keyFile() const { return key_ && key_->fingerprint() == keyFile_.fingerprint ? keyFile_.path : QString(); }

void ScramblePage::started() {
  ++pending_;
  status_->setText(tr("Encrypting…"));
}

void ScramblePage::finished() {
  if (--pending_ == 0) status_->clear();
}

void ScramblePage::loadKeyFile(const QString& path) {
  // A key is checked against the image's size, so one that arrives while an image is on its way (a key
  // and an image opened at once, from the command line or a project) waits for that image.
  if (imagesLoading_ > 0)
    return void(connect(
        this, &ScramblePage::ready, this, [this, path] { loadKeyFile(path); }, Qt::SingleShotConnection));
  started();
  runInBackground<led::Key>(
      this, [path] { return led::readKeyFile(path.toStdString()); },
      [this, path](led::Key key) {
        finished();
        if (plain_ && key.spec().shape != plain_->shape) {
          emit failed(tr("%1 is a key for %2 images, but the image is %3. Open an image of that size or make a new key.")
                          .arg(QFileInfo(path).fileName(), QString::fromStdString(key.spec().shape.text()),
                               QString::fromStdString(plain_->shape.text())));
          return;
        }
        beginEdit();
        controls_->setParams(key.spec().params);
        keyFile_ = {QFileInfo(path).absoluteFilePath(), key.fingerprint()};
        key_ = std::move(key);
        recompute();
      },
      [this](const QString& error) {
        finished();
        emit failed(error);
      });
}

void ScramblePage::saveKeyFile(const QString& path) {
  if (!key_) return emit failed(tr("There is no key to save yet."));
  const led::Key key = *key_;
  runInBackground<bool>(
      this,
      [key, path] {
        led::writeKeyFile(path.toStdString(), key);
        return true;
      },
      [this, path, key](bool) {
        keyFile_ = {QFileInfo(path).absoluteFilePath(), key.fingerprint()};
        emit informed(tr("Key saved to %1 (readable by you only).").arg(path));
      },
      [this](const QString& error) { emit failed(error); });
}

void ScramblePage::saveCiphertextFile(const QString& path) {
  if (!key_ || !plain_) return emit failed(tr("Load an image first."));
  const led::Key key = *key_;
  const led::Image plain = *plain_;
  runInBackground<bool>(
      this,
      [key, plain, path] {
        led::saveCiphertext(path.toStdString(), {key.scheme(), plain.shape, led::makeCipher(key)->encrypt(plain)});
        return true;
      },
      [this, path](bool) { emit informed(tr("Ciphertext saved to %1.").arg(path)); }, [this](const QString& error) { emit failed(error); });
}

void ScramblePage::openImageDialog() {
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open image"), QString(), tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)"));
  if (!path.isEmpty()) loadImageFile(path);
}

void ScramblePage::loadKeyDialog() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Load key"), QString(), tr("LED Studio keys (*.ledkey);;All files (*)"));
  if (!path.isEmpty()) loadKeyFile(path);
}

void ScramblePage::saveKeyDialog() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save key"), "key.ledkey", tr("LED Studio keys (*.ledkey)"));
  if (!path.isEmpty()) saveKeyFile(path);
}

void ScramblePage::saveCiphertextDialog() {
  const bool real = controls_->params().scheme == led::SchemeId::Rmt;
  const QString filter = real ? tr("LED Studio ciphertext (*.ledc)") : tr("PNG image (*.png);;LED Studio ciphertext (*.ledc)");
  const QString path = QFileDialog::getSaveFileName(this, tr("Save ciphertext"), real ? "ciphertext.ledc" : "ciphertext.png", filter);
  if (!path.isEmpty()) saveCiphertextFile(path);
}

void ScramblePage::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile()) event->acceptProposedAction();
}

void ScramblePage::dropEvent(QDropEvent* event) {
  const QString path = event->mimeData()->urls().first().toLocalFile();
  if (path.endsWith(".ledkey"))
    loadKeyFile(path);
  else
    loadImageFile(path);
  event->acceptProposedAction();
}

void ScramblePage::capture(ProjectDraft& draft) const {
  draft.project.set(entry("image"), imageSource_.toStdString());
  QString keyPath = keyFile();
  if (keyPath.isEmpty() && key_) {
    keyPath = draft.beside("-scramble.ledkey");
    draft.writers.push_back([key = *key_, path = keyPath.toStdString()] { led::writeKeyFile(path, key); });
    draft.notes << tr("The Scramble page's key was saved beside it as %1 (readable by you only).").arg(keyPath);
  }
  draft.project.set(entry("key"), keyPath.toStdString());
}

QStringList ScramblePage::restore(const led::Project& project, const std::any&) {
  QStringList problems;
  const QString image = QString::fromStdString(project.value(entry("image")));
  const QString key = QString::fromStdString(project.value(entry("key")));
  if (isSampleSource(image))
    loadSample(image.mid(7));
  else if (!image.isEmpty() && stillThere(image, problems))
    loadImageFile(image);
  if (!key.isEmpty() && stillThere(key, problems)) loadKeyFile(key);
  return problems;
}

QString ScramblePage::title() const { return tr("Scramble"); }

QString ScramblePage::icon() const { return ":/icons/scramble.svg"; }

}  // namespace led::ui
