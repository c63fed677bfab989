#include "core/deniable/GuidePad.h"

#include <algorithm>

#include "core/common/AtomicFile.h"
#include "core/common/BinaryIo.h"
#include "core/common/Envelope.h"
#include "core/common/Error.h"

namespace led {
namespace {

constexpr EnvelopeFormat kFormat{"LEDPAD\r\n", 2, LED_PHRASE("led", "guide pad")};

}  // namespace

GuidePad GuidePad::generate(int side, std::uint32_t entries, RandomSource& random) {
  if (random.seed()) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a guide pad must come from the operating system's generator: a seeded pad cannot be denied"));
  if (side != 16 && side != 32) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a guide's canvas is 16 or 32 pixels wide"));
  if (entries < 1 || entries > 100000) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a pad holds 1 to 100000 entries"));
  GuidePad pad;
  pad.side_ = side;
  for (std::uint32_t i = 0; i < entries; ++i) {
    pad.entries_.push_back(randomPermutation(std::size_t(side) * side, random));
    AnswerKey answerKey;
    random.fill(answerKey.data(), answerKey.size());
    pad.answerKeys_.push_back(answerKey);
  }
  return pad;
}

GuidePad GuidePad::generateFixed(int side, RandomSource& random) {
  GuidePad pad = generate(side, 1, random);
  pad.fixed_ = true;
  return pad;
}

void GuidePad::write(const std::string& path) const {
  ByteWriter w = beginEnvelope(kFormat);
  w.u32(std::uint32_t(side_));
  w.u8(fixed_ ? 1 : 0);
  w.u64(first_);
  w.u32(std::uint32_t(entries_.size()));
  for (std::size_t e = 0; e < entries_.size(); ++e) {
    for (std::uint32_t v : entries_[e]) w.u16(std::uint16_t(v));
    w.raw(answerKeys_[e].data(), answerKeys_[e].size());
  }
  writeFileAtomically(path, sealEnvelope(w), 0600);
}

GuidePad GuidePad::read(const std::string& path) {
  const std::vector<std::uint8_t> bytes = readWholeFile(path, std::size_t(1) << 30);
  ByteReader in = openEnvelope(bytes, kFormat, path);
  GuidePad pad;
  pad.side_ = int(in.u32());
  if (pad.side_ != 16 && pad.side_ != 32) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has a guide side of %2"), {path, std::to_string(pad.side_)}});
  pad.fixed_ = in.u8() != 0;
  pad.first_ = in.u64();
  const std::uint32_t count = in.u32();
  if (pad.fixed_ && count != 1) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is a fixed-key pad with %2 entries"), {path, std::to_string(count)}});
  const std::size_t n = std::size_t(pad.side_) * pad.side_;
  in.require(std::size_t(count) * (n * 2 + sizeof(AnswerKey)));
  for (std::uint32_t e = 0; e < count; ++e) {
    Permutation p(n);
    for (std::uint32_t& v : p) v = in.u16();
    if (!isPermutation(p.data(), n)) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: entry %2 is not a permutation"), {path, std::to_string(pad.first_ + e)}});
    pad.entries_.push_back(std::move(p));
    AnswerKey answerKey;
    std::copy_n(in.raw(answerKey.size()), answerKey.size(), answerKey.begin());
    pad.answerKeys_.push_back(answerKey);
  }
  if (in.remaining() != 0) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has unexpected bytes after its entries"), {path}});
  return pad;
}

PadEntry GuidePad::takeNext(const std::string& path) { return take(path, read(path).first_); }

PadEntry GuidePad::take(const std::string& path, std::uint64_t index) {
  GuidePad pad = read(path);
  if (pad.fixed_) return pad.entry(0);  // the paper's fixed key: the same for every query
  if (index < pad.first_)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "guide pad entry %1 was used already and is erased; an entry is never used twice"), {std::to_string(index)}});
  if (index - pad.first_ >= pad.entries_.size())
    fail(ErrorKind::Mismatch, pad.entries_.empty() ? Phrase(LED_PHRASE("led", "%1 is used up: make a new pad and share it"), {path})
                                                   : Phrase(LED_PHRASE("led", "%1 has no entry %2"), {path, std::to_string(index)}));
  const std::size_t at = std::size_t(index - pad.first_);
  const PadEntry entry = pad.entry(at);
  pad.entries_.erase(pad.entries_.begin(), pad.entries_.begin() + std::ptrdiff_t(at) + 1);
  pad.answerKeys_.erase(pad.answerKeys_.begin(), pad.answerKeys_.begin() + std::ptrdiff_t(at) + 1);
  pad.first_ = index + 1;
  pad.write(path);  // erased on disk before anyone can use the key
  return entry;
}

}  // namespace led
