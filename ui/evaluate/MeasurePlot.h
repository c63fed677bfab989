#pragma once
// One measure against a parameter, a line per series (QCustomPlot): the JPEG rate-distortion curve and
// the calibration curves of the Evaluate page. Can be saved as PNG.
#include <QString>
#include <QWidget>
#include <vector>

#include "core/user/chart/LineChart.h"

class QCustomPlot;

namespace led::ui {

class MeasurePlot : public QWidget {
  Q_OBJECT
 public:
  MeasurePlot(const QString& title, const QString& xLabel, const QString& yLabel, QWidget* parent = nullptr);
  void setSeries(const std::vector<led::ChartSeries>& series);
  int seriesCount() const;
  int pointCount() const;
  // False (and nothing written) when the file cannot be written.
  bool savePng(const QString& path) const;

 private:
  QCustomPlot* plot_;
};

}  // namespace led::ui
