#pragma once
// Encryption-then-compression (Kiya's EtC; docs/specification.md, section 7): how well a ciphertext survives JPEG.
// For each quality: bits per pixel of the JPEG file and PSNR of the decrypted image against the plain
// one, beside JPEG of the plain image itself (the rate-distortion curve).
#include <vector>

#include "core/user/keys/Key.h"
#include "core/user/chart/LineChart.h"

namespace led {

struct RatePoint {
  int quality = 0;
  double bitsPerPixel = 0;
  double psnr = 0;
};

struct JpegCurve {
  std::vector<RatePoint> plain;      // JPEG of the plain image
  std::vector<RatePoint> encrypted;  // encrypt, JPEG, decrypt
};

// key: a byte scheme (not rmt) for images of plain's shape.
JpegCurve jpegRateDistortion(const Image& plain, const Key& key, const std::vector<int>& qualities);

// The two curves to plot, PSNR against bits per pixel: "plain JPEG" and the encrypted one under
// `encryptedName`; an infinite PSNR (identical images) is drawn at 100 dB.
std::vector<ChartSeries> rateDistortionSeries(const JpegCurve& curve, const Phrase& encryptedName);

}  // namespace led
