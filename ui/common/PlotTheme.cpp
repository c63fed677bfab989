#include "PlotTheme.h"

#include <QEvent>
#include <QObject>
#include <qcustomplot.h>

namespace led::ui {

namespace {

void paint(QCustomPlot* plot) {
  const QPalette& palette = plot->palette();
  const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
  QColor grid = text;
  grid.setAlpha(45);
  plot->setBackground(base);
  for (QCPAxis* axis : plot->axisRect()->axes()) {
    axis->setBasePen(QPen(text));
    axis->setTickPen(QPen(text));
    axis->setSubTickPen(QPen(text));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
  }
  plot->legend->setBrush(base);
  plot->legend->setTextColor(text);
  plot->legend->setBorderPen(QPen(grid));
  for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
    if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i))) title->setTextColor(text);
  plot->replot(QCustomPlot::rpQueuedReplot);
}

class PaletteFollower : public QObject {
 public:
  explicit PaletteFollower(QCustomPlot* plot) : QObject(plot), plot_(plot) { plot->installEventFilter(this); }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    // A hidden plot hears of a new application palette only as ApplicationPaletteChange.
    if (watched == plot_ && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)) paint(plot_);
    return false;
  }

 private:
  QCustomPlot* plot_;
};

}  // namespace

void followPalette(QCustomPlot* plot) {
  paint(plot);
  new PaletteFollower(plot);
}

}  // namespace led::ui
