#pragma once
// A number with a fixed count of decimals ("0.50", "17.9"), as sentences, tables and CSV print it, in
// the C locale whatever the user's.
#include <string>

namespace led {

std::string decimals(double value, int places);

}  // namespace led
