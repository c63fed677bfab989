#include "core/shared/deniable/GuideKeyFile.h"

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/BinaryIo.h"
#include "core/shared/common/Envelope.h"
#include "core/shared/common/Error.h"

namespace led {
namespace {

constexpr EnvelopeFormat kFormat{"LEDGKEY\n", 1, LED_PHRASE("led", "guide key file")};

}  // namespace

void writeGuideKeyFile(const std::string& path, const GuideKeyRecord& record) {
  if (record.key.size() != std::size_t(record.side) * record.side || !isPermutation(record.key.data(), record.key.size()))
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a guide key is a permutation of the guide's side x side pixels"));
  ByteWriter w = beginEnvelope(kFormat);
  w.u64(record.padIndex);
  w.u32(std::uint32_t(record.side));
  for (std::uint32_t v : record.key) w.u16(std::uint16_t(v));
  writeFileAtomically(path, sealEnvelope(w), 0600);
}

GuideKeyRecord readGuideKeyFile(const std::string& path) {
  const std::vector<std::uint8_t> bytes = readWholeFile(path, 1 << 20);
  ByteReader in = openEnvelope(bytes, kFormat, path);
  GuideKeyRecord record;
  record.padIndex = in.u64();
  const std::uint32_t side = in.u32();
  if (side != 16 && side != 32)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is a guide key of side %2 (16 or 32 expected)"), {path, std::to_string(side)}});
  record.side = int(side);
  record.key.resize(std::size_t(side) * side);
  in.require(record.key.size() * 2);
  for (std::uint32_t& v : record.key) v = in.u16();
  if (!isPermutation(record.key.data(), record.key.size()))
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 does not hold a permutation"), {path}});
  if (in.remaining() != 0) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has unexpected bytes after its key"), {path}});
  return record;
}

}  // namespace led
