#pragma once
// The envelope every binary file of this program shares: an 8-byte magic, a u32 version, the body, and
// the SHA-256 of everything before it. A truncated or altered file is caught by the checksum before its
// body is parsed.
#include <cstdint>
#include <string>
#include <vector>

#include "core/shared/common/BinaryIo.h"

namespace led {

constexpr std::size_t kEnvelopeDigestSize = 32;  // the SHA-256 at the end

struct EnvelopeFormat {
  const char* magic;  // 8 bytes
  std::uint32_t version;
  const char* kind;  // "key file", "ciphertext file", "guide pad": how errors name it
};

// Starts a file: magic and version.
ByteWriter beginEnvelope(const EnvelopeFormat& format);
// Appends the checksum; the bytes are then complete.
const std::vector<std::uint8_t>& sealEnvelope(ByteWriter& writer);
// Checks magic, version and checksum; returns a reader over the body. `name` names the file in errors.
ByteReader openEnvelope(const std::vector<std::uint8_t>& bytes, const EnvelopeFormat& format, const std::string& name);

}  // namespace led
