#pragma once
// Help > About: what LED Studio is, its version, and the licences of everything it ships or links:
// Qt, LibTorch, OpenCV, QCustomPlot (GPL-3.0, which makes the whole GPL-3.0), zlib and the photographs.
#include <QDialog>

namespace led::ui {

class AboutDialog : public QDialog {
  Q_OBJECT
 public:
  explicit AboutDialog(QWidget* parent = nullptr);
};

}  // namespace led::ui
