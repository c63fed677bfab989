#include "core/shared/deniable/Answer.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/BinaryIo.h"
#include "core/shared/common/Envelope.h"
#include "core/shared/common/Error.h"
#include "core/shared/crypto/Sha256.h"
#include "core/shared/crypto/Aead.h"

namespace led {
namespace {

constexpr EnvelopeFormat kAnswerFormat{"LEDANSWR", 2, LED_PHRASE("led", "answer file")};
constexpr EnvelopeFormat kAnswerKeyFormat{"LEDANSK\n", 1, LED_PHRASE("led", "answer key file")};
constexpr std::uint32_t kMaxClasses = 100000;

// What a slot is bound to: its query, its pad entry and its part.
std::vector<std::uint8_t> slotContext(const Answer& answer, int part) {
  ByteWriter w;
  w.text("LED answer slot");
  w.text(answer.queryDigest);
  w.u64(answer.padIndex);
  w.u8(std::uint8_t(part));
  return std::move(w.bytes());
}

}  // namespace

Answer sealAnswer(const std::array<AnswerSlot, 2>& slots, const PadEntry& entry, const std::string& queryDigest,
                  std::vector<std::string> classNames) {
  Answer answer{entry.index, queryDigest, std::move(classNames), {}};
  for (int part = 0; part < 2; ++part) {
    ByteWriter w;
    w.u32(std::uint32_t(slots[std::size_t(part)].label));
    w.f32(slots[std::size_t(part)].confidence);
    const std::vector<std::uint8_t> sealed = crypto::aeadSeal(entry.answerKey, slotContext(answer, part), w.bytes());
    std::copy(sealed.begin(), sealed.end(), answer.sealed[std::size_t(part)].begin());
  }
  return answer;
}

AnswerSlot openAnswerSlot(const Answer& answer, int part, const AnswerKey& key) {
  const SealedSlot& sealed = answer.sealed[std::size_t(part)];
  const auto plain = crypto::aeadOpen(key, slotContext(answer, part), {sealed.begin(), sealed.end()});
  if (!plain)
    fail(ErrorKind::Mismatch,
         LED_PHRASE("led", "this answer key does not open this answer: the answer was altered, or it belongs to another query"));
  ByteReader in(plain->data(), plain->size(), LED_PHRASE("led", "answer slot"));
  AnswerSlot slot;
  const std::uint32_t label = in.u32();
  slot.confidence = in.f32();
  if (label >= answer.classNames.size() || !(slot.confidence >= 0.0f && slot.confidence <= 1.0f))
    fail(ErrorKind::Mismatch, LED_PHRASE("led", "the answer's slot holds no label of its classes"));
  slot.label = int(label);
  return slot;
}

std::string answerSlotsHex(const Answer& answer) {
  return Sha256::hex(answer.sealed[0].data(), kSealedSlotSize) + "|" + Sha256::hex(answer.sealed[1].data(), kSealedSlotSize);
}

std::vector<std::uint8_t> encodeAnswer(const Answer& answer) {
  ByteWriter w = beginEnvelope(kAnswerFormat);
  w.u64(answer.padIndex);
  w.text(answer.queryDigest);
  w.u32(std::uint32_t(answer.classNames.size()));
  for (const std::string& name : answer.classNames) w.text(name);
  for (const auto& slot : answer.sealed) w.raw(slot.data(), slot.size());
  return sealEnvelope(w);
}

Answer decodeAnswer(const std::vector<std::uint8_t>& bytes, const std::string& path) {
  ByteReader in = openEnvelope(bytes, kAnswerFormat, path);
  Answer answer;
  answer.padIndex = in.u64();
  answer.queryDigest = in.text(64);
  const std::uint32_t classes = in.u32();
  if (classes < 2 || classes > kMaxClasses)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 names %2 classes"), {path, std::to_string(classes)}});
  for (std::uint32_t i = 0; i < classes; ++i) answer.classNames.push_back(in.text(256));
  for (auto& slot : answer.sealed) std::copy_n(in.raw(slot.size()), slot.size(), slot.begin());
  if (in.remaining() != 0) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has unexpected bytes after its slots"), {path}});
  return answer;
}

void writeAnswerFile(const std::string& path, const Answer& answer) { writeFileAtomically(path, encodeAnswer(answer), 0644); }

Answer readAnswerFile(const std::string& path) { return decodeAnswer(readWholeFile(path, std::size_t(64) << 20), path); }

void writeAnswerKeyFile(const std::string& path, const AnswerKeyRecord& record) {
  ByteWriter w = beginEnvelope(kAnswerKeyFormat);
  w.u64(record.padIndex);
  w.raw(record.key.data(), record.key.size());
  writeFileAtomically(path, sealEnvelope(w), 0600);
}

AnswerKeyRecord readAnswerKeyFile(const std::string& path) {
  const std::vector<std::uint8_t> bytes = readWholeFile(path, 4096);
  ByteReader in = openEnvelope(bytes, kAnswerKeyFormat, path);
  AnswerKeyRecord record;
  record.padIndex = in.u64();
  std::copy_n(in.raw(record.key.size()), record.key.size(), record.key.begin());
  if (in.remaining() != 0) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has unexpected bytes after its key"), {path}});
  return record;
}

}  // namespace led
