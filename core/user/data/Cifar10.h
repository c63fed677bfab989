#pragma once
// CIFAR-10 in its binary version (cifar-10-batches-bin, the user's own copy): data_batch_1..5.bin and
// test_batch.bin, each a run of records of 1 label byte and 3 x 1024 bytes (red, green, blue planes of
// 32 x 32), and batches.meta.txt with the class names.
#include <string>

#include "core/user/data/Dataset.h"

namespace led {

constexpr int kCifarSide = 32;
constexpr std::size_t kCifarRecord = 1 + 3 * 32 * 32;

DatasetSplit loadCifar10(const std::string& folder);
// One batch file: a size that is not a whole number of records, or a label above 9, is a BadFile error.
Dataset readCifar10Batch(const std::string& path, const std::vector<std::string>& classNames);

}  // namespace led
