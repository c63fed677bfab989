#pragma once
// Prediction off the GUI thread: the model lives in this worker's thread; photos go in, labels and
// pictures come out.
#include <QImage>
#include <QObject>
#include <QStringList>
#include <optional>
#include <vector>

#include "core/user/keys/Key.h"
#include "core/shared/learn/Classifier.h"
#include "core/user/models/Prediction.h"

namespace led::ui {

class PredictWorker : public QObject {
  Q_OBJECT
 public slots:
  // Loads the model and looks for its key (by fingerprint) beside it and in keyFolders.
  void loadModel(const QString& path, const QStringList& keyFolders);
  void loadKey(const QString& path);
  void predict(const QString& photoPath);

 signals:
  // description: architecture, scheme and key, for the details; dataset: what the model learned from.
  void modelLoaded(const QString& description, const QString& dataset, const QStringList& classes, const QString& keyStatus, bool ready);
  void predicted(const QImage& input, const QImage& seen, const std::vector<float>& probabilities, const led::Caution& caution);
  void failed(const QString& sentence);

 private:
  std::optional<led::Classifier> model_;
  std::optional<led::Key> key_;
};

}  // namespace led::ui
