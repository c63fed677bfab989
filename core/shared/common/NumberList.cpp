#include "core/shared/common/NumberList.h"

#include <cmath>
#include <cstdlib>
#include <sstream>

#include "core/shared/common/Error.h"

namespace led {

std::vector<double> parseNumberList(const std::string& text, const std::string& what) {
  std::vector<double> values;
  std::istringstream items(text);
  for (std::string item; std::getline(items, item, ',');) {
    const auto first = item.find_first_not_of(" \t"), last = item.find_last_not_of(" \t");
    if (first == std::string::npos) continue;
    item = item.substr(first, last - first + 1);
    char* end = nullptr;
    const double v = std::strtod(item.c_str(), &end);
    if (end != item.c_str() + item.size() || !std::isfinite(v))
      fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "%1 takes numbers separated by commas, not '%2'"), {what, item}});
    values.push_back(v);
  }
  return values;
}

std::vector<int> parseWholeNumberList(const std::string& text, const std::string& what) {
  std::vector<int> whole;
  for (double v : parseNumberList(text, what)) {
    if (v != std::floor(v) || std::abs(v) > 1e9)
      fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "%1 takes whole numbers, not %2"), {what, std::to_string(v)}});
    whole.push_back(int(v));
  }
  return whole;
}

}  // namespace led
