#pragma once
// How much of the picture a ciphertext keeps: PSNR and SSIM against the plain image (docs/specification.md, section 7).
// Low values mean good visual privacy; they also score an attacker's reconstruction.
#include "core/shared/image/Image.h"

namespace led {

// Peak signal-to-noise ratio in dB; infinity for identical images. Same shapes required.
double psnr(const Image& a, const Image& b);
// Structural similarity (Wang et al., 11x11 Gaussian window, sigma 1.5), averaged over channels; 1 for
// identical images.
double ssim(const Image& a, const Image& b);

}  // namespace led
