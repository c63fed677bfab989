#include "core/shared/deniable/QueryFile.h"

#include <algorithm>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/BinaryIo.h"
#include "core/shared/common/Envelope.h"
#include "core/shared/common/Error.h"
#include "core/shared/image/ShapeIo.h"
#include "core/shared/crypto/Sha256.h"

namespace led {
namespace {

constexpr EnvelopeFormat kFormat{"LEDQUERY", 3, LED_PHRASE("led", "query file")};
constexpr std::uint32_t kMaxMembers = 64;

void requireUniformParts(const Query& q) {
  const Ciphertext& first = q.parts[0].front();
  for (const auto& part : q.parts)
    for (const Ciphertext& c : part)
      if (c.shape != first.shape || c.real != first.real)
        fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "every ciphertext of a query must have the same layout"));
}

ByteWriter writeContent(const Query& q) {
  if (q.parts[0].empty() || q.parts[0].size() != q.parts[1].size())
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a query needs the same number of ciphertexts, at least one, in both parts"));
  requireUniformParts(q);
  ByteWriter w = beginEnvelope(kFormat);
  w.raw(q.pad.data(), q.pad.size());
  w.u64(q.padIndex);
  w.u32(std::uint32_t(q.garbledGuide.width()));
  w.raw(q.garbledGuide.data.data(), q.garbledGuide.data.size());
  w.text(schemeName(q.scheme));
  writeShape(w, q.plainShape);
  const Ciphertext& first = q.parts[0].front();
  writeShape(w, first.shape);
  w.u8(first.real ? 1 : 0);
  w.u32(std::uint32_t(q.members()));
  for (const auto& part : q.parts)
    for (const Ciphertext& c : part) {
      if (c.real)
        for (float v : c.reals) w.f32(v);
      else
        w.raw(c.bytes.data(), c.bytes.size());
    }
  return w;
}

}  // namespace

std::vector<std::uint8_t> encodeQueryContent(const Query& query) { return writeContent(query).bytes(); }

std::vector<std::uint8_t> encodeQuery(const Query& q) {
  ByteWriter w = writeContent(q);
  w.raw(q.proof.data(), q.proof.size());
  return sealEnvelope(w);
}

Query decodeQuery(const std::vector<std::uint8_t>& bytes, const std::string& name) {
  ByteReader in = openEnvelope(bytes, kFormat, name);
  Query q;
  std::copy_n(in.raw(q.pad.size()), q.pad.size(), q.pad.begin());
  q.padIndex = in.u64();
  const std::uint32_t side = in.u32();
  if (side != 16 && side != 32)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has a guide of side %2 (16 or 32 expected)"), {name, std::to_string(side)}});
  q.garbledGuide = Image(ImageShape{int(side), int(side), 1});
  const std::uint8_t* guide = in.raw(std::size_t(side) * side);
  q.garbledGuide.data.assign(guide, guide + std::size_t(side) * side);
  try {
    q.scheme = parseSchemeName(in.text(32));
  } catch (const Error& e) {
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: %2"), {name, e.sentence()}});
  }
  q.plainShape = readShape(in, name, "the plain image");
  Ciphertext layout;
  layout.shape = readShape(in, name, "the ciphertext");
  layout.real = in.u8() != 0;
  const std::uint32_t members = in.u32();
  if (members < 1 || members > kMaxMembers)
    fail(ErrorKind::BadFile,
         {LED_PHRASE("led", "%1 claims %2 ensemble members (1 to %3)"), {name, std::to_string(members), std::to_string(kMaxMembers)}});
  const std::size_t samples = layout.shape.samples();
  in.require(2 * members * samples * (layout.real ? 4 : 1) + q.proof.size());
  for (auto& part : q.parts)
    for (std::uint32_t m = 0; m < members; ++m) {
      Ciphertext c = layout;
      if (c.real) {
        c.reals.resize(samples);
        for (float& v : c.reals) v = in.f32();
      } else {
        const std::uint8_t* p = in.raw(samples);
        c.bytes.assign(p, p + samples);
      }
      part.push_back(std::move(c));
    }
  std::copy_n(in.raw(q.proof.size()), q.proof.size(), q.proof.begin());
  if (in.remaining() != 0) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has unexpected bytes after its ciphertexts"), {name}});
  return q;
}

void writeQueryFile(const std::string& path, const Query& query) { writeFileAtomically(path, encodeQuery(query), 0644); }

Query readQueryFile(const std::string& path) { return decodeQuery(readWholeFile(path, std::size_t(1) << 31), path); }

std::string queryDigest(const Query& query) {
  const std::vector<std::uint8_t> bytes = encodeQuery(query);
  const auto digest = Sha256::of(bytes.data(), bytes.size());
  return Sha256::hex(digest.data(), digest.size());
}

}  // namespace led
