#include "ui/predict/PredictWorker.h"

#include <QFileInfo>

#include "ui/common/Failure.h"
#include "ui/common/ImageConvert.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/models/Prediction.h"

namespace led::ui {
namespace {

template <typename Work>
void guarded(PredictWorker* worker, Work work) {
  const QString failure = failureOf(work);
  if (!failure.isEmpty()) emit worker->failed(failure);
}

QStringList classNames(const led::ModelInfo& info) {
  QStringList names;
  for (const std::string& c : info.classNames) names << QString::fromStdString(c);
  return names;
}

}  // namespace

void PredictWorker::loadModel(const QString& path, const QStringList& keyFolders) {
  guarded(this, [&] {
    led::Classifier model = led::Classifier::load(path.toStdString());
    const led::ModelInfo& info = model.info();
    key_.reset();
    QString status = tr("none needed: the model was trained on plain images");
    if (!info.keyFingerprint.empty()) {
      std::vector<std::string> folders{QFileInfo(path).absolutePath().toStdString()};
      for (const QString& f : keyFolders) folders.push_back(f.toStdString());
      if (const auto found = led::findKeyFile(folders, info.keyFingerprint)) {
        key_ = led::readKeyFile(*found);
        status = tr("%1, found in %2").arg(QString::fromStdString(key_->shortFingerprint()), QString::fromStdString(*found));
      } else {
        status = tr("key %1 not found beside the model: load it").arg(QString::fromStdString(led::formatFingerprint(info.keyFingerprint)));
      }
    }
    model_ = std::move(model);
    emit modelLoaded(QString::fromStdString(info.describe()), QString::fromStdString(info.dataset), classNames(info), status,
                     info.keyFingerprint.empty() || key_.has_value());
  });
}

void PredictWorker::loadKey(const QString& path) {
  guarded(this, [&] {
    if (!model_) led::fail(led::ErrorKind::InvalidArgument, tr("Open a model first.").toStdString());
    led::Key key = led::readKeyFile(path.toStdString());
    led::requireModelKey(model_->info(), led::fingerprintOf(key));
    key_ = std::move(key);
    emit modelLoaded(QString::fromStdString(model_->info().describe()), QString::fromStdString(model_->info().dataset),
                     classNames(model_->info()), tr("%1, loaded from %2").arg(QString::fromStdString(key_->shortFingerprint()), path),
                     true);
  });
}

void PredictWorker::predict(const QString& photoPath) {
  guarded(this, [&] {
    if (!model_) led::fail(led::ErrorKind::InvalidArgument, tr("Open a model first.").toStdString());
    const led::Prediction p = led::predict(*model_, key_, led::readImage(photoPath.toStdString()));
    emit predicted(toQImage(p.input), toQImage(p.ciphertext), p.probabilities, p.caution);
  });
}

}  // namespace led::ui
