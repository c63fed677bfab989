#include "core/shared/modelfile/ModelFile.h"

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/BinaryIo.h"
#include "core/shared/common/Envelope.h"
#include "core/shared/common/Error.h"
#include "core/shared/modelfile/ArchiveBounds.h"

namespace led {
namespace {

constexpr EnvelopeFormat kModelFile{"LEDTORCH", 2, LED_PHRASE("led", "model file")};  // checkpoints too: a model with its optimizer
constexpr std::size_t kMaxDescription = 1 << 20, kMaxHistory = 1 << 24;

}  // namespace

std::vector<std::uint8_t> encodeModelFile(ModelFileKind kind, const ModelInfo& info, const std::string& history,
                                          const std::string& archive) {
  ByteWriter w = beginEnvelope(kModelFile);
  w.u8(kind == ModelFileKind::Checkpoint ? 1 : 0);
  w.text(info.text());
  w.text(history);
  w.raw(archive.data(), archive.size());
  return sealEnvelope(w);
}

ModelFile decodeModelFile(std::vector<std::uint8_t> bytes, const std::string& name) {
  ModelFile file;
  ByteReader in = openEnvelope(bytes, kModelFile, name);
  const std::uint8_t kind = in.u8();
  if (kind > 1) learn::refuseModelFile(name);
  file.kind = kind == 1 ? ModelFileKind::Checkpoint : ModelFileKind::Model;
  file.info = ModelInfo::parse(in.text(kMaxDescription), name);
  file.history = in.text(kMaxHistory);
  file.archiveSize = in.remaining();
  file.archiveOffset = bytes.size() - kEnvelopeDigestSize - file.archiveSize;
  learn::requireArchiveBounds(bytes.data() + file.archiveOffset, file.archiveSize, name);
  file.bytes = std::move(bytes);
  return file;
}

ModelFile readModelFile(const std::string& path) { return decodeModelFile(readWholeFile(path, std::size_t(2) << 30), path); }

}  // namespace led
