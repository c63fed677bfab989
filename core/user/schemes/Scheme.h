#pragma once
// One interface for every learnable encryption of docs/specification.md, section 2.
#include <memory>
#include <string>
#include <vector>

#include "core/user/keys/Key.h"
#include "core/shared/random/RandomSource.h"
#include "core/user/schemes/Cipher.h"
#include "core/user/schemes/Trace.h"

namespace led {

class Scheme {
 public:
  virtual ~Scheme() = default;
  virtual SchemeId id() const = 0;
  // "Learnable Image Encryption (Tanaka)"
  virtual std::string title() const = 0;
  // True when decrypt(encrypt(x)) == x bit for bit for keys of this spec.
  virtual bool exact(const KeySpec&) const { return true; }
  // log2 of the number of distinct keys; infinity where a table is continuous (rmt's matrices).
  virtual double keySpaceBits(const KeySpec& spec) const = 0;

  // A fresh key from `random`: OsRandom for real use, StreamRandom(seed) for tests and demos.
  Key generateKey(const KeySpec& spec, RandomSource& random) const;
  // Throws BadFile when the key's tables do not fit its own spec.
  virtual void validateKey(const Key& key) const = 0;
  virtual std::unique_ptr<Cipher> makeCipher(const Key& key) const = 0;
  // The encryption of `plain` step by step; the last step's image is the ciphertext's view.
  virtual std::vector<TraceStep> trace(const Image& plain, const Key& key) const = 0;

 protected:
  virtual std::vector<KeyTable> makeTables(const KeySpec& spec, RandomSource& random) const = 0;
};

}  // namespace led
