#include "core/user/metrics/JpegRobustness.h"

#include <algorithm>

#include "core/shared/common/Error.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/imageio/Resize.h"
#include "core/user/metrics/ImageQuality.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

// JPEG at `quality`, decoded again; bytes counts the file's size.
Image throughJpeg(const Image& image, int quality, std::size_t& bytes) {
  const std::vector<std::uint8_t> file = encodeImage(image, "jpg", quality);
  bytes = file.size();
  return decodeImage(file, "JPEG at quality " + std::to_string(quality));
}

}  // namespace

JpegCurve jpegRateDistortion(const Image& plain, const Key& key, const std::vector<int>& qualities) {
  const auto cipher = makeCipher(key);
  if (cipher->realValued())
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "rmt's ciphertexts are real numbers: JPEG cannot hold them"));
  const Ciphertext c = cipher->encrypt(plain);
  const double pixels = double(plain.shape.pixels());
  JpegCurve curve;
  for (int q : qualities) {
    if (q < 1 || q > 100) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "JPEG quality runs from 1 to 100"));
    std::size_t bytes = 0;
    const Image decoded = throughJpeg(plain, q, bytes);
    curve.plain.push_back({q, 8.0 * double(bytes) / pixels, psnr(decoded, plain)});
    const Image compressed = throughJpeg(c.view(), q, bytes);
    const Image decrypted = cipher->decrypt(Ciphertext::fromImage(compressed));
    curve.encrypted.push_back({q, 8.0 * double(bytes) / pixels, psnr(decrypted, plain)});
  }
  return curve;
}

std::vector<ChartSeries> rateDistortionSeries(const JpegCurve& curve, const Phrase& encryptedName) {
  std::vector<ChartSeries> series{{LED_PHRASE("led", "plain JPEG"), {}, {}}, {encryptedName, {}, {}}};
  for (int i = 0; i < 2; ++i)
    for (const RatePoint& p : i == 0 ? curve.plain : curve.encrypted) {
      series[std::size_t(i)].x.push_back(p.bitsPerPixel);
      series[std::size_t(i)].y.push_back(std::min(p.psnr, 100.0));
    }
  return series;
}

}  // namespace led
