#include "core/user/models/EnsembleTraining.h"

#include "core/shared/common/Error.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

std::optional<Key> keyFor(int index, const EnsemblePlan& plan, const std::optional<Key>& firstKey, const ImageShape& shape,
                          RandomSource& keys) {
  if (!plan.scheme) return std::nullopt;
  if (index == 0 && firstKey && firstKey->spec().params == *plan.scheme && firstKey->spec().shape == shape) return firstKey;
  return generateKey({*plan.scheme, shape}, keys);
}

}  // namespace

EnsembleRun trainEnsemble(const DatasetSplit& data, const EnsemblePlan& plan, const std::optional<Key>& firstKey, RandomSource& keys,
                          const EnsembleCallbacks& callbacks, const std::atomic<bool>& cancel) {
  if (plan.models < 1 || plan.models > 100) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "an ensemble has from 1 to 100 models"));
  plan.training.validate();
  plan.preparation.validate();
  EnsembleRun run;
  for (int i = 0; i < plan.models; ++i) {
    if (callbacks.existing)
      if (std::optional<TrainedModel> kept = callbacks.existing(i)) {
        run.members.push_back(std::move(*kept));
        continue;
      }
    std::optional<Key> key = keyFor(i, plan, firstKey, data.train.shape, keys);
    if (callbacks.memberStarted) callbacks.memberStarted(i, plan.models, key);
    TrainResult result = trainOnImages(data, key, plan.training, plan.preparation, callbacks.training, cancel);
    if ((run.cancelled = result.cancelled)) break;
    run.members.push_back({std::move(result.model), std::move(key)});
    if (callbacks.memberTrained) callbacks.memberTrained(i, run.members.back());
  }
  return run;
}

}  // namespace led
