#pragma once
// The Scramble page's work, done off the GUI thread: make or reuse a key, trace the encryption step by
// step, decrypt with the right key and with a fresh wrong one. Returns plain values (QImage, Key).
#include <QImage>
#include <QString>
#include <optional>
#include <vector>

#include "core/user/keys/Key.h"

namespace led::ui {

struct ScrambleRequest {
  led::Image plain;
  led::KeySpec spec;
  std::optional<led::Key> key;            // reused when it fits spec, else a fresh one is made
  std::optional<std::uint64_t> demoSeed;  // seeded demo keys; empty: the OS CSPRNG
};

struct ScrambleStep {
  QString title;
  QString explanation;
  QImage image;
  int grid = 0;
  std::vector<int> origin;
};

struct ScrambleResult {
  led::Key key;
  double keySpaceBits = 0;
  std::vector<ScrambleStep> steps;
  QImage rightDecryption;
  QImage wrongDecryption;
  QString wrongFingerprint;
  int rightMaxError = 0;  // largest sample difference after decrypting with the right key
  bool exact = true;
};

ScrambleResult runScramble(const ScrambleRequest& request);

}  // namespace led::ui
