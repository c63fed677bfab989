#pragma once
// A folder of images with one sub-folder per class. With train/ and test/ sub-folders those are the
// split; otherwise every sixth image of each class (in name order) is held out for testing.
#include <string>

#include "core/user/data/Dataset.h"

namespace led {

// Every image is converted to `shape` (area downscaling, gray or colour). An empty class folder or an
// unreadable image is a BadFile error naming it.
DatasetSplit loadImageFolder(const std::string& root, const ImageShape& shape);

}  // namespace led
