#pragma once
// Which learnable encryption, with which parameters, for images of which shape (docs/specification.md, section 2).
#include <string>
#include <vector>

#include "core/shared/image/Image.h"

namespace led {

enum class SchemeId { Le, Ele, Etc, EtcGray, Pe, Rmt };

const std::vector<SchemeId>& allSchemes();
std::string schemeName(SchemeId id);
// Throws InvalidArgument naming the known schemes.
SchemeId parseSchemeName(const std::string& name);

struct SchemeParams {
  SchemeId scheme = SchemeId::Le;
  int blockSize = 4;             // M; pe works per pixel and always has 1
  bool split = true;             // le, ele: 4-bit nibbles (on) or whole bytes (off)
  bool reverse = true;           // le, ele: reversal mask
  bool shuffle = true;           // le, ele: permutation inside the block
  bool blockPermutation = true;  // rmt: the optional permutation of block positions
  double noise = 0;              // rmt: per-image additive noise drawn uniformly from [0, noise)

  // The parameters a scheme uses when the user names none (rmt: Sharma & Chen's CIFAR-10 setting).
  static SchemeParams defaults(SchemeId id);
  void validate() const;
  std::string text() const;  // "le M=4 split reverse shuffle"
  bool operator==(const SchemeParams& o) const;
};

// What a key is for: the scheme, its parameters and the shape of the plain images.
struct KeySpec {
  SchemeParams params;
  ImageShape shape;
  void validate() const;
};

}  // namespace led
