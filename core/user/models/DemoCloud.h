#pragma once
// The demo cloud of the Query page and the guided tour: models that tell the user's two photos apart,
// trained in seconds. For each model set (one for the normal process, two for the deniable one) and each
// ensemble member, a fresh le key from the operating system and a baseline model trained on augmented
// copies of the two photos, encrypted under that key. The two classes are named after the photos in
// alphabetical order, so their order cannot say which photo is the real one.
#include <array>
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "core/shared/image/Image.h"
#include "core/user/keys/Key.h"
#include "core/shared/learn/Classifier.h"
#include "core/shared/random/RandomSource.h"

namespace led {

// Twice CIFAR-10's side (the paper's dog/cat models take 32x32): large enough that a class recognises
// the dog and the cat in each part and in what the fake keys open.
constexpr ImageShape kDemoModelShape{64, 64, 3};

struct DemoCloud {
  std::array<std::vector<Key>, 2> keys;  // [set][member]; the normal process uses set 0 only
  std::vector<std::vector<Classifier>> models;
};

struct DemoCloudProgress {
  int model = 0, models = 0;  // the model in training (0-based), of how many
  double fraction = 0;        // of the whole set-up
};

// sets: 1 or 2; members: 1 or more. Throws Cancelled when cancelled (within one batch), InvalidArgument
// when the photos' names are the same (they are the classes).
DemoCloud trainDemoCloud(const std::array<Image, 2>& photos, const std::array<std::string, 2>& names, int sets, int members,
                         RandomSource& random, const std::function<void(const DemoCloudProgress&)>& progress,
                         const std::atomic<bool>& cancel);

}  // namespace led
