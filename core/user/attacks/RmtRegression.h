#pragma once
// Known-plaintext regression on rmt (docs/specification.md, section 7). One plain image and its ciphertext: every
// ciphertext block is X R (+ noise) of some plain block X under that block's orthogonal matrix R, so the
// right pairing is the one where X^-1 Y is (nearly) orthogonal, and R is that product, projected onto
// the orthogonal matrices. Without noise this recovers the key exactly; with noise the recovered key
// decrypts less and less well.

#include "core/user/keys/Key.h"
#include "core/shared/ciphertext/Ciphertext.h"

namespace led {

struct RmtRegressionResult {
  Key key;
  double worstOrthogonality = 0;  // largest |X^-1 Y - nearest orthogonal| over the blocks (0 without noise)
  int singularBlocks = 0;         // block-channels of the known image with no inverse (recovered only in part)
};

// spec: rmt's public parameters and image shape (sides multiples of the block size). Exact recovery
// needs invertible blocks in the known image (a textured image's are; a photo's flat blocks are not).
RmtRegressionResult recoverRmtKey(const Image& plain, const Ciphertext& cipher, const KeySpec& spec);

}  // namespace led
