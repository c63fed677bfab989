#pragma once
// One measure against a parameter, a line per series (QCustomPlot): the JPEG rate-distortion curve and
// the calibration curves of the Evaluate page. Can be saved as PNG.
#include <QString>
#include <QVector>
#include <QWidget>

class QCustomPlot;

namespace led::ui {

struct PlotSeries {
  QString name;
  QVector<double> x, y;
};

class MeasurePlot : public QWidget {
  Q_OBJECT
 public:
  MeasurePlot(const QString& title, const QString& xLabel, const QString& yLabel, QWidget* parent = nullptr);
  void setSeries(const QVector<PlotSeries>& series);
  int seriesCount() const;
  int pointCount() const;
  // False (and nothing written) when the file cannot be written.
  bool savePng(const QString& path) const;

 private:
  QCustomPlot* plot_;
};

}  // namespace led::ui
