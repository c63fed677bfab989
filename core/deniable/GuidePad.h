#pragma once
// The guide pad (SPEC.md section 3.7): guide keys shared in advance by user and cloud; each query uses
// the next one once. Taking an entry rewrites the pad file without it, atomically, before the key is
// handed out: a crash between composing a query and saving it can lose an entry but never reuse one.
// Pads come from the operating system's generator only: a seed cannot be faked (section 4).
//
// Layout, little-endian: "LEDPAD\r\n", u32 version, u32 side, u64 index of the first stored entry,
// u32 entry count, the entries (side*side u16 each), SHA-256 of everything before.
#include <cstdint>
#include <string>
#include <vector>

#include "random/Permutation.h"

namespace led {

struct PadEntry {
  std::uint64_t index = 0;
  Permutation key;
};

class GuidePad {
 public:
  // Refuses a seeded source.
  static GuidePad generate(int side, std::uint32_t entries, RandomSource& random);
  static GuidePad read(const std::string& path);
  void write(const std::string& path) const;

  int side() const { return side_; }
  std::uint64_t firstIndex() const { return first_; }
  std::size_t remaining() const { return entries_.size(); }

  // The user's side: the next unused entry, erased from the file at path before it is returned.
  static PadEntry takeNext(const std::string& path);
  // The cloud's side: the entry a query names; it and every earlier one are erased first.
  static PadEntry take(const std::string& path, std::uint64_t index);

 private:
  int side_ = 16;
  std::uint64_t first_ = 0;
  std::vector<Permutation> entries_;
};

}  // namespace led
