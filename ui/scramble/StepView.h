#pragma once
// One picture of the pipeline: title, image (zoomable, nearest-neighbour so blocks stay crisp), block
// grid overlay, and a hover that names the block under the mouse and lights up where it went.
#include <QWidget>
#include <vector>

class QLabel;

namespace led::ui {

class StepCanvas;

class StepView : public QWidget {
  Q_OBJECT
 public:
  explicit StepView(QWidget* parent = nullptr);
  void setStep(const QString& title, const QString& explanation, const QImage& image, int grid, const std::vector<int>& origin);
  void setZoom(double zoom);
  void setGridVisible(bool visible);
  // Outlines the block whose origin is `identity` (-1: none).
  void setHighlight(int identity);
  QString title() const;
  const QImage& image() const;

 signals:
  // identity: the plain block the hovered block came from (-1 when untracked); position: its index here.
  void blockHovered(int identity, int position);
  void hoverLeft();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void fitText();

  QLabel* title_;
  QString titleText_;
  QLabel* explanation_;
  StepCanvas* canvas_;
};

}  // namespace led::ui
