#pragma once
// A local prediction for people who do not program: open or drop a photo, open a trained model (its
// key is found by fingerprint beside it), see the label, the probabilities, and the ciphertext that is
// all the model ever saw.
#include <QThread>
#include <QWidget>
#include <vector>
#include "core/user/models/Prediction.h"
#include "ui/common/Page.h"

class QCustomPlot;
class QLabel;
class QPushButton;

namespace led::ui {

class Details;
class PredictWorker;

class PredictPage : public Page {
  Q_OBJECT
 public:
  explicit PredictPage(QWidget* parent = nullptr);
  QString title() const override;
  QString icon() const override;
  ~PredictPage() override;
  QString answer() const;
  // The doubt shown with the answer (empty when there is none).
  QString warning() const;
  // What the page says of the model: its classes and dataset, or how to get one.
  QString modelText() const;
  bool busy() const { return pending_ > 0; }
  QString photoPath() const { return photoPath_; }
  QString modelPath() const { return modelPath_; }
  // Nothing to undo; projects keep the photo and the model.
  QUndoStack* undoStack() override { return nullptr; }
  void capture(ProjectDraft& draft) const override;
  QStringList restore(const led::Project& project, const std::any& loaded) override;

 public slots:
  void openPhoto(const QString& path);
  void openModel(const QString& path);
  void openKey(const QString& path);

 signals:
  void answered(const QString& label);
  void requestModel(const QString& path, const QStringList& keyFolders);
  void requestKey(const QString& path);
  void requestPrediction(const QString& photo);
  // "Train a Quick Model": the window trains one on the Train page and hands it back (openModel).
  void quickModelRequested();

 protected:
  void showEvent(QShowEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void predictIfReady();
  void showPrediction(const QImage& input, const QImage& seen, const std::vector<float>& probabilities, const led::Caution& caution);
  static QString quickModelEstimate();

  QLabel* photo_;
  QLabel* modelInfo_;
  QLabel* keyInfo_;
  QPushButton* quick_;
  Details* details_;
  QLabel* answer_;
  QLabel* warning_;
  QLabel* input_;
  QLabel* seen_;
  QCustomPlot* bars_;
  QString photoPath_;
  QString modelPath_;
  QStringList classes_;
  QString dataset_;
  bool modelReady_ = false;
  int pending_ = 0;
  bool shownBefore_ = false;
  QThread thread_;
  PredictWorker* worker_;
};

}  // namespace led::ui
