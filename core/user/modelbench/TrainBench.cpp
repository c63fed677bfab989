#include "core/user/modelbench/TrainBench.h"

#include "core/user/data/EncryptedView.h"
#include "core/user/models/ImageTraining.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {

TrainBenchResult benchmarkTraining(const Dataset& train, const std::optional<Key>& key, const std::string& architecture, int batchSize,
                                   int steps, int threads) {
  const ModelInput input(key ? std::shared_ptr<const Cipher>(makeCipher(*key)) : nullptr, train.shape);
  const EncryptedView view(train, input, defaultAugmentation(train.shape));
  return benchmarkTrainingSteps(view, modelInfoFor(architecture, train, key), batchSize, steps, threads);
}

}  // namespace led
