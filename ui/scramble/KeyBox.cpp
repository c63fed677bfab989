#include "ui/scramble/KeyBox.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include "core/user/keys/Key.h"

namespace led::ui {

KeyBox::KeyBox(QWidget* parent)
    : QGroupBox(tr("Key"), parent),
      fingerprint_(new QLabel(this)),
      origin_(new QLabel(this)),
      wrong_(new QLabel(this)),
      seeded_(new QCheckBox(tr("Seeded demo keys (reproducible, not secret)"), this)),
      seed_(new QSpinBox(this)) {
  fingerprint_->setObjectName("keyFingerprint");
  fingerprint_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  fingerprint_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  fingerprint_->setToolTip(tr("The key's fingerprint: the first 8 bytes of SHA-256 over its tables."));
  origin_->setWordWrap(true);
  wrong_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  seeded_->setObjectName("seededKeys");
  seed_->setRange(0, 999999);
  seed_->setValue(1);
  seed_->setEnabled(false);

  auto* fresh = new QPushButton(tr("New key"), this);
  fresh->setObjectName("newKey");
  fresh->setToolTip(tr("Draw a new key from the operating system's random generator."));
  auto* load = new QPushButton(tr("Load…"), this);
  auto* save = new QPushButton(tr("Save…"), this);
  save->setObjectName("saveKey");
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(fresh);
  buttons->addWidget(load);
  buttons->addWidget(save);

  auto* form = new QFormLayout(this);
  form->addRow(tr("Fingerprint"), fingerprint_);
  form->addRow(tr("Origin"), origin_);
  form->addRow(buttons);
  form->addRow(tr("Wrong key"), wrong_);
  form->addRow(seeded_);
  form->addRow(tr("Demo seed"), seed_);

  connect(fresh, &QPushButton::clicked, this, &KeyBox::newKeyRequested);
  connect(load, &QPushButton::clicked, this, &KeyBox::loadRequested);
  connect(save, &QPushButton::clicked, this, &KeyBox::saveRequested);
  connect(seeded_, &QCheckBox::toggled, seed_, &QWidget::setEnabled);
  connect(seeded_, &QCheckBox::toggled, this, &KeyBox::seedingChanged);
  connect(seed_, &QSpinBox::valueChanged, this, &KeyBox::seedingChanged);
  clear();
}

void KeyBox::showKey(const led::Key& key, const QString& wrongFingerprint) {
  fingerprint_->setText(QString::fromStdString(key.shortFingerprint()));
  if (key.seeded()) {
    origin_->setText(tr("<b style='color:#b35c00'>seeded demo key</b> (seed %1): anyone with the seed has it").arg(*key.seed()));
  } else {
    origin_->setText(tr("operating system CSPRNG"));
  }
  wrong_->setText(wrongFingerprint);
  wrong_->setToolTip(tr("A second, independent key of the same scheme, used to show what a wrong key opens."));
}

void KeyBox::clear() {
  fingerprint_->setText(tr("none yet"));
  origin_->clear();
  wrong_->clear();
}

std::optional<std::uint64_t> KeyBox::demoSeed() const {
  if (!seeded_->isChecked()) return std::nullopt;
  return std::uint64_t(seed_->value());
}

QString KeyBox::fingerprintText() const { return fingerprint_->text(); }

}  // namespace led::ui
