#pragma once
// Chang & Case's feature-reconstruction attack (FR-Attack): a ciphertext-only attack that needs no
// training, no key and only the one ciphertext (as a person sees it, at the padded plain shape).
// - Basic: every sample v becomes v when v <= 127 and 255 - v otherwise. A negative-positive flip maps v
//   to 255 - v, so wherever flips fall, both v and its flip decode to the same value: the edges of the
//   picture show through.
// - Advanced: pixel by pixel in raster order from the top-left one (taken as it is), choose among the
//   colour orders and flip patterns (6 x 8 for three channels, 2 for one) the candidate closest to the
//   pixels already decoded to its left and above it. That undoes pe's per-pixel steps up to one colour
//   order and flip pattern for the whole picture, which a person undoes at a glance.
#include <vector>

#include "core/shared/image/Image.h"

namespace led {

Image reconstructFeaturesBasic(const Image& ciphertextView);
Image reconstructFeaturesAdvanced(const Image& ciphertextView);

// The 48 (three channels) or 2 (one) ways of reordering and flipping every pixel of an image alike: the
// ambiguity the advanced reconstruction leaves.
std::vector<Image> globalVariants(const Image& image);
// Of an image's global variants, the one most like `plain` by SSIM: what a person who picks the
// natural-looking variant sees. Same shapes required.
Image closestGlobalVariant(const Image& reconstruction, const Image& plain);

}  // namespace led
