#pragma once
// The user's side of an encrypted dataset (shared/shards/EncryptedDataset.h): a plain dataset augmented as a
// client does it, encrypted with the user's key (or left plain), laid out and written as shards the cloud
// trains on without the key. Shards are written atomically, one after another, and progress.json says
// which are done, so an interrupted export is finished by running it again with the same settings.
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/user/data/Dataset.h"
#include "core/shared/image/Augmentation.h"
#include "core/user/keys/Key.h"
#include "core/shared/shards/EncryptedDataset.h"

namespace led {

struct ExportPlan {
  int copies = 10;                // augmented copies of the training set
  Augmentation augmentation;      // of the training copies; the test set is exported as it is
  std::size_t shardSize = 10000;  // images a shard
  std::size_t trainLimit = 0;     // the first n images of each split only (0: all)
  std::size_t testLimit = 0;
  std::optional<std::uint64_t> seed;  // reproducible augmentation, for demonstrations and tests
};

struct ExportProgress {
  std::size_t done = 0, shards = 0;  // shards, kept from an earlier attempt included
};

struct ExportResult {
  EncryptedDataset dataset;
  std::size_t written = 0;  // shards written now
  std::size_t kept = 0;     // shards an interrupted export had written already
  bool cancelled = false;
};

// key: none for plain images. Refuses a folder that holds a finished dataset, or an unfinished export
// of other settings. Cancelling stops after the shard being written; running it again resumes.
ExportResult exportEncryptedDataset(const DatasetSplit& data, const std::optional<Key>& key, const ExportPlan& plan, const std::string& dir,
                                    const std::function<void(const ExportProgress&)>& progress, const std::atomic<bool>& cancel);

}  // namespace led
