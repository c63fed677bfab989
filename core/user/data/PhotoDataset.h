#pragma once
// A tiny labelled dataset grown from a handful of photos, one class each, by random crops, mirroring and
// brightness changes. It lets the query demo train "cloud" models in seconds when no trained models are
// at hand. Such models know those photos only: they say so in their dataset name.
#include <string>
#include <vector>

#include "core/user/data/Dataset.h"
#include "core/shared/random/RandomSource.h"

namespace led {

// copies variants of every photo, at `shape`; photos[i] has class classNames[i].
Dataset photoDataset(const std::vector<Image>& photos, const std::vector<std::string>& classNames, const ImageShape& shape, int copies,
                     RandomSource& random);

}  // namespace led
