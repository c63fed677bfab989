#include "core/user/data/ImageFolder.h"

#include <algorithm>
#include <filesystem>

#include "core/shared/common/Error.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/imageio/Resize.h"

namespace led {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> sortedChildren(const fs::path& dir, bool folders) {
  std::vector<std::string> names;
  std::error_code error;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, error)) {
    if (folders ? e.is_directory() : (e.is_regular_file() && isImagePath(e.path().string()))) names.push_back(e.path().filename().string());
  }
  if (error) fail(ErrorKind::Io, {LED_PHRASE("led", "cannot read the folder %1: %2"), {dir.string(), error.message()}});
  std::sort(names.begin(), names.end());
  return names;
}

void addImage(Dataset& d, const Image& image, std::uint16_t label) {
  d.pixels.insert(d.pixels.end(), image.data.begin(), image.data.end());
  d.labels.push_back(label);
}

}  // namespace

DatasetSplit loadImageFolder(const std::string& rootPath, const ImageShape& shape) {
  requireValidShape(shape, "the image size for the folder dataset");
  const fs::path root(rootPath);
  if (!fs::is_directory(root)) fail(ErrorKind::Io, {LED_PHRASE("led", "%1 is not a folder"), {rootPath}});
  const bool presplit = fs::is_directory(root / "train") && fs::is_directory(root / "test");
  const fs::path trainRoot = presplit ? root / "train" : root;
  const std::vector<std::string> classes = sortedChildren(trainRoot, true);
  if (classes.size() < 2)
    fail(ErrorKind::BadFile,
         {LED_PHRASE("led", "%1 is not an image-folder dataset: it needs one sub-folder per class, at least two"), {rootPath}});
  DatasetSplit split;
  for (Dataset* d : {&split.train, &split.test}) {
    d->shape = shape;
    d->classNames = classes;
  }
  split.train.name = rootPath + " (training)";
  split.test.name = rootPath + " (test)";
  for (std::size_t label = 0; label < classes.size(); ++label) {
    for (const fs::path& base : presplit ? std::vector<fs::path>{root / "train", root / "test"} : std::vector<fs::path>{root}) {
      const fs::path dir = base / classes[label];
      const std::vector<std::string> files = sortedChildren(dir, false);
      if (files.empty()) fail(ErrorKind::BadFile, {LED_PHRASE("led", "the class folder %1 holds no images"), {dir.string()}});
      for (std::size_t i = 0; i < files.size(); ++i) {
        const Image image = conformTo(readImage((dir / files[i]).string()), shape);
        const bool test = presplit ? base == root / "test" : i % 6 == 5;
        addImage(test ? split.test : split.train, image, std::uint16_t(label));
      }
    }
  }
  split.train.validate();
  split.test.validate();
  return split;
}

}  // namespace led
