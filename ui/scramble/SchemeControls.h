#pragma once
// Choosing a scheme and its parameters: block size, le/ele's options, rmt's noise and block permutation.
#include <QGroupBox>

#include "core/shared/ciphertext/SchemeParams.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace led::ui {

class SchemeControls : public QGroupBox {
  Q_OBJECT
 public:
  explicit SchemeControls(QWidget* parent = nullptr);
  led::SchemeParams params() const;
  // Shows params (e.g. of a loaded key) without emitting changed().
  void setParams(const led::SchemeParams& params);
  void setKeySpace(double bits);

 signals:
  void changed();

 private:
  void schemeChosen();
  void updateVisibility();

  QComboBox* scheme_;
  QSpinBox* block_;
  QCheckBox* split_;
  QCheckBox* reverse_;
  QCheckBox* shuffle_;
  QDoubleSpinBox* noise_;
  QCheckBox* blockPermutation_;
  QLabel* about_;
  QLabel* keySpace_;
};

}  // namespace led::ui
