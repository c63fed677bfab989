#include "core/shared/common/Fingerprint.h"

namespace led {

std::string formatFingerprint(const std::string& hex) {
  std::string s;
  for (std::size_t i = 0; i < hex.size(); i += 4) s += (i ? "-" : "") + hex.substr(i, 4);
  return s;
}

}  // namespace led
