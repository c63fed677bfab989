#include "core/user/keys/Key.h"

#include <algorithm>

#include "core/shared/common/BinaryIo.h"
#include "core/shared/common/Error.h"
#include "core/shared/crypto/Sha256.h"

namespace led {

std::size_t KeyTable::count() const {
  std::size_t n = dims.empty() ? 0 : 1;
  for (std::uint32_t d : dims) n *= d;
  return n;
}

Key::Key(KeySpec spec, std::optional<std::uint64_t> seed, std::vector<KeyTable> tables)
    : spec_(std::move(spec)), seed_(seed), tables_(std::move(tables)) {
  const std::vector<std::uint8_t> body = canonicalBytes();
  const auto digest = Sha256::of(body.data(), body.size());
  fingerprint_ = Sha256::hex(digest.data(), 8);
}

const KeyTable* Key::findTable(const std::string& name) const {
  for (const KeyTable& t : tables_)
    if (t.name == name) return &t;
  return nullptr;
}

const KeyTable& Key::table(const std::string& name) const {
  const KeyTable* t = findTable(name);
  if (!t) fail(ErrorKind::BadFile, {LED_PHRASE("led", "the %1 key has no '%2' table"), {schemeName(scheme()), name}});
  return *t;
}

namespace {

// Tables are stored with the narrowest integer type that holds their largest value.
std::uint8_t intWidth(const std::vector<std::uint32_t>& v) {
  const std::uint32_t top = v.empty() ? 0 : *std::max_element(v.begin(), v.end());
  return top <= 0xff ? 1 : top <= 0xffff ? 2 : 4;
}

}  // namespace

std::vector<std::uint8_t> Key::canonicalBytes() const {
  ByteWriter w;
  const SchemeParams& p = spec_.params;
  w.text(schemeName(p.scheme));
  w.u32(std::uint32_t(p.blockSize));
  w.u8(std::uint8_t(p.split | p.reverse << 1 | p.shuffle << 2 | p.blockPermutation << 3));
  w.f64(p.noise);
  w.u32(std::uint32_t(spec_.shape.height));
  w.u32(std::uint32_t(spec_.shape.width));
  w.u32(std::uint32_t(spec_.shape.channels));
  w.u32(std::uint32_t(tables_.size()));
  for (const KeyTable& t : tables_) {
    w.text(t.name);
    w.u8(std::uint8_t(t.dims.size()));
    for (std::uint32_t d : t.dims) w.u32(d);
    if (t.isReal()) {
      w.u8(8);
      for (double v : t.reals) w.f64(v);
      continue;
    }
    const std::uint8_t width = intWidth(t.ints);
    w.u8(width);
    for (std::uint32_t v : t.ints) {
      if (width == 1)
        w.u8(std::uint8_t(v));
      else if (width == 2)
        w.u16(std::uint16_t(v));
      else
        w.u32(v);
    }
  }
  return std::move(w.bytes());
}

std::string fingerprintOf(const std::optional<Key>& key) { return key ? key->fingerprint() : std::string(); }

std::string Key::shortFingerprint() const { return formatFingerprint(fingerprint_); }

}  // namespace led
