#pragma once
// Naming a dataset in one string, the same in the CLI and the GUI:
//   fashion-mnist[:FOLDER]      Debian's copy by default
//   cifar10:FOLDER              a cifar-10-batches-bin folder
//   folder:FOLDER[@WxHxC]       one sub-folder per class, images converted to WxHxC (default 32x32x3)
#include <string>

#include "core/user/data/Dataset.h"

namespace led {

DatasetSplit loadDataset(const std::string& source);

}  // namespace led
