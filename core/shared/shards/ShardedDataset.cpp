#include "core/shared/shards/ShardedDataset.h"

#include <cstring>
#include <filesystem>

#include "core/shared/common/Error.h"
#include "core/shared/shards/Npy.h"

namespace led {
namespace {

std::vector<std::uint8_t> checkedFile(const std::string& path, bool test, const DatasetShard& shard, bool labels) {
  std::vector<std::uint8_t> bytes = readShardFile(path);
  if (shardDigest(test, shard, labels, bytes) != (labels ? shard.labelsSha256 : shard.inputsSha256))
    fail(ErrorKind::BadFile,
         {LED_PHRASE("led", "%1 is damaged or in another shard's place: its SHA-256 is not the one the dataset's manifest names"), {path}});
  return bytes;
}

}  // namespace

ShardedDataset::ShardedDataset(std::string dir, EncryptedDataset dataset, bool test)
    : dir_(std::move(dir)), dataset_(std::move(dataset)), test_(test) {}

ShardedDataset::Shard ShardedDataset::load(const DatasetShard& entry) const {
  const std::string inputsPath = (std::filesystem::path(dir_) / entry.inputs).string();
  const std::string labelsPath = (std::filesystem::path(dir_) / entry.labels).string();
  NpyArray inputs = decodeNpy(checkedFile(inputsPath, test_, entry, false), inputsPath);
  NpyArray labels = decodeNpy(checkedFile(labelsPath, test_, entry, true), labelsPath);
  if (inputs.type != dataset_.storedType() || inputs.shape != dataset_.storedShape(entry.count))
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 does not hold the ciphertexts the manifest describes"), {inputsPath}});
  if (labels.type != NpyType::Int64 || labels.shape != std::vector<std::size_t>{entry.count})
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 does not hold the labels the manifest describes"), {labelsPath}});
  Shard shard{std::move(inputs.data), std::vector<std::int64_t>(entry.count)};
  std::memcpy(shard.labels.data(), labels.data.data(), labels.data.size());
  for (std::int64_t label : shard.labels)
    if (label < 0 || label >= std::int64_t(dataset_.classNames.size()))
      fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 holds a label of no class"), {labelsPath}});
  return shard;
}

const ShardedDataset::Shard& ShardedDataset::shard(int copy, std::size_t number) const {
  if (copy != cachedCopy_) {  // a new epoch's copy: the last one's shards are not needed again soon
    cache_.clear();
    cachedCopy_ = copy;
  }
  auto it = cache_.find(number);
  if (it == cache_.end()) {
    const std::size_t perCopy = part().shards.size() / std::size_t(part().copies);
    it = cache_.emplace(number, load(part().shards[std::size_t(copy) * perCopy + number])).first;
  }
  return it->second;
}

void ShardedDataset::fill(const std::size_t* indices, std::size_t count, int epoch, RandomSource*, float* out, std::int64_t* labels) const {
  const int copy = epoch > 0 ? (epoch - 1) % part().copies : 0;
  const std::size_t size = dataset_.input.size(), bytes = dataset_.storedBytes();
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t index = indices[i], number = index / dataset_.shardSize, within = index % dataset_.shardSize;
    const Shard& s = shard(copy, number);
    decodeStored(dataset_.encoding, s.inputs.data() + within * bytes, dataset_.input, out + i * size);
    labels[i] = s.labels[within];
  }
}

void ShardedDataset::verify() const {
  for (const DatasetShard& entry : part().shards) load(entry);
}

}  // namespace led
