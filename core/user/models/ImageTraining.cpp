#include "core/user/models/ImageTraining.h"

#include "core/shared/common/Error.h"
#include "core/user/data/EncryptedView.h"
#include "core/user/models/Familiarity.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

std::shared_ptr<const Cipher> cipherFor(const std::optional<Key>& key) {
  return key ? std::shared_ptr<const Cipher>(makeCipher(*key)) : nullptr;
}

// The first n images of data (all when n is 0), copied only when n cuts the set short.
const Dataset& firstImages(const Dataset& data, std::size_t n, std::optional<Dataset>& storage) {
  if (n == 0 || n >= data.size()) return data;
  return storage.emplace(data.head(n));
}

}  // namespace

ModelInfo modelInfoFor(const std::string& architecture, const Dataset& data, const std::optional<Key>& key) {
  requireArchitecture(architecture);
  const ModelInput input(cipherFor(key), data.shape);
  ModelInfo info;
  info.architecture = architecture;
  if (key) {
    info.scheme = key->spec().params;
    info.keyFingerprint = key->fingerprint();
  }
  info.dataset = data.name;
  info.classNames = data.classNames;
  info.imageShape = data.shape;
  info.input = input.shape();
  info.layout = input.layout();
  return info;
}

TrainResult trainOnImages(const DatasetSplit& data, const std::optional<Key>& key, const TrainConfig& config,
                          const Preparation& preparation, const TrainCallbacks& callbacks, const std::atomic<bool>& cancel,
                          const std::string& resumeFrom) {
  config.validate();
  preparation.validate();
  std::optional<Dataset> trainStorage, testStorage;
  const Dataset& trainSet = firstImages(data.train, preparation.trainLimit, trainStorage);
  const Dataset& testSet = firstImages(data.test, preparation.testLimit, testStorage);
  const ModelInput input(cipherFor(key), trainSet.shape);
  const EncryptedView trainView(trainSet, input, preparation.augmentationFor(trainSet.shape));
  const EncryptedView testView(testSet, input, {});
  TrainResult result = train(trainView, testView, modelInfoFor(config.architecture, trainSet, key), config, callbacks, cancel, resumeFrom);
  // Class statistics from the training images as they are (no augmentation), the bound from the test
  // images, which training never saw.
  if (!result.cancelled && testSet.size() > 0) calibrateFamiliarity(result.model, trainSet, testSet, key);
  return result;
}

ModelInput modelInputFor(const Classifier& model, const ImageShape& shape, const std::optional<Key>& key) {
  const ModelInfo& info = model.info();
  requireModelKey(info, fingerprintOf(key));
  ModelInput input(cipherFor(key), shape);
  if (input.shape() != info.input)
    fail(ErrorKind::Mismatch,
         {LED_PHRASE("led", "the model takes %1 images; the dataset's are %2"), {info.imageShape.text(), shape.text()}});
  return input;
}

Evaluation evaluateOnImages(const Classifier& model, const Dataset& data, const std::optional<Key>& key) {
  return evaluate(model, EncryptedView(data, modelInputFor(model, data.shape, key), {}));
}

}  // namespace led
