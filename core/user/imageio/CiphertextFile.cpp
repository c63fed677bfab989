#include "core/user/imageio/CiphertextFile.h"

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/BinaryIo.h"
#include "core/shared/common/Envelope.h"
#include "core/shared/common/Error.h"
#include "core/shared/image/ShapeIo.h"
#include "core/user/imageio/ImageFile.h"

namespace led {
namespace {

constexpr EnvelopeFormat kFormat{"LEDCIPH\n", 1, LED_PHRASE("led", "ciphertext file")};

}  // namespace

void writeCiphertextFile(const std::string& path, const CiphertextRecord& record) {
  const Ciphertext& c = record.ciphertext;
  ByteWriter w = beginEnvelope(kFormat);
  w.text(schemeName(record.scheme));
  writeShape(w, record.plainShape);
  writeShape(w, c.shape);
  w.u8(c.real ? 1 : 0);
  if (c.real)
    for (float v : c.reals) w.f32(v);
  else
    w.raw(c.bytes.data(), c.bytes.size());
  writeFileAtomically(path, sealEnvelope(w), 0644);
}

CiphertextRecord decodeCiphertext(const std::vector<std::uint8_t>& bytes, const std::string& name) {
  ByteReader in = openEnvelope(bytes, kFormat, name);
  CiphertextRecord record;
  try {
    record.scheme = parseSchemeName(in.text(32));
  } catch (const Error& e) {
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: %2"), {name, e.sentence()}});
  }
  record.plainShape = readShape(in, name, "the plain image");
  Ciphertext& c = record.ciphertext;
  c.shape = readShape(in, name, "the ciphertext");
  c.real = in.u8() != 0;
  in.require(c.shape.samples() * (c.real ? 4 : 1));
  if (c.real) {
    c.reals.resize(c.shape.samples());
    for (float& v : c.reals) v = in.f32();
  } else {
    const std::uint8_t* p = in.raw(c.shape.samples());
    c.bytes.assign(p, p + c.shape.samples());
  }
  if (in.remaining() != 0) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has unexpected bytes after its samples"), {name}});
  return record;
}

CiphertextRecord readCiphertextFile(const std::string& path) { return decodeCiphertext(readWholeFile(path, std::size_t(4) << 30), path); }

void saveCiphertext(const std::string& path, const CiphertextRecord& record) {
  if (isCiphertextPath(path)) return writeCiphertextFile(path, record);
  if (record.ciphertext.real)
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "rmt ciphertexts are real numbers; save %1 as a .ledc file"), {path}});
  if (!isLosslessImagePath(path))
    fail(ErrorKind::InvalidArgument,
         {LED_PHRASE("led", "%1: a lossy format would destroy the ciphertext; use .png, .bmp or .ledc"), {path}});
  writeImage(path, record.ciphertext.view());
}

Ciphertext loadCiphertext(const std::string& path, SchemeId scheme) {
  if (!isCiphertextPath(path)) return Ciphertext::fromImage(readImage(path));
  CiphertextRecord record = readCiphertextFile(path);
  if (record.scheme != scheme)
    fail(ErrorKind::Mismatch,
         {LED_PHRASE("led", "the key is for scheme %1, %2 was encrypted with %3"), {schemeName(scheme), path, schemeName(record.scheme)}});
  return std::move(record.ciphertext);
}

bool isCiphertextPath(const std::string& path) { return path.size() > 5 && path.compare(path.size() - 5, 5, ".ledc") == 0; }

}  // namespace led
