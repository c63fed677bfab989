#pragma once
// The cloud's answer (SPEC.md section 3.4): two label slots in part order, each encrypted under the
// query's answer key, so the answer and the cloud's log hold no plaintext label and look the same
// whichever part was real. A slot is 8 bytes (u32 class, f32 confidence) XORed with ChaCha20 keyed by
// the answer key, nonce = pad index and part.
//
// .ledans layout, little-endian: "LEDANSWR", u32 version, u64 pad index, text query digest, u32 class
// count, class names (text each), 2 x 8 slot bytes, SHA-256 of everything before.
// .ledak (the user's copy of the answer key): "LEDANSK\n", u32 version, u64 pad index, 32 key bytes,
// SHA-256.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "deniable/GuidePad.h"

namespace led {

struct AnswerSlot {
  int label = 0;
  float confidence = 0;
};

struct Answer {
  std::uint64_t padIndex = 0;
  std::string queryDigest;
  std::vector<std::string> classNames;
  std::array<std::array<std::uint8_t, 8>, 2> sealed{};  // the encrypted slots ("slots" is a Qt macro)
};

Answer sealAnswer(const std::array<AnswerSlot, 2>& slots, const PadEntry& entry, const std::string& queryDigest,
                  std::vector<std::string> classNames);
// Throws Mismatch when the key is not this answer's (what it decrypts is no label of the answer's classes).
AnswerSlot openAnswerSlot(const Answer& answer, int part, const AnswerKey& key);
// Both sealed slots as hex, "0011...|8899...": what the cloud's log keeps.
std::string answerSlotsHex(const Answer& answer);

void writeAnswerFile(const std::string& path, const Answer& answer);
Answer readAnswerFile(const std::string& path);

struct AnswerKeyRecord {
  std::uint64_t padIndex = 0;
  AnswerKey key{};
};
void writeAnswerKeyFile(const std::string& path, const AnswerKeyRecord& record);
AnswerKeyRecord readAnswerKeyFile(const std::string& path);

}  // namespace led
