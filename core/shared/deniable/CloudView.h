#pragma once
// What the cloud sees of one query and what it answers: the guide it recovered with its pad entry, the
// shape it read, each part's probabilities and label slot, the sealed answer and its log line. Neither
// the answer nor the log holds the shape or a plaintext label; the desktop application shows the rest
// to teach what the cloud learns.
#include <array>
#include <string>
#include <vector>

#include "core/shared/deniable/Answer.h"
#include "core/shared/deniable/Guide.h"

namespace led {

struct CloudPart {
  std::vector<float> probabilities;  // averaged over the set; empty for a decoy
  AnswerSlot slot;
  bool decoy = false;
};

struct CloudResult {
  Image recoveredGuide;
  GuideShape shape = GuideShape::Triangle;
  std::array<CloudPart, 2> parts;
  Answer answer;
  std::string logLine;  // time, query digest, pad index, encrypted slots
};

}  // namespace led
