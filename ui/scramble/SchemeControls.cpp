#include "ui/scramble/SchemeControls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <cmath>

#include "ui/common/CorePhrase.h"
#include "ui/common/SchemeExplanation.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led::ui {

SchemeControls::SchemeControls(QWidget* parent)
    : QGroupBox(tr("Scheme"), parent),
      scheme_(new QComboBox(this)),
      block_(new QSpinBox(this)),
      split_(new QCheckBox(tr("Split into 4-bit nibbles"), this)),
      reverse_(new QCheckBox(tr("Reverse (v → 15 − v)"), this)),
      shuffle_(new QCheckBox(tr("Shuffle within blocks"), this)),
      noise_(new QDoubleSpinBox(this)),
      blockPermutation_(new QCheckBox(tr("Permute block positions"), this)),
      about_(new QLabel(this)),
      keySpace_(new QLabel(this)) {
  scheme_->setObjectName("scheme");
  block_->setObjectName("blockSize");
  for (led::SchemeId id : led::allSchemes()) {
    scheme_->addItem(QString::fromStdString(led::schemeName(id)), int(id));
    scheme_->setItemData(scheme_->count() - 1, translatedText(led::schemeFor(id).title()), Qt::ToolTipRole);
  }
  block_->setRange(1, 64);
  block_->setSuffix(tr(" px"));
  block_->setToolTip(tr("Block size M: the image is cut into M×M blocks."));
  noise_->setRange(0, 255);
  noise_->setDecimals(1);
  noise_->setToolTip(tr("Noise level N: every value gets noise drawn uniformly from [0, N), fresh for every image."));
  about_->setWordWrap(true);
  about_->setForegroundRole(QPalette::PlaceholderText);

  auto* form = new QFormLayout(this);
  form->addRow(tr("Scheme"), scheme_);
  form->addRow(tr("Block size"), block_);
  form->addRow(split_);
  form->addRow(reverse_);
  form->addRow(shuffle_);
  form->addRow(tr("Noise level"), noise_);
  form->addRow(blockPermutation_);
  form->addRow(about_);
  form->addRow(tr("Key space"), keySpace_);

  connect(scheme_, &QComboBox::currentIndexChanged, this, &SchemeControls::schemeChosen);
  connect(block_, &QSpinBox::valueChanged, this, &SchemeControls::changed);
  connect(noise_, &QDoubleSpinBox::valueChanged, this, &SchemeControls::changed);
  for (QCheckBox* box : {split_, reverse_, shuffle_, blockPermutation_}) connect(box, &QCheckBox::toggled, this, &SchemeControls::changed);
  setParams(led::SchemeParams::defaults(led::SchemeId::Le));
}

led::SchemeParams SchemeControls::params() const {
  led::SchemeParams p;
  p.scheme = led::SchemeId(scheme_->currentData().toInt());
  p.blockSize = block_->value();
  p.split = split_->isChecked();
  p.reverse = reverse_->isChecked();
  p.shuffle = shuffle_->isChecked();
  p.blockPermutation = blockPermutation_->isChecked();
  p.noise = p.scheme == led::SchemeId::Rmt ? noise_->value() : 0.0;
  return p;
}

void SchemeControls::setParams(const led::SchemeParams& p) {
  const QSignalBlocker blockers[] = {QSignalBlocker(scheme_),          QSignalBlocker(block_),   QSignalBlocker(noise_),
                                     QSignalBlocker(split_),           QSignalBlocker(reverse_), QSignalBlocker(shuffle_),
                                     QSignalBlocker(blockPermutation_)};
  scheme_->setCurrentIndex(scheme_->findData(int(p.scheme)));
  block_->setValue(p.blockSize);
  split_->setChecked(p.split);
  reverse_->setChecked(p.reverse);
  shuffle_->setChecked(p.shuffle);
  noise_->setValue(p.scheme == led::SchemeId::Rmt ? p.noise : led::SchemeParams::defaults(led::SchemeId::Rmt).noise);
  blockPermutation_->setChecked(p.blockPermutation);
  updateVisibility();
}

void SchemeControls::setKeySpace(double bits) {
  keySpace_->setText(std::isinf(bits) ? tr("continuous (real-valued matrices)") : tr("%1 bits").arg(bits, 0, 'f', 1));
}

void SchemeControls::schemeChosen() {
  // A new scheme starts from its own defaults (pe has no blocks; rmt has noise).
  setParams(led::SchemeParams::defaults(led::SchemeId(scheme_->currentData().toInt())));
  emit changed();
}

void SchemeControls::updateVisibility() {
  const auto id = led::SchemeId(scheme_->currentData().toInt());
  const bool le = id == led::SchemeId::Le || id == led::SchemeId::Ele;
  for (QWidget* w : {static_cast<QWidget*>(split_), static_cast<QWidget*>(reverse_), static_cast<QWidget*>(shuffle_)}) w->setVisible(le);
  noise_->setVisible(id == led::SchemeId::Rmt);
  if (auto* form = qobject_cast<QFormLayout*>(layout())) form->setRowVisible(noise_, id == led::SchemeId::Rmt);
  blockPermutation_->setVisible(id == led::SchemeId::Rmt);
  block_->setEnabled(id != led::SchemeId::Pe);
  block_->setMinimum(id == led::SchemeId::Rmt ? 2 : 1);
  about_->setText(translatedText(led::schemeFor(id).title()) + ". " + schemeExplanation(id));
}

}  // namespace led::ui
