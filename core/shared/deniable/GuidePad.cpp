#include "core/shared/deniable/GuidePad.h"

#include <algorithm>
#include <cstring>
#include <fstream>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/BinaryIo.h"
#include "core/shared/common/Envelope.h"
#include "core/shared/common/Error.h"
#include "core/shared/common/LockedFile.h"
#include "core/shared/crypto/Sha256.h"

namespace led {
namespace {

constexpr EnvelopeFormat kFormat{"LEDPAD\r\n", 3, LED_PHRASE("led", "guide pad")};
constexpr std::size_t kHeaderSize = 8 + 4 + 4 + 1 + 4 + 16 + kEnvelopeDigestSize;
constexpr std::uint8_t kUnused = 0, kUsed = 1;

struct Header {
  PadId id{};
  int side = 16;
  bool fixed = false;
  std::uint32_t count = 0;

  std::size_t keyLength() const { return std::size_t(side) * side; }
  std::size_t recordSize() const { return 1 + 2 * keyLength() + sizeof(AnswerKey) + kEnvelopeDigestSize; }
  std::uint64_t recordOffset(std::uint64_t index) const { return kHeaderSize + index * recordSize(); }
  std::uint64_t fileSize() const { return recordOffset(count); }
};

std::vector<std::uint8_t> encodeHeader(const Header& h) {
  ByteWriter w = beginEnvelope(kFormat);
  w.u32(std::uint32_t(h.side));
  w.u8(h.fixed ? 1 : 0);
  w.u32(h.count);
  w.raw(h.id.data(), h.id.size());
  return sealEnvelope(w);
}

Header decodeHeader(const std::vector<std::uint8_t>& bytes, std::uint64_t fileSize, const std::string& path) {
  ByteReader in = openEnvelope(bytes, kFormat, path);
  Header h;
  h.side = int(in.u32());
  if (h.side != 16 && h.side != 32)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has a guide side of %2"), {path, std::to_string(h.side)}});
  h.fixed = in.u8() != 0;
  h.count = in.u32();
  std::copy_n(in.raw(h.id.size()), h.id.size(), h.id.begin());
  if (h.fixed && h.count != 1)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is a fixed-key pad with %2 entries"), {path, std::to_string(h.count)}});
  if (fileSize < h.fileSize()) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is truncated"), {path}});
  if (fileSize > h.fileSize()) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has unexpected bytes after its entries"), {path}});
  return h;
}

// The header of the file at path, read under its lock.
Header lockedHeader(const LockedFile& file, const std::string& path) {
  std::vector<std::uint8_t> bytes(std::min<std::uint64_t>(file.size(), kHeaderSize));
  file.readAt(0, bytes.data(), bytes.size());
  return decodeHeader(bytes, file.size(), path);
}

std::array<std::uint8_t, 32> recordDigest(const Header& h, std::uint64_t index, const std::uint8_t* key, const AnswerKey& answerKey) {
  Sha256 sha;
  sha.update(h.id.data(), h.id.size());
  ByteWriter w;
  w.u64(index);
  sha.update(w.bytes().data(), w.bytes().size());
  sha.update(key, 2 * h.keyLength());
  sha.update(answerKey.data(), answerKey.size());
  return sha.finish();
}

std::vector<std::uint8_t> encodeRecord(const Header& h, std::uint64_t index, const Permutation& key, const AnswerKey& answerKey) {
  ByteWriter w;
  w.u8(kUnused);
  for (std::uint32_t v : key) w.u16(std::uint16_t(v));
  w.raw(answerKey.data(), answerKey.size());
  const auto digest = recordDigest(h, index, w.bytes().data() + 1, answerKey);
  w.raw(digest.data(), digest.size());
  return w.bytes();
}

// The entry of an unused record; nullopt for a used one. BadFile when the record is damaged.
std::optional<PadEntry> decodeRecord(const Header& h, std::uint64_t index, const std::uint8_t* record, const std::string& path) {
  const std::string at = std::to_string(index);
  if (record[0] == kUsed) return std::nullopt;
  if (record[0] != kUnused) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: entry %2 is damaged"), {path, at}});
  PadEntry entry{h.id, index, Permutation(h.keyLength()), {}};
  ByteReader in(record + 1, h.recordSize() - 1, {LED_PHRASE("led", "guide pad %1"), {path}});
  for (std::uint32_t& v : entry.key) v = in.u16();
  std::copy_n(in.raw(entry.answerKey.size()), entry.answerKey.size(), entry.answerKey.begin());
  const auto digest = recordDigest(h, index, record + 1, entry.answerKey);
  if (std::memcmp(digest.data(), in.raw(digest.size()), digest.size()) != 0 || !isPermutation(entry.key.data(), entry.key.size()))
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: entry %2 is damaged (the file was altered)"), {path, at}});
  return entry;
}

// Marks the record used before its key leaves: the state byte reaches the disk first (one byte cannot
// be torn), then the key material is overwritten.
void markUsed(LockedFile& file, const Header& h, std::uint64_t index) {
  const std::uint64_t offset = h.recordOffset(index);
  file.writeAt(offset, &kUsed, 1);
  file.sync();
  const std::vector<std::uint8_t> zeros(h.recordSize() - 1, 0);
  file.writeAt(offset + 1, zeros.data(), zeros.size());
}

std::optional<PadEntry> takeLocked(LockedFile& file, const Header& h, std::uint64_t index, const std::uint8_t* record,
                                   const std::string& path, const std::function<bool(const PadEntry&)>& proves) {
  const std::optional<PadEntry> entry = decodeRecord(h, index, record, path);
  if (!entry)
    fail(ErrorKind::Mismatch,
         {LED_PHRASE("led", "guide pad entry %1 was used already and is erased; an entry is never used twice"), {std::to_string(index)}});
  if (proves && !proves(*entry)) return std::nullopt;
  if (!h.fixed) markUsed(file, h, index);  // the paper's fixed key: the same for every query
  return entry;
}

}  // namespace

std::string padIdHex(const PadId& id) { return Sha256::hex(id.data(), id.size()); }

GuidePad GuidePad::generate(int side, std::uint32_t entries, RandomSource& random) {
  if (random.seed())
    fail(ErrorKind::InvalidArgument,
         LED_PHRASE("led", "a guide pad must come from the operating system's generator: a seeded pad cannot be denied"));
  if (side != 16 && side != 32) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a guide's canvas is 16 or 32 pixels wide"));
  if (entries < 1 || entries > 100000) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a pad holds 1 to 100000 entries"));
  GuidePad pad;
  pad.side_ = side;
  random.fill(pad.id_.data(), pad.id_.size());
  for (std::uint32_t i = 0; i < entries; ++i) {
    pad.keys_.push_back(randomPermutation(std::size_t(side) * side, random));
    AnswerKey answerKey;
    random.fill(answerKey.data(), answerKey.size());
    pad.answerKeys_.push_back(answerKey);
  }
  pad.used_.assign(entries, false);
  return pad;
}

GuidePad GuidePad::generateFixed(int side, RandomSource& random) {
  GuidePad pad = generate(side, 1, random);
  pad.fixed_ = true;
  return pad;
}

std::size_t GuidePad::remaining() const { return std::size_t(std::count(used_.begin(), used_.end(), false)); }

std::optional<std::uint64_t> GuidePad::nextUnused() const {
  const auto it = std::find(used_.begin(), used_.end(), false);
  if (it == used_.end()) return std::nullopt;
  return std::uint64_t(it - used_.begin());
}

void GuidePad::write(const std::string& path) const {
  const Header h{id_, side_, fixed_, std::uint32_t(used_.size())};
  std::vector<std::uint8_t> bytes = encodeHeader(h);
  for (std::size_t e = 0; e < used_.size(); ++e) {
    std::vector<std::uint8_t> record(h.recordSize(), 0);
    if (used_[e])
      record[0] = kUsed;
    else
      record = encodeRecord(h, e, keys_[e], answerKeys_[e]);
    bytes.insert(bytes.end(), record.begin(), record.end());
  }
  writeFileAtomically(path, bytes, 0600);
}

GuidePad GuidePad::read(const std::string& path) {
  const std::vector<std::uint8_t> bytes = readWholeFile(path, std::size_t(1) << 30);
  const Header h = decodeHeader({bytes.begin(), bytes.begin() + std::ptrdiff_t(std::min(bytes.size(), kHeaderSize))}, bytes.size(), path);
  GuidePad pad;
  pad.id_ = h.id;
  pad.side_ = h.side;
  pad.fixed_ = h.fixed;
  for (std::uint64_t e = 0; e < h.count; ++e) {
    const std::optional<PadEntry> entry = decodeRecord(h, e, bytes.data() + h.recordOffset(e), path);
    pad.used_.push_back(!entry);
    pad.keys_.push_back(entry ? entry->key : Permutation{});
    pad.answerKeys_.push_back(entry ? entry->answerKey : AnswerKey{});
  }
  return pad;
}

PadId GuidePad::readId(const std::string& path) {
  // The header never changes in place: no lock needed.
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) fail(ErrorKind::Io, {LED_PHRASE("led", "cannot read %1"), {path}});
  const std::uint64_t size = std::uint64_t(in.tellg());
  std::vector<std::uint8_t> bytes(std::min<std::uint64_t>(size, kHeaderSize));
  in.seekg(0);
  in.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(bytes.size()));
  return decodeHeader(bytes, size, path).id;
}

