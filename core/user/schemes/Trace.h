#pragma once
// The step-by-step pictures of an encryption, for the Scramble page and `led trace`.
#include <string>
#include <vector>

#include "core/shared/common/Phrase.h"
#include "core/shared/image/Image.h"
#include "core/shared/random/Permutation.h"

namespace led {

struct TraceStep {
  std::string title;                // "after block permutation", a marked phrase
  std::vector<Phrase> explanation;  // a sentence or two on what the step did
  Image image;
  int grid = 0;  // block size of the overlay; 0 for none
  // For each block of this step's image (row by row), the number of the block of the plain image it
  // came from; empty where blocks are not tracked.
  std::vector<int> origin;
};

std::vector<int> identityOrigin(int blocks);
// Blocks moved by a block permutation (block j of the result is block p[j] of the input).
std::vector<int> permuteOrigin(const std::vector<int>& before, const Permutation& p);

}  // namespace led

namespace led {
// The first step of every trace: the (padded) plain image with its block grid.
// `explanation` and `title` are marked phrases.
TraceStep plainStep(const Image& padded, int blockSize, const char* explanation, const char* title = LED_PHRASE("led", "plain image"));
}  // namespace led
