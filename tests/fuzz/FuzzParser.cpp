// One libFuzzer target per file format, chosen at build time by LED_FUZZ_FORMAT. The input is re-sealed
// (its last 32 bytes replaced by the SHA-256 of the rest) for the checksummed formats, so the fuzzer
// reaches the parser behind the checksum instead of stopping at it. A parser may accept the input or
// throw led::Error; anything else (another exception, a crash, a sanitizer report) is a finding.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/Error.h"
#include "core/user/data/Cifar10.h"
#include "core/user/data/Idx.h"
#include "core/shared/deniable/Answer.h"
#include "core/shared/deniable/GuideKeyFile.h"
#include "core/shared/deniable/GuidePad.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/shared/crypto/Sha256.h"
#include "core/user/project/ProjectFile.h"
#include "core/shared/shards/EncryptedDataset.h"
#include "core/user/imageio/CiphertextFile.h"
#ifdef LED_FUZZ_LEARN  // the model target only: the others do not link LibTorch
#include "core/shared/learn/Classifier.h"
#endif

namespace {

const std::string kFormat = LED_FUZZ_FORMAT;

// Whole-file checksums; a pad has one on its header and one a record instead.
bool checksummed() { return kFormat != "idx" && kFormat != "cifar" && kFormat != "image" && kFormat != "pad" && kFormat != "manifest"; }
constexpr std::size_t kPadHeaderDigestAt = 37, kPadHeaderSize = 69;

// Path-based readers read this file; it lives in shared memory when there is any.
const std::string& scratch() {
  static const std::string path =
      (access("/dev/shm", W_OK) == 0 ? "/dev/shm/led-fuzz-" : "/tmp/led-fuzz-") + kFormat + "-" + std::to_string(getpid());
  return path;
}

void parse(const std::vector<std::uint8_t>& bytes) {
  using namespace led;
  if (kFormat == "key") return void(decodeKey(bytes, "fuzz"));
  if (kFormat == "ciphertext") return void(decodeCiphertext(bytes, "fuzz"));
  if (kFormat == "query") return void(decodeQuery(bytes, "fuzz"));
  if (kFormat == "image") return void(decodeImage(bytes, "fuzz"));
  if (kFormat == "manifest") {  // an encrypted dataset's manifest.json, as the cloud reads it
    bool complete = false;
    return void(decodeDatasetManifest(std::string(bytes.begin(), bytes.end()), "fuzz", complete));
  }
  FILE* f = std::fopen(scratch().c_str(), "wb");
  if (!f) std::abort();
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  if (kFormat == "pad") return void(GuidePad::read(scratch()));
  if (kFormat == "answer") return void(readAnswerFile(scratch()));
  if (kFormat == "answer-key") return void(readAnswerKeyFile(scratch()));
  if (kFormat == "guide-key") return void(readGuideKeyFile(scratch()));
  if (kFormat == "project") return void(readProjectFile(scratch()));
#ifdef LED_FUZZ_LEARN
  if (kFormat == "model") return void(Classifier::load(scratch()));  // models and checkpoints alike
#endif
  if (kFormat == "idx") return void(readIdx(scratch(), 3));
  if (kFormat == "cifar") return void(readCifar10Batch(scratch(), std::vector<std::string>(10, "c")));
  std::fprintf(stderr, "unknown format %s\n", kFormat.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::uint8_t> bytes(data, data + size);
  if (checksummed() && bytes.size() >= 44) {
    const auto digest = led::Sha256::of(bytes.data(), bytes.size() - 32);
    std::memcpy(bytes.data() + bytes.size() - 32, digest.data(), 32);
  }
  if (kFormat == "pad" && bytes.size() >= kPadHeaderSize) {
    const auto digest = led::Sha256::of(bytes.data(), kPadHeaderDigestAt);
    std::memcpy(bytes.data() + kPadHeaderDigestAt, digest.data(), 32);
  }
  try {
    parse(bytes);
  } catch (const led::Error&) {
    // A clean refusal: what a damaged file should get.
  }
  return 0;
}
