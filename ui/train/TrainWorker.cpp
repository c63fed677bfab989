#include "ui/train/TrainWorker.h"

#include <QFileInfo>

#include "ui/common/Failure.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/models/Ensemble.h"

namespace led::ui {
namespace {

QString numbered(const QString& path, std::size_t index) {
  if (index == 0) return path;
  const QFileInfo info(path);
  return info.path() + "/" + info.completeBaseName() + "-" + QString::number(index + 1) + "." + info.suffix();
}

}  // namespace

void TrainWorker::run(const TrainRequest& request) {
  cancel = false;
  models_.clear();
  const QString failure = failureOf([&] {
    emit stage(tr("Loading %1…").arg(request.dataset));
    const led::DatasetSplit data = led::loadDataset(request.dataset.toStdString());
    led::OsRandom random;
    led::EnsembleCallbacks callbacks;
    callbacks.memberStarted = [this](int index, int count, const std::optional<led::Key>& key) {
      emit modelStarted(index + 1, count, key ? QString::fromStdString(key->shortFingerprint()) : QString());
    };
    callbacks.training.progress = [this](const led::TrainProgress& p) { emit progress(p); };
    callbacks.training.epochDone = [this](const led::EpochMetrics& m) { emit epochFinished(m); };
    led::EnsembleRun run = led::trainEnsemble(data, request.plan, request.key, random, callbacks, cancel);
    if (run.cancelled) return emit finished(true, {});
    models_ = std::move(run.members);
    std::vector<double> accuracy{};
    if (models_.size() > 1) {
      emit stage(tr("Evaluating the ensemble…"));
      std::vector<led::EnsembleMember> members;
      for (const led::TrainedModel& m : models_) members.push_back({&m.model, m.key});
      accuracy = led::evaluateEnsemble(members, data.test.head(request.plan.preparation.testLimit)).sum;
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
      models_[i].model.save(modelPath.toStdString());
      files << modelPath;
      if (const std::optional<led::Key>& key = models_[i].key) {
        const QString keyPath = QFileInfo(modelPath).path() + "/" + QFileInfo(modelPath).completeBaseName() + ".ledkey";
        led::writeKeyFile(keyPath.toStdString(), *key);
        files << keyPath;
      }
    }
    emit saved(files);
  });
  if (!failure.isEmpty()) emit failed(failure);
}

}  // namespace led::ui
