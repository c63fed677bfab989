#include "PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "Settings.h"
#include "Theme.h"
#include "Translations.h"

namespace led::ui {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent), appearance_(new QComboBox(this)), language_(new QComboBox(this)) {
  setWindowTitle(tr("Preferences"));
  appearance_->setObjectName("appearance");
  appearance_->addItem(tr("As the system"), appearanceName(Appearance::System));
  appearance_->addItem(tr("Light"), appearanceName(Appearance::Light));
  appearance_->addItem(tr("Dark"), appearanceName(Appearance::Dark));
  appearance_->setCurrentIndex(appearance_->findData(appearanceName(Settings::appearance())));
  connect(appearance_, &QComboBox::currentIndexChanged, this, [this] {
    const Appearance chosen = appearanceNamed(appearance_->currentData().toString());
    Settings::setAppearance(chosen);
    applyAppearance(chosen);
  });

  language_->setObjectName("language");
  language_->addItem(tr("As the system"), QString());
  for (const QString& code : translatedLanguages()) language_->addItem(nativeLanguageName(code), code);
  language_->setCurrentIndex(std::max(0, language_->findData(Settings::language())));
  auto* languageNote = new QLabel(tr("A new language takes effect when LED Studio starts again."), this);
  languageNote->setWordWrap(true);
  connect(language_, &QComboBox::currentIndexChanged, this, [this] { Settings::setLanguage(language_->currentData().toString()); });

  auto* form = new QFormLayout;
  form->addRow(tr("&Appearance:"), appearance_);
  form->addRow(tr("&Language:"), language_);
  form->addRow(QString(), languageNote);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(buttons);
}

}  // namespace led::ui
