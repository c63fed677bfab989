#pragma once
// Training classifiers on encrypted images: dataset, scheme, key, model and its settings; Start and
// Cancel; live curves, a progress bar with the time left, a table of epochs; saving the models with
// their keys. All training runs on a worker thread.
#include <QThread>
#include <QWidget>
#include <optional>

#include "core/user/keys/Key.h"
#include "ui/train/TrainWorker.h"
#include "ui/common/Page.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace led::ui {

class CurvePlot;
class Details;
class LatencyProbe;

class TrainPage : public Page {
  Q_OBJECT
 public:
  explicit TrainPage(QWidget* parent = nullptr);
  QString title() const override;
  QString icon() const override;
  ~TrainPage() override;

  bool running() const { return running_; }
  TrainRequest request() const;
  CurvePlot* curves() const { return curves_; }
  QTableWidget* epochTable() const { return table_; }
  // Longest GUI-thread stall of the last run, in milliseconds.
  double worstStallMs() const;

  // What the last run left on the page: the epochs of the model shown (curves and table) and the
  // ensemble line. Projects keep them; the models themselves are kept by Save Models.
  struct Results {
    std::vector<led::EpochMetrics> epochs;
    QString ensemble;
  };
  Results results() const;
  // Draws results again (curves, table, ensemble line), as after the run that made them.
  void showResults(const Results& results);
  // Projects keep the settings and the results (numbers exact).
  void capture(ProjectDraft& draft) const override;
  QStringList restore(const led::Project& project, const std::any& loaded) override;
  void cancelJob(QObject* job) override;

 public slots:
  void start();
  void cancel();
  void saveModels(const QString& path);
  void setDatasetSource(const QString& source);
  // "plain" or a scheme name; false if there is no such choice.
  bool setScheme(const QString& name);
  void setEpochs(int epochs);
  void loadKeyFile(const QString& path);
  // Keeps the trained model (and its key) in LED Studio's folder and hands it to the Predict page.
  void useForPrediction();
  // The Predict page's quick model: baseline, le, one epoch on part of Fashion-MNIST, handed over when done.
  void trainQuickModel();
  void updateEstimate();

 signals:
  void runFinished(bool cancelled);
  void modelsSaved(const QStringList& files);
  void runRequested(const led::ui::TrainRequest& request);
  // A model saved for the Predict page (useForPrediction).
  void modelForPrediction(const QString& path);

 private:
  QWidget* buildForm();
  void schemeChosen();
  void setRunning(bool running);
  void onProgress(const led::TrainProgress& p);
  void onEpoch(const led::EpochMetrics& m);
  void onFinished(bool cancelled, const std::vector<double>& ensemble);
  void recordSpeed();

  QComboBox* dataset_;
  QLineEdit* datasetPath_;
  QComboBox* scheme_;
  QSpinBox* block_;
  QLabel* keyLabel_;
  QComboBox* architecture_;
  QSpinBox* epochs_;
  QSpinBox* batch_;
  QDoubleSpinBox* learningRate_;
  QDoubleSpinBox* weightDecay_;
  QSpinBox* pixelNoise_;
  QSpinBox* models_;
  QLabel* device_;
  QLabel* estimate_;
  QLabel* schemeAbout_;
  QLabel* architectureAbout_;
  QPushButton* use_;
  bool gpu_ = false;
  bool handingOver_ = false;
  QString trainedName_;  // "architecture-scheme" of the run whose models are in memory
  QString handedOver_;   // the file that run was handed to Predict in, once written
  bool handOverWhenDone_ = false;
  std::size_t trainLimit_ = 0;
  std::size_t batchesPerEpoch_ = 0;
  QPushButton* start_;
  QPushButton* cancel_;
  QPushButton* save_;
  QLabel* status_;
  QProgressBar* progress_;
  QLabel* timeLeft_;
  CurvePlot* curves_;
  QTableWidget* table_;
  QLabel* ensemble_;
  Details* details_;
  LatencyProbe* probe_;

  std::optional<led::Key> key_;
  std::vector<led::EpochMetrics> shown_;  // the epochs in the table and the curves
  QThread thread_;
  TrainWorker* worker_;
  bool running_ = false;
  int modelIndex_ = 1;
  int modelCount_ = 1;
};

}  // namespace led::ui

Q_DECLARE_METATYPE(led::ui::TrainRequest)
