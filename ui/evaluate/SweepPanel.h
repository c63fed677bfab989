#pragma once
// The calibration sweep on the Evaluate page (Sharma & Chen): block sizes and noise levels in; per
// setting a model is trained on ciphertexts, and its accuracy, visual privacy and mis-usability appear
// as points on three live plots and a table. Trains off the GUI thread with progress and cancel; exports
// the table as CSV and the plots as PNG.
#include <QWidget>
#include <optional>
#include <utility>
#include <vector>

#include "core/user/privacy/Calibration.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace led::ui {

class JobBar;
class MeasurePlot;

class SweepPanel : public QWidget {
  Q_OBJECT
 public:
  explicit SweepPanel(QWidget* parent = nullptr);

  bool running() const;
  const std::vector<led::CalibrationPoint>& points() const { return points_; }
  // Shows earlier results (a project's) in the table and plots, as if just measured; not while running.
  void showPoints(const std::vector<led::CalibrationPoint>& points);
  QTableWidget* table() const { return table_; }
  QList<MeasurePlot*> plots() const { return {accuracy_, privacy_, misuse_}; }
  QString recommendation() const;

 public slots:
  void run();
  void cancel();
  // For tests and scripted demos: a smaller sweep than the default.
  void configure(const QString& blocks, const QString& noises, int epochs, int trainImages, int testImages);
  bool exportCsv(const QString& path);
  // accuracy.png, visual-privacy.png and misusability.png in folder.
  bool exportPlots(const QString& folder);

 signals:
  void failed(const QString& sentence);
  void informed(const QString& sentence);
  void finished(bool cancelled);

 private:
  led::CalibrationPlan plan() const;  // throws led::Error on a malformed list
  void addPoint(const led::CalibrationPoint& point);
  void redraw();
  void askExport();

  QLineEdit* dataset_;
  QComboBox* scheme_;
  QLineEdit* blocks_;
  QLineEdit* noises_;
  QSpinBox* epochs_;
  QSpinBox* trainImages_;
  QSpinBox* testImages_;
  QDoubleSpinBox* target_;
  JobBar* job_;
  QLabel* pick_;
  QTableWidget* table_;
  MeasurePlot* accuracy_;
  MeasurePlot* privacy_;
  MeasurePlot* misuse_;
  std::vector<led::CalibrationPoint> points_;
  std::optional<std::pair<double, std::size_t>> examiner_;  // its plain accuracy and the classes, once trained
};

}  // namespace led::ui
