#include "ui/train/CurvePlot.h"

#include <qcustomplot.h>

#include "ui/common/PlotTheme.h"

#include <QHBoxLayout>

namespace led::ui {
namespace {

QCustomPlot* makePlot(QWidget* parent, const QString& yLabel) {
  auto* plot = new QCustomPlot(parent);
  plot->xAxis->setLabel(QObject::tr("epoch"));
  plot->yAxis->setLabel(yLabel);
  plot->legend->setVisible(true);
  plot->legend->setFont(parent->font());
  plot->setMinimumHeight(220);
  followPalette(plot);
  return plot;
}

QCPGraph* addGraph(QCustomPlot* plot, const QString& name, const QColor& colour, bool dots) {
  QCPGraph* g = plot->addGraph();
  g->setName(name);
  g->setPen(QPen(colour, 2));
  if (dots) g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
  return g;
}

}  // namespace

CurvePlot::CurvePlot(QWidget* parent) : QWidget(parent), loss_(makePlot(this, tr("loss"))), accuracy_(makePlot(this, tr("accuracy (%)"))) {
  const QColor train(59, 110, 165), test(224, 128, 32);
  trainLoss_ = addGraph(loss_, tr("training"), train, false);
  testLoss_ = addGraph(loss_, tr("test"), test, true);
  trainAccuracy_ = addGraph(accuracy_, tr("training"), train, false);
  testAccuracy_ = addGraph(accuracy_, tr("test"), test, true);
  accuracy_->legend->setVisible(true);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(loss_);
  layout->addWidget(accuracy_);
  clear(10);
}

void CurvePlot::clear(int epochs) {
  for (QCPGraph* g : {trainLoss_, testLoss_, trainAccuracy_, testAccuracy_}) g->data()->clear();
  for (QCustomPlot* p : {loss_, accuracy_}) p->xAxis->setRange(0, std::max(1, epochs));
  loss_->yAxis->setRange(0, 2.5);
  accuracy_->yAxis->setRange(0, 100);
  loss_->replot(QCustomPlot::rpQueuedReplot);
  accuracy_->replot(QCustomPlot::rpQueuedReplot);
}

void CurvePlot::addRunning(double x, double loss, double accuracy) {
  trainLoss_->addData(x, loss);
  trainAccuracy_->addData(x, 100 * accuracy);
  loss_->yAxis->rescale();
  loss_->yAxis->setRangeLower(0);
  loss_->replot(QCustomPlot::rpQueuedReplot);
  accuracy_->replot(QCustomPlot::rpQueuedReplot);
}

void CurvePlot::addEpoch(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy) {
  trainLoss_->addData(epoch, trainLoss);
  trainAccuracy_->addData(epoch, 100 * trainAccuracy);
  testLoss_->addData(epoch, testLoss);
  testAccuracy_->addData(epoch, 100 * testAccuracy);
  loss_->yAxis->rescale();
  loss_->yAxis->setRangeLower(0);
  // Every point of both curves stays in view: after a single epoch the training curve climbs from chance.
  double low = 100;
  for (QCPGraph* g : {trainAccuracy_, testAccuracy_})
    for (const auto& point : *g->data()) low = std::min(low, point.value);
  accuracy_->yAxis->setRange(std::max(0.0, std::floor(low / 10) * 10 - 10), 100);
  loss_->replot(QCustomPlot::rpQueuedReplot);
  accuracy_->replot(QCustomPlot::rpQueuedReplot);
}

int CurvePlot::testPoints() const { return testAccuracy_->dataCount(); }

}  // namespace led::ui
