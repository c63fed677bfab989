#pragma once
// Training off the GUI thread. The worker lives on its own QThread; the models it trains stay there
// (tensors never cross threads), and only numbers and sentences come back as queued signals.
#include <QObject>
#include <QString>
#include <atomic>
#include <optional>
#include <vector>

#include "core/user/models/EnsembleTraining.h"

Q_DECLARE_METATYPE(led::TrainProgress)
Q_DECLARE_METATYPE(led::EpochMetrics)

namespace led::ui {

struct TrainRequest {
  QString dataset;              // a DatasetSource string
  led::EnsemblePlan plan;       // scheme (none: plain images), models, training, preparation
  std::optional<led::Key> key;  // used when it fits scheme and data; else fresh keys are made
};

class TrainWorker : public QObject {
  Q_OBJECT
 public:
  // Set from any thread; the run stops within one batch.
  std::atomic<bool> cancel{false};

 public slots:
  void run(const led::ui::TrainRequest& request);
  // Writes every trained model (and its key beside it, owner-only) as path, path-2, ...
  void save(const QString& path);

 signals:
  void stage(const QString& sentence);
  void modelStarted(int index, int count, const QString& keyFingerprint);
  void progress(const led::TrainProgress& progress);
  void epochFinished(const led::EpochMetrics& metrics);
  // Test accuracy of the ensemble of the first n models, n = 1..models, summing probabilities.
  void finished(bool cancelled, const std::vector<double>& ensembleAccuracy);
  void failed(const QString& sentence);
  void saved(const QStringList& files);

 private:
  std::vector<led::TrainedModel> models_;
};

}  // namespace led::ui
