#pragma once
// `led bench schemes`: single-thread encryption and decryption throughput of every scheme.
#include <functional>
#include <string>
#include <vector>

#include "core/shared/image/Image.h"
#include "core/shared/ciphertext/SchemeParams.h"

namespace led {

struct SchemeBenchRow {
  SchemeParams params;
  ImageShape shape;
  double encryptPerSecond = 0;
  double decryptPerSecond = 0;
};

// Times each scheme at its default parameters on each shape for about secondsPerCase, encrypting a
// pool of random images with a seeded key. `progress` gets each row as it is done.
std::vector<SchemeBenchRow> benchmarkSchemes(const std::vector<ImageShape>& shapes, double secondsPerCase,
                                             const std::function<void(const SchemeBenchRow&)>& progress = {});

// Seconds to encrypt `count` images of `shape` with `params`, one thread, output buffers reused.
double timeDatasetEncryption(const SchemeParams& params, const ImageShape& shape, int count);

}  // namespace led
