#pragma once
// LED section 3.4's ensemble trained as one job: n models, each on the images encrypted with its own
// key (one plain model when there is no scheme). The Train page, led train --models and led evaluate
// table1 all train through this loop.
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

#include "core/user/models/ImageTraining.h"
#include "core/shared/random/RandomSource.h"

namespace led {

struct EnsemblePlan {
  std::optional<SchemeParams> scheme;  // none: plain models
  int models = 1;
  TrainConfig training;
  Preparation preparation;
};

struct TrainedModel {
  Classifier model;
  std::optional<Key> key;  // the model's own; none for a plain model
};

struct EnsembleCallbacks {
  // Member `index` (0-based) as it already exists (a model trained before, with its key), or nothing to
  // train it now. Unset: every member is trained.
  std::function<std::optional<TrainedModel>(int index)> existing;
  std::function<void(int index, int count, const std::optional<Key>& key)> memberStarted;
  std::function<void(int index, const TrainedModel& member)> memberTrained;
  TrainCallbacks training;
};

struct EnsembleRun {
  std::vector<TrainedModel> members;  // in order; fewer than planned when cancelled
  bool cancelled = false;
};

// Keys for the members come from `keys` (the OS generator but in seeded demos); firstKey, when it fits
// the scheme and the images, is member 0's. Cancelling stops within one batch.
EnsembleRun trainEnsemble(const DatasetSplit& data, const EnsemblePlan& plan, const std::optional<Key>& firstKey, RandomSource& keys,
                          const EnsembleCallbacks& callbacks, const std::atomic<bool>& cancel);

}  // namespace led