PadEntry GuidePad::takeNext(const std::string& path) {
  LockedFile file(path);
  const Header h = lockedHeader(file, path);
  const std::vector<std::uint8_t> bytes = file.readAll(std::size_t(h.fileSize()));
  for (std::uint64_t e = 0; e < h.count; ++e) {
    const std::uint8_t* record = bytes.data() + h.recordOffset(e);
    if (record[0] != kUsed) return *takeLocked(file, h, e, record, path, nullptr);
  }
  fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 is used up: make a new pad and share it"), {path}});
}

std::optional<PadEntry> GuidePad::take(const std::string& path, std::uint64_t index, const std::function<bool(const PadEntry&)>& proves) {
  LockedFile file(path);
  const Header h = lockedHeader(file, path);
  if (index >= h.count) fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 has no entry %2"), {path, std::to_string(index)}});
  std::vector<std::uint8_t> record(h.recordSize());
  file.readAt(h.recordOffset(index), record.data(), record.size());
  return takeLocked(file, h, index, record.data(), path, proves);
}

void GuidePad::giveBack(const std::string& path, const PadEntry& entry) {
  LockedFile file(path);
  const Header h = lockedHeader(file, path);
  if (entry.pad != h.id || entry.index >= h.count || h.fixed) return;
  // Key bytes first, the state byte last: a crash in between leaves the entry used, never half whole.
  const std::vector<std::uint8_t> record = encodeRecord(h, entry.index, entry.key, entry.answerKey);
  file.writeAt(h.recordOffset(entry.index) + 1, record.data() + 1, record.size() - 1);
  file.sync();
  file.writeAt(h.recordOffset(entry.index), record.data(), 1);
  file.sync();
}

}  // namespace led
