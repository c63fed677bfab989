#include "schemes/Cipher.h"

#include "common/Error.h"

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
    fail(ErrorKind::Mismatch, "this " + schemeName(spec_.params.scheme) + " key is for images of " + spec_.shape.text() +
                                  ", the image is " + plain.shape.text());
  out.shape = cipherShape();
  out.real = realValued();
  if (out.real) out.reals.resize(out.shape.samples()); else out.bytes.resize(out.shape.samples());
  if (plain.shape == padded_) {
    encryptPadded(plain, out);
  } else {
    encryptPadded(padByEdgeReplication(plain, spec_.params.blockSize), out);
  }
}

Image Cipher::decrypt(const Ciphertext& ciphertext) const {
  const std::size_t stored = ciphertext.real ? ciphertext.reals.size() : ciphertext.bytes.size();
  if (ciphertext.shape != cipherShape() || ciphertext.real != realValued() || stored != cipherShape().samples())
    fail(ErrorKind::Mismatch, "this " + schemeName(spec_.params.scheme) + " key decrypts ciphertexts of " +
                                  cipherShape().text() + (realValued() ? " real values" : " bytes") + " (from images of " +
                                  spec_.shape.text() + "); this ciphertext is " + ciphertext.shape.text() +
                                  (ciphertext.real ? " real values" : " bytes"));
  Image padded(padded_);
  decryptPadded(ciphertext, padded);
  return cropTopLeft(padded, spec_.shape.height, spec_.shape.width);
}

}  // namespace led
