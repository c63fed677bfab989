#pragma once
// Showing LED Studio to a room: zoom (every text and, through the layouts, every picture grows),
// full screen, and presentation mode, which is both at once and is left the way it was entered.
#include <QObject>

class QMainWindow;

namespace led::ui {

class Presentation : public QObject {
  Q_OBJECT
 public:
  explicit Presentation(QMainWindow* window);
  // The application's font as a percentage of the size it started with.
  int zoom() const { return zoom_; }
  bool presenting() const { return presenting_; }

 public slots:
  void zoomIn();
  void zoomOut();
  void resetZoom();
  void setZoom(int percent);
  void setFullScreen(bool on);
  void setPresenting(bool on);

 signals:
  void zoomChanged(int percent);
  void presentingChanged(bool on);

 private:
  QMainWindow* window_;
  double basePointSize_;
  int zoom_ = 100;
  bool presenting_ = false;
  int zoomBefore_ = 100;
  bool fullScreenBefore_ = false;
};

}  // namespace led::ui
