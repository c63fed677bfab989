#include "common/Envelope.h"

#include <cstring>

#include "common/Error.h"
#include "keys/Sha256.h"

namespace led {

constexpr std::size_t kMagicSize = 8, kDigestSize = 32;

ByteWriter beginEnvelope(const EnvelopeFormat& format) {
  ByteWriter w;
  w.raw(format.magic, kMagicSize);
  w.u32(format.version);
  return w;
}

const std::vector<std::uint8_t>& sealEnvelope(ByteWriter& writer) {
  const auto digest = Sha256::of(writer.bytes().data(), writer.bytes().size());
  writer.raw(digest.data(), digest.size());
  return writer.bytes();
}

ByteReader openEnvelope(const std::vector<std::uint8_t>& bytes, const EnvelopeFormat& format, const std::string& name) {
  const std::string kind = format.kind;
  if (bytes.empty()) fail(ErrorKind::BadFile, name + " is empty, not a " + kind);
  if (bytes.size() < kMagicSize || std::memcmp(bytes.data(), format.magic, kMagicSize) != 0)
    fail(ErrorKind::BadFile, name + " is not an LED Studio " + kind);
  if (bytes.size() < kMagicSize + 4 + kDigestSize) fail(ErrorKind::BadFile, name + " is truncated");
  const std::size_t bodyEnd = bytes.size() - kDigestSize;
  ByteReader in(bytes.data(), bodyEnd, kind + " " + name);
  in.raw(kMagicSize);
  const std::uint32_t version = in.u32();
  if (version != format.version)
    fail(ErrorKind::BadFile, name + " is a " + kind + " of version " + std::to_string(version) + "; this program reads version " +
                                 std::to_string(format.version));
  const auto digest = Sha256::of(bytes.data(), bodyEnd);
  if (std::memcmp(digest.data(), bytes.data() + bodyEnd, kDigestSize) != 0)
    fail(ErrorKind::BadFile, name + " is damaged: its checksum does not match (the file was truncated or altered)");
  return in;
}

}  // namespace led
