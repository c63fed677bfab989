#pragma once
// Fashion-MNIST (Zalando), the default dataset: Debian's dataset-fashion-mnist installs it, no download.
// The same IDX layout also serves MNIST.
#include <string>

#include "core/user/data/Dataset.h"

namespace led {

// Where Debian's dataset-fashion-mnist package puts the files.
std::string defaultFashionMnistFolder();

// Reads train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz] and the t10k pair from folder.
DatasetSplit loadFashionMnist(const std::string& folder);

}  // namespace led
