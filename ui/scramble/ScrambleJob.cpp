#include "ui/scramble/ScrambleJob.h"

#include <cstdlib>

#include "ui/common/CorePhrase.h"
#include "ui/common/ImageConvert.h"
#include "core/shared/random/RandomSource.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led::ui {
namespace {

bool fits(const led::Key& key, const led::KeySpec& spec) { return key.spec().params == spec.params && key.spec().shape == spec.shape; }

int maxError(const led::Image& a, const led::Image& b) {
  int worst = 0;
  for (std::size_t i = 0; i < a.data.size(); ++i) worst = std::max(worst, std::abs(int(a.data[i]) - int(b.data[i])));
  return worst;
}

}  // namespace

ScrambleResult runScramble(const ScrambleRequest& request) {
  std::unique_ptr<led::RandomSource> random;
  if (request.demoSeed)
    random = std::make_unique<led::StreamRandom>(*request.demoSeed);
  else
    random = std::make_unique<led::OsRandom>();
  const led::Scheme& scheme = led::schemeFor(request.spec.params.scheme);
  const led::Key key = request.key && fits(*request.key, request.spec) ? *request.key : scheme.generateKey(request.spec, *random);
  // The wrong key: same scheme and shape, independent tables (the next draws of the same source).
  const led::Key wrong = scheme.generateKey(request.spec, *random);

  ScrambleResult result{key, scheme.keySpaceBits(key.spec()), {}, {}, {}, QString::fromStdString(wrong.shortFingerprint()),
                        0,   scheme.exact(key.spec())};
  for (const led::TraceStep& s : scheme.trace(request.plain, key))
    result.steps.push_back({translatedText(s.title), translated(s.explanation), toQImage(s.image), s.grid, s.origin});
  const auto cipher = scheme.makeCipher(key);
  const led::Ciphertext ciphertext = cipher->encrypt(request.plain);
  const led::Image right = cipher->decrypt(ciphertext);
  result.rightMaxError = maxError(right, request.plain);
  result.rightDecryption = toQImage(right);
  result.wrongDecryption = toQImage(scheme.makeCipher(wrong)->decrypt(ciphertext));
  return result;
}

}  // namespace led::ui
