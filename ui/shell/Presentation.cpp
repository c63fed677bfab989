#include "ui/shell/Presentation.h"

#include <QApplication>
#include <QMainWindow>
#include <algorithm>

namespace led::ui {
namespace {

constexpr int kSteps[] = {80, 90, 100, 115, 130, 150, 175, 200, 250};
constexpr int kPresentationZoom = 150;

}  // namespace

Presentation::Presentation(QMainWindow* window) : QObject(window), window_(window), basePointSize_(QApplication::font().pointSizeF()) {}

void Presentation::zoomIn() {
  const int* next = std::upper_bound(std::begin(kSteps), std::end(kSteps), zoom_);
  if (next != std::end(kSteps)) setZoom(*next);
}

void Presentation::zoomOut() {
  const int* at = std::lower_bound(std::begin(kSteps), std::end(kSteps), zoom_);
  if (at != std::begin(kSteps)) setZoom(*(at - 1));
}

void Presentation::resetZoom() { setZoom(100); }

void Presentation::setZoom(int percent) {
  percent = std::clamp(percent, kSteps[0], std::end(kSteps)[-1]);
  if (percent == zoom_) return;
  zoom_ = percent;
  QFont font = QApplication::font();
  font.setPointSizeF(basePointSize_ * percent / 100.0);
  QApplication::setFont(font);
  emit zoomChanged(percent);
}

void Presentation::setFullScreen(bool on) {
  if (on)
    window_->showFullScreen();
  else
    window_->showNormal();
}

void Presentation::setPresenting(bool on) {
  if (on == presenting_) return;
  presenting_ = on;
  if (on) {
    zoomBefore_ = zoom_;
    fullScreenBefore_ = window_->isFullScreen();
    setZoom(std::max(zoom_, kPresentationZoom));
    setFullScreen(true);
  } else {
    setZoom(zoomBefore_);
    setFullScreen(fullScreenBefore_);
  }
  emit presentingChanged(on);
}

}  // namespace led::ui
