#include "core/user/data/Cifar10.h"

#include <sys/stat.h>

#include <fstream>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/Error.h"

namespace led {
namespace {

const std::vector<std::string> kDefaultClasses{"airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"};

std::vector<std::string> classNames(const std::string& folder) {
  std::ifstream meta(folder + "/batches.meta.txt");
  if (!meta) return kDefaultClasses;
  std::vector<std::string> names;
  for (std::string line; std::getline(meta, line);)
    if (!line.empty() && line.find_first_not_of(" \r\t") != std::string::npos)
      names.push_back(line.substr(0, line.find_last_not_of(" \r\t") + 1));
  if (names.size() != 10)
    fail(ErrorKind::BadFile,
         {LED_PHRASE("led", "%1/batches.meta.txt should name 10 classes, it names %2"), {folder, std::to_string(names.size())}});
  return names;
}

void append(Dataset& into, const Dataset& part) {
  into.pixels.insert(into.pixels.end(), part.pixels.begin(), part.pixels.end());
  into.labels.insert(into.labels.end(), part.labels.begin(), part.labels.end());
}

}  // namespace

Dataset readCifar10Batch(const std::string& path, const std::vector<std::string>& names) {
  const std::vector<std::uint8_t> bytes = readWholeFile(path, std::size_t(64) << 20);
  if (bytes.empty() || bytes.size() % kCifarRecord != 0)
    fail(ErrorKind::BadFile,
         {LED_PHRASE("led", "%1 is not a CIFAR-10 batch: %2 bytes is not a whole number of %3-byte records (truncated?)"),
          {path, std::to_string(bytes.size()), std::to_string(kCifarRecord)}});
  Dataset d;
  d.name = path;
  d.shape = {kCifarSide, kCifarSide, 3};
  d.classNames = names;
  const std::size_t n = bytes.size() / kCifarRecord, plane = kCifarSide * kCifarSide;
  d.labels.resize(n);
  d.pixels.resize(n * 3 * plane);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint8_t* record = bytes.data() + i * kCifarRecord;
    if (record[0] >= names.size())
      fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: record %2 has label %3, CIFAR-10 has 10 classes"),
                                {path, std::to_string(i), std::to_string(record[0])}});
    d.labels[i] = record[0];
    std::uint8_t* out = d.pixels.data() + i * 3 * plane;
    for (std::size_t p = 0; p < plane; ++p)
      for (std::size_t c = 0; c < 3; ++c) out[3 * p + c] = record[1 + c * plane + p];  // planar RGB -> HWC
  }
  return d;
}

DatasetSplit loadCifar10(const std::string& folder) {
  struct stat st {};
  if (::stat((folder + "/test_batch.bin").c_str(), &st) != 0)
    fail(ErrorKind::Io, {LED_PHRASE("led", "%1 is not a cifar-10-batches-bin folder: it has no test_batch.bin"), {folder}});
  const std::vector<std::string> names = classNames(folder);
  DatasetSplit split;
  split.train.name = "CIFAR-10 training set";
  split.train.shape = {kCifarSide, kCifarSide, 3};
  split.train.classNames = names;
  for (int b = 1; b <= 5; ++b) {
    const std::string path = folder + "/data_batch_" + std::to_string(b) + ".bin";
    if (::stat(path.c_str(), &st) != 0) {
      if (b == 1) fail(ErrorKind::Io, {LED_PHRASE("led", "%1 has no data_batch_1.bin"), {folder}});
      break;  // fewer than five training batches: use what is there
    }
    append(split.train, readCifar10Batch(path, names));
  }
  split.test = readCifar10Batch(folder + "/test_batch.bin", names);
  split.test.name = "CIFAR-10 test set";
  split.train.validate();
  split.test.validate();
  return split;
}

}  // namespace led
