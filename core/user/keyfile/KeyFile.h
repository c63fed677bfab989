#pragma once
// Key files (docs/specification.md, section 4): versioned, self-describing, checksummed, written atomically with
// owner-only permissions and checked on load by the key's own scheme.
//
// Layout, little-endian: "LEDKEY\r\n", u32 version, u8 origin (0 = OS CSPRNG, 1 = seeded demo),
// u64 seed, the key's canonical bytes (scheme, parameters, image shape, tables), then the SHA-256 of
// everything before it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/user/keys/Key.h"

namespace led {

constexpr std::uint32_t kKeyFileVersion = 1;

std::vector<std::uint8_t> encodeKey(const Key& key);
// `name` is how errors refer to the bytes (usually the path).
Key decodeKey(const std::vector<std::uint8_t>& bytes, const std::string& name);

void writeKeyFile(const std::string& path, const Key& key);
// The first .ledkey file in these folders whose key has this fingerprint (16 hex digits); files that
// are not valid keys are skipped.
std::optional<std::string> findKeyFile(const std::vector<std::string>& folders, const std::string& fingerprint);
Key readKeyFile(const std::string& path);

}  // namespace led
