#include "core/user/models/DemoCloud.h"

#include <algorithm>

#include "core/shared/common/Error.h"
#include "core/user/data/PhotoDataset.h"
#include "core/user/models/ImageTraining.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

constexpr std::size_t kTrainCopies = 48, kTestCopies = 20;

// Two photos are easy to tell apart; what they need is enough steps, hence small batches of few copies
// (64x64 costs about four times 32x32 an image; docs/results.md has the set-up times).
TrainConfig demoRecipe() {
  TrainConfig config;
  config.epochs = 4;
  config.batchSize = 8;
  return config;
}

}  // namespace

DemoCloud trainDemoCloud(const std::array<Image, 2>& photos, const std::array<std::string, 2>& names, int sets, int members,
                         RandomSource& random, const std::function<void(const DemoCloudProgress&)>& progress,
                         const std::atomic<bool>& cancel) {
  if (names[0] == names[1])
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the two photos need different names: they are the demo models' classes"));
  if (sets < 1 || sets > 2 || members < 1)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the demo cloud has one or two model sets of one model or more"));
  const bool swap = names[1] < names[0];
  const std::vector<Image> ordered{photos[swap ? 1 : 0], photos[swap ? 0 : 1]};
  const std::vector<std::string> classes{names[swap ? 1 : 0], names[swap ? 0 : 1]};
  const DatasetSplit data{photoDataset(ordered, classes, kDemoModelShape, kTrainCopies, random),
                          photoDataset(ordered, classes, kDemoModelShape, kTestCopies, random)};
  Preparation preparation;
  preparation.augmentation = Augmentation{};  // photoDataset's copies are augmented already
  const int total = sets * members;
  DemoCloud cloud;
  for (int set = 0; set < sets; ++set) {
    cloud.models.emplace_back();
    for (int m = 0; m < members; ++m) {
      const int done = set * members + m;
      const Key key = generateKey({SchemeParams::defaults(SchemeId::Le), kDemoModelShape}, random);
      TrainCallbacks callbacks;
      callbacks.progress = [&](const TrainProgress& p) {
        if (!progress) return;
        const double epochs = p.epoch - 1 + double(p.batch) / double(std::max<std::size_t>(1, p.batches));
        progress({done, total, (done + epochs / p.epochs) / total});
      };
      TrainResult r = trainOnImages(data, key, demoRecipe(), preparation, callbacks, cancel);
      if (r.cancelled) fail(ErrorKind::Cancelled, LED_PHRASE("led", "setting up the cloud was cancelled"));
      cloud.keys[std::size_t(set)].push_back(key);
      cloud.models.back().push_back(std::move(r.model));
    }
  }
  return cloud;
}

}  // namespace led
