#pragma once
// The guide pad (docs/specification.md, section 3.7): guide keys shared in advance by user and cloud; each query uses
// the next one once. Taking an entry rewrites the pad file without it, atomically, before the key is
// handed out: a crash between composing a query and saving it can lose an entry but never reuse one.
// Pads come from the operating system's generator only: a seed cannot be faked (section 4).
// An entry is a guide key and an answer key: the cloud encrypts its answer under the answer key, so
// the answer opens the same way whichever guide key the user later reveals.
// A fixed pad (the paper's fixed sk, section 3.7) holds one entry that every query reuses: it exists to
// teach why that links all queries.
//
// Layout, little-endian: "LEDPAD\r\n", u32 version, u32 side, u8 fixed, u64 index of the first stored
// entry, u32 entry count, the entries (side*side u16, then 32 bytes each), SHA-256 of everything before.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/random/Permutation.h"

namespace led {

using AnswerKey = std::array<std::uint8_t, 32>;

struct PadEntry {
  std::uint64_t index = 0;
  Permutation key;  // the guide key sk
  AnswerKey answerKey{};
};

class GuidePad {
 public:
  // Refuses a seeded source.
  static GuidePad generate(int side, std::uint32_t entries, RandomSource& random);
  // The paper's fixed guide key: one entry, never erased.
  static GuidePad generateFixed(int side, RandomSource& random);
  static GuidePad read(const std::string& path);
  void write(const std::string& path) const;

  int side() const { return side_; }
  std::uint64_t firstIndex() const { return first_; }
  std::size_t remaining() const { return entries_.size(); }
  bool fixed() const { return fixed_; }

  // The user's side: the next unused entry, erased from the file at path before it is returned.
  static PadEntry takeNext(const std::string& path);
  // The cloud's side: the entry a query names; it and every earlier one are erased first.
  static PadEntry take(const std::string& path, std::uint64_t index);

 private:
  PadEntry entry(std::size_t at) const { return {first_ + at, entries_[at], answerKeys_[at]}; }

  int side_ = 16;
  bool fixed_ = false;
  std::uint64_t first_ = 0;
  std::vector<Permutation> entries_;
  std::vector<AnswerKey> answerKeys_;
};

}  // namespace led
