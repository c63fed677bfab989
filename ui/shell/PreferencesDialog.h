#pragma once
// Edit > Preferences: the appearance (applied at once) and the language (from the next start, since
// every page builds its text once).
#include <QDialog>

class QComboBox;

namespace led::ui {

class PreferencesDialog : public QDialog {
  Q_OBJECT
 public:
  explicit PreferencesDialog(QWidget* parent = nullptr);
  QComboBox* appearanceBox() const { return appearance_; }
  QComboBox* languageBox() const { return language_; }

 private:
  QComboBox* appearance_;
  QComboBox* language_;
};

}  // namespace led::ui
