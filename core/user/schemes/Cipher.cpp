#include "core/user/schemes/Cipher.h"

#include "core/shared/common/Error.h"

namespace led {

Cipher::Cipher(const Key& key)
    : spec_(key.spec()), fingerprint_(key.fingerprint()), padded_(led::paddedShape(key.spec().shape, key.spec().params.blockSize)) {}

Ciphertext Cipher::encrypt(const Image& plain) const {
  Ciphertext out;
  encrypt(plain, out);
  return out;
}

void Cipher::encrypt(const Image& plain, Ciphertext& out) const {
  if (plain.shape != spec_.shape)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "this %1 key is for images of %2, the image is %3"),
                               {schemeName(spec_.params.scheme), spec_.shape.text(), plain.shape.text()}});
  out.shape = cipherShape();
  out.real = realValued();
  if (out.real)
    out.reals.resize(out.shape.samples());
  else
    out.bytes.resize(out.shape.samples());
  if (plain.shape == padded_) {
    encryptPadded(plain, out);
  } else {
    encryptPadded(padByEdgeReplication(plain, spec_.params.blockSize), out);
  }
}

Image Cipher::decrypt(const Ciphertext& ciphertext) const {
  const std::size_t stored = ciphertext.real ? ciphertext.reals.size() : ciphertext.bytes.size();
  if (ciphertext.shape != cipherShape() || ciphertext.real != realValued() || stored != cipherShape().samples())
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "this %1 key decrypts ciphertexts of %2 %3 (from images of %4); this ciphertext is %5 %6"),
                               {schemeName(spec_.params.scheme), cipherShape().text(),
                                realValued() ? LED_PHRASE("led", "real values") : LED_PHRASE("led", "bytes"), spec_.shape.text(),
                                ciphertext.shape.text(), ciphertext.real ? LED_PHRASE("led", "real values") : LED_PHRASE("led", "bytes")}});
  Image padded(padded_);
  decryptPadded(ciphertext, padded);
  return cropTopLeft(padded, spec_.shape.height, spec_.shape.width);
}

}  // namespace led
