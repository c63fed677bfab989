#pragma once
// .ledgk files: one guide key, as the user reveals it under coercion. An honest key (the pad entry that
// garbled the query) and a fake one (made for the same query) are written by this one function, so the
// files differ in nothing but the permutation.
//
// Layout, little-endian: "LEDGKEY\n", u32 version, u64 pad index, u32 side, side*side u16, SHA-256.
#include <cstdint>
#include <string>

#include "core/shared/random/Permutation.h"

namespace led {

struct GuideKeyRecord {
  std::uint64_t padIndex = 0;
  int side = 16;
  Permutation key;
};

void writeGuideKeyFile(const std::string& path, const GuideKeyRecord& record);
GuideKeyRecord readGuideKeyFile(const std::string& path);

}  // namespace led
