#include "train/TrainWorker.h"

#include <QFileInfo>

#include "common/Failure.h"
#include "data/DatasetSource.h"
#include "keys/KeyFile.h"
#include "learn/Ensemble.h"
#include "random/RandomSource.h"
#include "schemes/SchemeRegistry.h"

namespace led::ui {
namespace {

bool fits(const led::Key& key, const led::SchemeParams& params, const led::ImageShape& shape) {
  return key.spec().params == params && key.spec().shape == shape;
}

QString numbered(const QString& path, std::size_t index) {
  if (index == 0) return path;
  const QFileInfo info(path);
  return info.path() + "/" + info.completeBaseName() + "-" + QString::number(index + 1) + "." + info.suffix();
}

}  // namespace

void TrainWorker::run(const TrainRequest& request) {
  cancel = false;
  models_.clear();
  keys_.clear();
  const QString failure = failureOf([&] {
    emit stage(tr("Loading %1…").arg(request.dataset));
    const led::DatasetSplit data = led::loadDataset(request.dataset.toStdString());
    led::OsRandom random;
    for (int i = 0; i < request.models && !cancel; ++i) {
      std::optional<led::Key> key;
      if (request.scheme) {
        const bool reuse = i == 0 && request.key && fits(*request.key, *request.scheme, data.train.shape);
        key = reuse ? *request.key : led::generateKey({*request.scheme, data.train.shape}, random);
      }
      emit modelStarted(i + 1, request.models, key ? QString::fromStdString(key->shortFingerprint()) : QString());
      led::TrainCallbacks callbacks;
      callbacks.progress = [this](const led::TrainProgress& p) { emit progress(p); };
      callbacks.epochDone = [this](const led::EpochMetrics& m) { emit epochFinished(m); };
      led::TrainResult result = led::train(data, key, request.config, callbacks, cancel);
      if (result.cancelled) return emit finished(true, {});
      models_.push_back(std::move(result.model));
      keys_.push_back(key);
    }
    std::vector<led::EnsembleMember> members;
    for (std::size_t i = 0; i < models_.size(); ++i) members.push_back({&models_[i], keys_[i]});
    std::vector<double> accuracy{};
    if (models_.size() > 1) {
      emit stage(tr("Evaluating the ensemble…"));
      accuracy = led::evaluateEnsemble(members, data.test.head(request.config.testLimit)).sum;
    }
    emit finished(false, accuracy);
  });
  if (!failure.isEmpty()) emit failed(failure);
}

void TrainWorker::save(const QString& path) {
  const QString failure = failureOf([&] {
    QStringList files;
    for (std::size_t i = 0; i < models_.size(); ++i) {
      const QString modelPath = numbered(path, i);
      models_[i].save(modelPath.toStdString());
      files << modelPath;
      if (keys_[i]) {
        const QString keyPath = QFileInfo(modelPath).path() + "/" + QFileInfo(modelPath).completeBaseName() + ".ledkey";
        led::writeKeyFile(keyPath.toStdString(), *keys_[i]);
        files << keyPath;
      }
    }
    emit saved(files);
  });
  if (!failure.isEmpty()) emit failed(failure);
}

}  // namespace led::ui
