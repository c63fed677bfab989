#pragma once
// The cloud's answer: two label slots in part order, each sealed under the query's answer key, so the
// answer and the cloud's log hold no plaintext label and look the same whichever part was real. A slot
// is 8 bytes (u32 class, f32 confidence) sealed with authenticated encryption (shared/crypto/Aead.h), bound to
// the query's digest, the pad index and the part: a slot altered by anyone without the answer key, or
// moved to another part or query, does not open.
//
// .ledans layout, little-endian: "LEDANSWR", u32 version, u64 pad index, text query digest, u32 class
// count, class names (text each), 2 x 48 sealed slot bytes, SHA-256 of everything before.
// .ledak (the user's copy of the answer key): "LEDANSK\n", u32 version, u64 pad index, 32 key bytes,
// SHA-256.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/shared/deniable/GuidePad.h"

namespace led {

struct AnswerSlot {
  int label = 0;
  float confidence = 0;
};

constexpr std::size_t kSealedSlotSize = 48;  // 8 bytes of label and confidence, nonce and tag
using SealedSlot = std::array<std::uint8_t, kSealedSlotSize>;

struct Answer {
  std::uint64_t padIndex = 0;
  std::string queryDigest;
  std::vector<std::string> classNames;
  std::array<SealedSlot, 2> sealed{};  // the encrypted slots ("slots" is a Qt macro)
};

Answer sealAnswer(const std::array<AnswerSlot, 2>& slots, const PadEntry& entry, const std::string& queryDigest,
                  std::vector<std::string> classNames);
// Throws Mismatch when the slot does not open with this key (another query's key, or an altered answer),
// or opens to no label of the answer's classes.
AnswerSlot openAnswerSlot(const Answer& answer, int part, const AnswerKey& key);
// Both sealed slots as hex, "0011...|8899...": what the cloud's log keeps.
std::string answerSlotsHex(const Answer& answer);

// The bytes of a .ledans file, as the service sends them; decodeAnswer throws BadFile naming `name`.
std::vector<std::uint8_t> encodeAnswer(const Answer& answer);
Answer decodeAnswer(const std::vector<std::uint8_t>& bytes, const std::string& name);
void writeAnswerFile(const std::string& path, const Answer& answer);
Answer readAnswerFile(const std::string& path);

struct AnswerKeyRecord {
  std::uint64_t padIndex = 0;
  AnswerKey key{};
};
void writeAnswerKeyFile(const std::string& path, const AnswerKeyRecord& record);
AnswerKeyRecord readAnswerKeyFile(const std::string& path);

}  // namespace led
