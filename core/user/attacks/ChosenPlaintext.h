#pragma once
// Chosen-plaintext key recovery on le (Chang & Case; docs/specification.md, section 7). le uses one block key for every
// block, so an attacker who may have images of their choosing encrypted learns the key from L = 2d
// crafted images (d samples per block, two nibbles each): image q holds nibble 15 at slot q of every
// block and 0 elsewhere. At each ciphertext slot j, all images but one show the same nibble (15 if the
// slot's source is reversed); the one that differs names the source slot P[j]. Every block must tell
// the same story: under ele (a key per block) or a fresh key per image the attack reports failure.
#include <functional>
#include <optional>
#include <string>

#include "core/user/keys/Key.h"
#include "core/shared/ciphertext/Ciphertext.h"

namespace led {

// Encrypts an image under the secret key: all the attacker can do with it.
using EncryptionOracle = std::function<Ciphertext(const Image&)>;

struct ChosenPlaintextResult {
  std::optional<Key> key;  // the recovered le key, when the attack succeeds
  std::string reason;      // why it failed, in a sentence
  int queries = 0;         // images the oracle encrypted
};

// spec: the public part (scheme le with its options, image shape, whose sides must be multiples of the
// block size). Never touches the secret key.
ChosenPlaintextResult recoverLeKey(const EncryptionOracle& oracle, const KeySpec& spec);

}  // namespace led
