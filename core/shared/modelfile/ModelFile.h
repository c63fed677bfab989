#pragma once
// Model and checkpoint files (.ledmodel, .ledckpt). The envelope (shared/common/Envelope.h) holds the model's
// description as text, then for a checkpoint the epochs done, then LibTorch's archive (the weights, and
// for a checkpoint the optimizer's state). The description comes first so that it is read and checked
// without LibTorch (led info, the cloud's session files); the archive is checked (ArchiveBounds.h) before
// LibTorch is given it.
//
// Layout, little-endian: "LEDTORCH", u32 version 2, u8 kind (0 model, 1 checkpoint), text description
// (ModelInfo::text), text history (one line per epoch done; empty for a model), the archive's bytes to the
// end, SHA-256 of everything before.
#include <cstdint>
#include <string>
#include <vector>

#include "core/shared/modelfile/ModelInfo.h"

namespace led {

enum class ModelFileKind { Model, Checkpoint };

struct ModelFile {
  ModelFileKind kind = ModelFileKind::Model;
  ModelInfo info;
  std::string history;              // a checkpoint's epochs, as the trainer writes them
  std::vector<std::uint8_t> bytes;  // the whole file
  std::size_t archiveOffset = 0, archiveSize = 0;
};

std::vector<std::uint8_t> encodeModelFile(ModelFileKind kind, const ModelInfo& info, const std::string& history,
                                          const std::string& archive);
// Checks the envelope, the description and the archive's bounds; BadFile naming `name` otherwise.
ModelFile decodeModelFile(std::vector<std::uint8_t> bytes, const std::string& name);
// Reads and checks a whole file (at most 2 GiB).
ModelFile readModelFile(const std::string& path);

}  // namespace led
