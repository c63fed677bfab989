#include "core/user/keyfile/KeyFile.h"

#include <filesystem>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/BinaryIo.h"
#include "core/shared/common/Envelope.h"
#include "core/shared/common/Error.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

constexpr EnvelopeFormat kFormat{"LEDKEY\r\n", kKeyFileVersion, LED_PHRASE("led", "key file")};
constexpr std::size_t kMaxKeyFileBytes = std::size_t(512) << 20;
constexpr std::size_t kMaxTables = 16;
constexpr std::size_t kMaxTableEntries = std::size_t(1) << 28;

KeyTable readTable(ByteReader& in, const std::string& name) {
  KeyTable t;
  t.name = in.text(64);
  const std::uint8_t rank = in.u8();
  if (rank == 0 || rank > 4) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: table '%2' has an invalid rank"), {name, t.name}});
  std::size_t count = 1;
  for (int i = 0; i < rank; ++i) {
    const std::uint32_t d = in.u32();
    if (d == 0 || d > kMaxTableEntries || count * d > kMaxTableEntries)
      fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: table '%2' has an implausible size"), {name, t.name}});
    count *= d;
    t.dims.push_back(d);
  }
  const std::uint8_t width = in.u8();
  if (width != 1 && width != 2 && width != 4 && width != 8)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: table '%2' has an unknown element type"), {name, t.name}});
  in.require(count * width);  // before allocating, so a lying header cannot ask for gigabytes
  if (width == 8) {
    t.reals.resize(count);
    for (double& v : t.reals) v = in.f64();
  } else {
    t.ints.resize(count);
    for (std::uint32_t& v : t.ints) v = width == 1 ? in.u8() : width == 2 ? in.u16() : in.u32();
  }
  return t;
}

}  // namespace

std::vector<std::uint8_t> encodeKey(const Key& key) {
  ByteWriter w = beginEnvelope(kFormat);
  w.u8(key.seeded() ? 1 : 0);
  w.u64(key.seed().value_or(0));
  const std::vector<std::uint8_t> body = key.canonicalBytes();
  w.raw(body.data(), body.size());
  return sealEnvelope(w);
}

Key decodeKey(const std::vector<std::uint8_t>& bytes, const std::string& name) {
  ByteReader in = openEnvelope(bytes, kFormat, name);
  const std::uint8_t origin = in.u8();
  const std::uint64_t seed = in.u64();
  if (origin > 1) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has an unknown key origin"), {name}});
  KeySpec spec;
  try {
    spec.params.scheme = parseSchemeName(in.text(32));
  } catch (const Error& e) {
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: %2"), {name, e.sentence()}});
  }
  spec.params.blockSize = int(std::min<std::uint32_t>(in.u32(), 1u << 20));
  const std::uint8_t flags = in.u8();
  spec.params.split = flags & 1;
  spec.params.reverse = flags & 2;
  spec.params.shuffle = flags & 4;
  spec.params.blockPermutation = flags & 8;
  spec.params.noise = in.f64();
  spec.shape.height = int(std::min<std::uint32_t>(in.u32(), 1u << 30));
  spec.shape.width = int(std::min<std::uint32_t>(in.u32(), 1u << 30));
  spec.shape.channels = int(std::min<std::uint32_t>(in.u32(), 1u << 30));
  try {
    spec.validate();
  } catch (const Error& e) {
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: %2"), {name, e.sentence()}});
  }
  const std::uint32_t tableCount = in.u32();
  if (tableCount > kMaxTables) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 claims %2 tables"), {name, std::to_string(tableCount)}});
  std::vector<KeyTable> tables;
  for (std::uint32_t i = 0; i < tableCount; ++i) tables.push_back(readTable(in, name));
  if (in.remaining() != 0) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has unexpected bytes after its tables"), {name}});

  Key key(spec, origin == 1 ? std::optional<std::uint64_t>(seed) : std::nullopt, std::move(tables));
  try {
    schemeFor(spec.params.scheme).validateKey(key);
  } catch (const Error& e) {
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: %2"), {name, e.sentence()}});
  }
  return key;
}

void writeKeyFile(const std::string& path, const Key& key) { writeFileAtomically(path, encodeKey(key), 0600); }

Key readKeyFile(const std::string& path) { return decodeKey(readWholeFile(path, kMaxKeyFileBytes), path); }

std::optional<std::string> findKeyFile(const std::vector<std::string>& folders, const std::string& fingerprint) {
  namespace fs = std::filesystem;
  for (const std::string& folder : folders) {
    std::error_code error;
    for (const fs::directory_entry& e : fs::directory_iterator(folder, error)) {
      if (!e.is_regular_file() || e.path().extension() != ".ledkey") continue;
      try {
        if (readKeyFile(e.path().string()).fingerprint() == fingerprint) return e.path().string();
      } catch (const Error&) {
        // not a usable key: keep looking
      }
    }
  }
  return std::nullopt;
}

}  // namespace led
