#include "ui/evaluate/MeasurePlot.h"

#include <qcustomplot.h>

#include "ui/common/CorePhrase.h"
#include "ui/common/PlotTheme.h"

#include <QVBoxLayout>

namespace led::ui {
namespace {

const QColor kColours[] = {{59, 110, 165}, {224, 128, 32}, {60, 160, 60}, {160, 60, 160}, {200, 50, 50}};

}  // namespace

MeasurePlot::MeasurePlot(const QString& title, const QString& xLabel, const QString& yLabel, QWidget* parent)
    : QWidget(parent), plot_(new QCustomPlot(this)) {
  plot_->plotLayout()->insertRow(0);
  plot_->plotLayout()->addElement(0, 0, new QCPTextElement(plot_, title, QFont(font().family(), font().pointSize(), QFont::Bold)));
  plot_->xAxis->setLabel(xLabel);
  plot_->yAxis->setLabel(yLabel);
  plot_->legend->setVisible(true);
  plot_->legend->setFont(font());
  plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
  plot_->setMinimumHeight(200);
  followPalette(plot_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(plot_);
}

void MeasurePlot::setSeries(const std::vector<led::ChartSeries>& series) {
  plot_->clearGraphs();
  for (std::size_t i = 0; i < series.size(); ++i) {
    QCPGraph* g = plot_->addGraph();
    g->setName(translated(series[i].name));
    g->setPen(QPen(kColours[i % 5], 2));
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    g->setData(QVector<double>(series[i].x.begin(), series[i].x.end()), QVector<double>(series[i].y.begin(), series[i].y.end()), true);
  }
  plot_->rescaleAxes();
  // A little room around the points, so none sits on the frame.
  for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
    const QCPRange r = axis->range();
    const double pad = std::max(1e-3, r.size() * 0.08);
    axis->setRange(r.lower - pad, r.upper + pad);
  }
  plot_->replot(QCustomPlot::rpQueuedReplot);
}

int MeasurePlot::seriesCount() const { return plot_->graphCount(); }

int MeasurePlot::pointCount() const {
  int n = 0;
  for (int i = 0; i < plot_->graphCount(); ++i) n += plot_->graph(i)->dataCount();
  return n;
}

bool MeasurePlot::savePng(const QString& path) const { return plot_->savePng(path, 800, 500); }

}  // namespace led::ui
