#include "core/user/data/FashionMnist.h"

#include <sys/stat.h>

#include "core/shared/common/Error.h"
#include "core/user/data/Idx.h"

namespace led {
namespace {

const std::vector<std::string> kClasses{"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                        "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};

std::string existing(const std::string& folder, const std::string& stem) {
  struct stat st {};
  for (const std::string& candidate : {folder + "/" + stem + ".gz", folder + "/" + stem})
    if (::stat(candidate.c_str(), &st) == 0) return candidate;
  fail(
      ErrorKind::Io,
      {LED_PHRASE(
           "led",
           "%1 is not a Fashion-MNIST folder: it has no %2[.gz] (install Debian's dataset-fashion-mnist or give the folder that holds the IDX files)"),
       {folder, stem}});
}

Dataset loadPart(const std::string& folder, const std::string& prefix, const std::string& name) {
  const std::string imagesPath = existing(folder, prefix + "-images-idx3-ubyte");
  const std::string labelsPath = existing(folder, prefix + "-labels-idx1-ubyte");
  IdxArray images = readIdx(imagesPath, 3);
  const IdxArray labels = readIdx(labelsPath, 1);
  if (images.dims[0] != labels.dims[0])
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 holds %2 images but %3 holds %4 labels"),
                              {imagesPath, std::to_string(images.dims[0]), labelsPath, std::to_string(labels.dims[0])}});
  Dataset d;
  d.name = name;
  d.shape = {int(images.dims[1]), int(images.dims[2]), 1};
  requireValidShape(d.shape, imagesPath);
  d.pixels = std::move(images.data);
  d.labels.assign(labels.data.begin(), labels.data.end());
  d.classNames = kClasses;
  d.validate();
  return d;
}

}  // namespace

std::string defaultFashionMnistFolder() { return "/usr/share/datasets/fashion-mnist"; }

DatasetSplit loadFashionMnist(const std::string& folder) {
  return {loadPart(folder, "train", "Fashion-MNIST training set"), loadPart(folder, "t10k", "Fashion-MNIST test set")};
}

}  // namespace led
