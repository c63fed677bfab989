#include "core/user/data/DatasetSource.h"

#include <cstdio>

#include "core/shared/common/Error.h"
#include "core/user/data/Cifar10.h"
#include "core/user/data/FashionMnist.h"
#include "core/user/data/ImageFolder.h"

namespace led {
namespace {

ImageShape parseShape(const std::string& text) {
  int w = 0, h = 0, c = 0;
  char tail = 0;
  if (std::sscanf(text.c_str(), "%dx%dx%d%c", &w, &h, &c, &tail) != 3)
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "'%1' is not an image size of the form WIDTHxHEIGHTxCHANNELS"), {text}});
  const ImageShape shape{h, w, c};
  requireValidShape(shape, "the dataset's image size");
  return shape;
}

}  // namespace

DatasetSplit loadDataset(const std::string& source) {
  const auto colon = source.find(':');
  const std::string kind = source.substr(0, colon);
  const std::string where = colon == std::string::npos ? std::string() : source.substr(colon + 1);
  if (kind == "fashion-mnist") return loadFashionMnist(where.empty() ? defaultFashionMnistFolder() : where);
  if (where.empty()) fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "the dataset '%1' needs a folder: %2:FOLDER"), {kind, kind}});
  if (kind == "cifar10") return loadCifar10(where);
  if (kind == "folder") {
    const auto at = where.rfind('@');
    return loadImageFolder(where.substr(0, at), at == std::string::npos ? ImageShape{32, 32, 3} : parseShape(where.substr(at + 1)));
  }
  fail(ErrorKind::InvalidArgument,
       {LED_PHRASE("led", "unknown dataset '%1' (use fashion-mnist, cifar10:FOLDER or folder:FOLDER)"), {kind}});
}

}  // namespace led
