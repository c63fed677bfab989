#include "core/shared/common/Decimals.h"

#include <cstdio>

namespace led {

std::string decimals(double value, int places) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", places, value);
  return text;
}

}  // namespace led
