#pragma once
// The guide pad (docs/specification.md, section 3.7): guide keys shared in advance by user and cloud;
// each query uses one entry, once. Both copies keep the set of used entries (not "everything before the
// last"), so queries may use their entries in any order, and a used entry's key is erased from the file
// before it is handed out: a crash between taking and using loses at most that entry, never reuses it.
// Taking happens under an exclusive lock on the file (shared/common/LockedFile.h): threads, processes and the
// cloud's service never take one entry twice.
// Pads come from the operating system's generator only: a seed cannot be faked (section 4).
// An entry is a guide key and an answer key: the cloud encrypts its answer under the answer key, so
// the answer opens the same way whichever guide key the user later reveals.
// A pad has a random identity, the same in both copies: a query names it, and the cloud's service
// knows its clients by it. A fixed pad (the paper's fixed sk, section 3.7) holds one entry that every
// query reuses: it exists to teach why that links all queries.
//
// Layout, little-endian, made for changing one entry in place: a header ("LEDPAD\r\n", u32 version,
// u32 side, u8 fixed, u32 entry count, 16 bytes of identity, SHA-256 of the header), then one record
// per entry: u8 state (0 unused, 1 used), side*side u16 guide key, 32 bytes answer key, SHA-256 of
// (identity, u64 index, guide key, answer key). A used record's key bytes are zero and not checked.
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/shared/random/Permutation.h"

namespace led {

using AnswerKey = std::array<std::uint8_t, 32>;
using PadId = std::array<std::uint8_t, 16>;

std::string padIdHex(const PadId& id);

struct PadEntry {
  PadId pad{};
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
  // Checks every record; BadFile for a damaged one.
  static GuidePad read(const std::string& path);
  // The identity alone (reads the header only): how the cloud's service finds a client's pad.
  static PadId readId(const std::string& path);
  void write(const std::string& path) const;

  const PadId& id() const { return id_; }
  int side() const { return side_; }
  std::size_t size() const { return used_.size(); }
  std::size_t remaining() const;
  std::optional<std::uint64_t> nextUnused() const;
  bool used(std::uint64_t index) const { return used_.at(std::size_t(index)); }
  bool fixed() const { return fixed_; }

  // The user's side: the lowest unused entry, marked used in the file at path before it is returned.
  static PadEntry takeNext(const std::string& path);
  // The cloud's side: the entry a query names, marked used once `proves` accepts it (under the lock, so
  // no other taker sees the entry between the check and the mark). Mismatch when it was used already
  // or does not exist; nullopt, with nothing spent, when `proves` refuses it.
  static std::optional<PadEntry> take(const std::string& path, std::uint64_t index, const std::function<bool(const PadEntry&)>& proves);
  // Undoes take(): the entry is whole and unused again. For an answer that never left (its log line
  // could not be written), so that the query can be sent again.
  static void giveBack(const std::string& path, const PadEntry& entry);

 private:
  PadId id_{};
  int side_ = 16;
  bool fixed_ = false;
  std::vector<bool> used_;
  std::vector<Permutation> keys_;  // empty for a used entry
  std::vector<AnswerKey> answerKeys_;
};

}  // namespace led
