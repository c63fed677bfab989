#pragma once
// Guide keys (docs/specification.md, section 3): a permutation sk of the guide's pixel positions. Garbling:
// Y[j] = G[sk[j]]. Opening with a key puts every garbled pixel back where the key says it came from.
// Fake keys (section 3.6) open the same garbled guide to the other shape.
#include "core/shared/image/Image.h"
#include "core/shared/random/Permutation.h"

namespace led {

Image garbleGuide(const Image& guide, const Permutation& key);
Image openGuide(const Image& garbled, const Permutation& key);

enum class FakeKeyMode {
  Uniform,  // uniformly random among all keys that open Y to the claimed shape: indistinguishable
  Paper,    // the LED paper's construction: the shape's pixels in order, the rest at random: detectable
};

// A key that opens `garbled` to `claimed`; both must have the same colour histogram.
Permutation fakeGuideKey(const Image& garbled, const Image& claimed, FakeKeyMode mode, RandomSource& random);

}  // namespace led
