#pragma once
// A key compiled for fast use. Checks shapes, pads by edge replication, crops back after decryption.
#include <memory>
#include <string>

#include "core/user/keys/Key.h"
#include "core/shared/ciphertext/Ciphertext.h"

namespace led {

class Cipher {
 public:
  explicit Cipher(const Key& key);
  virtual ~Cipher() = default;

  const KeySpec& spec() const { return spec_; }
  const std::string& fingerprint() const { return fingerprint_; }
  ImageShape paddedShape() const { return padded_; }
  // Layout of the ciphertext; the padded shape for every scheme but etc-gray.
  virtual ImageShape cipherShape() const { return padded_; }
  virtual bool realValued() const { return false; }

  // Throws Mismatch when the image is not of the key's shape.
  Ciphertext encrypt(const Image& plain) const;
  // Reuses out's buffers: the hot path for datasets and benchmarks.
  void encrypt(const Image& plain, Ciphertext& out) const;
  // Throws Mismatch when the ciphertext does not have the layout this key produces.
  Image decrypt(const Ciphertext& ciphertext) const;

 protected:
  // out already has cipherShape() and its sample buffer sized.
  virtual void encryptPadded(const Image& padded, Ciphertext& out) const = 0;
  // padded already has paddedShape() and its buffer sized.
  virtual void decryptPadded(const Ciphertext& ciphertext, Image& padded) const = 0;

 private:
  KeySpec spec_;
  std::string fingerprint_;
  ImageShape padded_;
};

}  // namespace led
