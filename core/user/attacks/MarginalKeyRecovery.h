#pragma once
// Statistical key recovery on pe, with no training: the cloud's own attack. It holds the user's dataset
// encrypted under one key (a learnable scheme needs one key for all of it) and as many public images of
// the same domain as it likes. pe changes each sample alone (negated or not, the pixel's channels
// reordered), so each position's statistics over many ciphertexts give its key away: a negated sample
// has mean 255 - m where the public images have m, and a colour order moves the pixel's three means.
// Where the means cannot tell (a public mean near the middle), the sign of the position's correlation
// with its neighbours does: natural images vary together across neighbouring pixels.
#include <cstdint>
#include <vector>

#include "core/shared/image/Image.h"

namespace led {

struct MarginalRecovery {
  std::vector<std::uint8_t> negated;  // per sample of the image (HWC): 1 where the key is judged to negate
  std::vector<std::uint8_t> orders;   // per pixel of a colour image: the judged colour order (ColourOrders.h)
};

// ciphertexts: images under one pe key; publicImages: plain images of the same domain and shape.
// InvalidArgument when either set is empty or the shapes differ.
MarginalRecovery recoverByMarginals(const std::vector<Image>& ciphertexts, const std::vector<Image>& publicImages);
// A ciphertext decrypted with the recovered key.
Image restoreByMarginals(const Image& ciphertext, const MarginalRecovery& recovery);

}  // namespace led
