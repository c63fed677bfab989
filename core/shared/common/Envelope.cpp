#include "core/shared/common/Envelope.h"

#include <cstring>

#include "core/shared/common/Error.h"
#include "core/shared/crypto/Sha256.h"

namespace led {

constexpr std::size_t kMagicSize = 8, kDigestSize = kEnvelopeDigestSize;

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
  const Phrase kind = format.kind;
  if (bytes.empty()) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is empty, not a %2"), {name, kind}});
  if (bytes.size() < kMagicSize || std::memcmp(bytes.data(), format.magic, kMagicSize) != 0)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is not an LED Studio %2"), {name, kind}});
  if (bytes.size() < kMagicSize + 4 + kDigestSize) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is truncated"), {name}});
  const std::size_t bodyEnd = bytes.size() - kDigestSize;
  ByteReader in(bytes.data(), bodyEnd, {LED_PHRASE("led", "%1 %2"), {kind, name}});
  in.raw(kMagicSize);
  const std::uint32_t version = in.u32();
  if (version != format.version)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is a %2 of version %3; this program reads version %4"),
                              {name, kind, std::to_string(version), std::to_string(format.version)}});
  const auto digest = Sha256::of(bytes.data(), bodyEnd);
  if (std::memcmp(digest.data(), bytes.data() + bodyEnd, kDigestSize) != 0)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is damaged: its checksum does not match (the file was truncated or altered)"), {name}});
  return in;
}

}  // namespace led
