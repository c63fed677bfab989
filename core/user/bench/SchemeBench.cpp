#include "core/user/bench/SchemeBench.h"

#include <chrono>

#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<Image> randomImages(const ImageShape& shape, int count, RandomSource& random) {
  std::vector<Image> images(static_cast<std::size_t>(count), Image(shape));
  for (Image& image : images) random.fill(image.data.data(), image.data.size());
  return images;
}

// Runs op(i) for growing i until `seconds` have passed; returns operations per second.
template <typename Op>
double rate(double seconds, Op op) {
  const auto start = Clock::now();
  long done = 0;
  double elapsed = 0;
  for (long batch = 64;; batch *= 2) {
    for (long i = 0; i < batch; ++i) op(done + i);
    done += batch;
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    if (elapsed >= seconds) break;
  }
  return double(done) / elapsed;
}

}  // namespace

std::vector<SchemeBenchRow> benchmarkSchemes(const std::vector<ImageShape>& shapes, double secondsPerCase,
                                             const std::function<void(const SchemeBenchRow&)>& progress) {
  std::vector<SchemeBenchRow> rows;
  StreamRandom random(2024);  // seeded: the same images and keys on every run
  for (const ImageShape& shape : shapes) {
    const std::vector<Image> images = randomImages(shape, 256, random);
    for (SchemeId id : allSchemes()) {
      SchemeBenchRow row;
      row.params = SchemeParams::defaults(id);
      row.shape = shape;
      const Key key = generateKey({row.params, shape}, random);
      const auto cipher = makeCipher(key);
      std::vector<Ciphertext> ciphertexts(images.size());
      for (std::size_t i = 0; i < images.size(); ++i) cipher->encrypt(images[i], ciphertexts[i]);
      Ciphertext out;
      row.encryptPerSecond = rate(secondsPerCase, [&](long i) { cipher->encrypt(images[std::size_t(i) % images.size()], out); });
      row.decryptPerSecond = rate(secondsPerCase, [&](long i) { (void)cipher->decrypt(ciphertexts[std::size_t(i) % images.size()]); });
      rows.push_back(row);
      if (progress) progress(row);
    }
  }
  return rows;
}

double timeDatasetEncryption(const SchemeParams& params, const ImageShape& shape, int count) {
  StreamRandom random(7);
  const std::vector<Image> images = randomImages(shape, 1024, random);
  const auto cipher = makeCipher(generateKey({params, shape}, random));
  Ciphertext out;
  const auto start = Clock::now();
  for (int i = 0; i < count; ++i) cipher->encrypt(images[std::size_t(i) % images.size()], out);
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace led
