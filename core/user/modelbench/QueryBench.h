#pragma once
// `led bench query`: how long one deniable round takes (compose, the cloud's answer, the user's
// opening with the answer), how long a fake guide key takes, and how long the cloud takes to read a
// triangle and a square guide (alike: the time must not tell the coin), as medians over many runs.
#include "core/shared/image/Image.h"

namespace led {

struct QueryBenchResult {
  double composeMs = 0, answerMs = 0, openMs = 0;  // medians
  double roundMs = 0;                              // median of compose + answer + open
  double fakeKeyMs = 0;                            // median, uniform construction
  double readTriangleUs = 0, readSquareUs = 0;     // the cloud reading an opened guide of either shape (medians)
  int runs = 0;
};

// Deniable process, le keys of `shape`, untrained baseline models (inference costs the same), guides
// of `side` pixels. Keys and pads here are seeded: this is a benchmark, not a query anyone sends.
QueryBenchResult benchmarkQuery(const ImageShape& shape, int side, int runs);

}  // namespace led
