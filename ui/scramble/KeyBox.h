#pragma once
// The key of the Scramble page, shown by its fingerprint (never its tables), with where it came from.
#include <QGroupBox>
#include <cstdint>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace led {
class Key;
}

namespace led::ui {

class KeyBox : public QGroupBox {
  Q_OBJECT
 public:
  explicit KeyBox(QWidget* parent = nullptr);
  void showKey(const led::Key& key, const QString& wrongFingerprint);
  void clear();
  // The demo seed, when the user asked for seeded (reproducible, not secret) keys.
  std::optional<std::uint64_t> demoSeed() const;
  QString fingerprintText() const;

 signals:
  void newKeyRequested();
  void loadRequested();
  void saveRequested();
  void seedingChanged();

 private:
  QLabel* fingerprint_;
  QLabel* origin_;
  QLabel* wrong_;
  QCheckBox* seeded_;
  QSpinBox* seed_;
};

}  // namespace led::ui
