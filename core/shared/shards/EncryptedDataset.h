#pragma once
// An encrypted dataset: what the user hands the cloud to train on (docs/specification.md, section 8). A
// folder of shards, each a pair of NumPy arrays (the ciphertexts, stored channel by channel as the model
// reads them, and their labels), and manifest.json, which says what they are: the scheme and its
// parameters, the image and model-input shapes, the class names, the key's fingerprint, the counts, the
// augmentation, and every shard's SHA-256. It holds no key. The training set is there in `copies`
// augmented copies (the augmentation is the user's, applied before encryption); the test set once.
//
// While an export runs, progress.json holds the same manifest with what is done so far; manifest.json
// is written last, so a folder with it is complete.
#include <optional>
#include <string>
#include <vector>

#include "core/shared/ciphertext/InputLayout.h"
#include "core/shared/ciphertext/SchemeParams.h"
#include "core/shared/image/Augmentation.h"
#include "core/shared/image/Image.h"
#include "core/shared/modelfile/ModelInfo.h"
#include "core/shared/shards/Npy.h"

namespace led {

struct DatasetShard {
  int copy = 0;           // which augmented copy of the split (0 for the test set)
  std::size_t first = 0;  // the index of its first image within the copy
  std::size_t count = 0;
  std::string inputs, inputsSha256;  // file names in the folder, and their SHA-256 as hex
  std::string labels, labelsSha256;
};

struct DatasetPart {
  std::size_t images = 0;  // per copy
  int copies = 1;
  std::vector<DatasetShard> shards;  // copy by copy, in index order (in an unfinished export: those done)
};

struct EncryptedDataset {
  std::string dataset;                 // the source's name, as a model trained on it will say
  std::optional<SchemeParams> scheme;  // none: plain images, exported the same way
  std::string keyFingerprint;          // 16 hex digits; empty for plain images
  ImageShape imageShape;               // of the plain images
  InputShape input;                    // what the model takes
  InputLayout layout = InputLayout::Samples;
  SampleEncoding encoding = SampleEncoding::Bytes;
  std::vector<std::string> classNames;
  Augmentation augmentation;  // applied to the training copies
  bool seeded = false;        // augmentation drawn from a seed (a reproducible demonstration)
  std::size_t shardSize = 0;  // images per shard
  DatasetPart train, test;

  // The description a model trained on this dataset carries: what the user's side needs to find the key.
  ModelInfo modelInfo(const std::string& architecture) const;
  // How many shards the part has when complete.
  std::size_t shardsOf(const DatasetPart& part) const;
  // The settings an export was started with, for comparing a resumed export with the first attempt.
  std::string settingsText() const;
  // A shard of `images` ciphertexts as its NumPy file holds them: element type, shape, bytes an image.
  NpyType storedType() const;
  std::vector<std::size_t> storedShape(std::size_t images) const;
  std::size_t storedBytes() const;
};

// A shard file, read whole (at most 4 GiB).
std::vector<std::uint8_t> readShardFile(const std::string& path);
// The SHA-256 (hex) by which the manifest names a shard file: of its place (split, copy, first image,
// inputs or labels) and its bytes, so that a file named in another shard's place, with its digest,
// is refused instead of training on images under another shard's labels.
std::string shardDigest(bool test, const DatasetShard& shard, bool labels, const std::vector<std::uint8_t>& bytes);

std::string encodeDatasetManifest(const EncryptedDataset& dataset, bool complete);
// BadFile naming `name` for anything that is not a manifest this program writes (its numbers checked
// against each other); `complete` tells manifest.json from progress.json.
EncryptedDataset decodeDatasetManifest(const std::string& json, const std::string& name, bool& complete);

// The manifest of the encrypted dataset in `dir`; an unfinished export is refused with what is missing.
EncryptedDataset readEncryptedDataset(const std::string& dir);
bool isEncryptedDatasetFolder(const std::string& dir);
// What an unfinished export in `dir` has written (its progress.json); none when there is no such export.
std::optional<EncryptedDataset> unfinishedExport(const std::string& dir);

constexpr const char* kDatasetManifest = "manifest.json";
constexpr const char* kDatasetProgress = "progress.json";

}  // namespace led
