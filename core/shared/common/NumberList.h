#pragma once
// "2,4,7" -> {2, 4, 7}: the lists of block sizes and noise levels a sweep takes, from the shell or a form.
#include <string>
#include <vector>

namespace led {

// Throws InvalidArgument naming `what` and the first item that is not a number.
std::vector<double> parseNumberList(const std::string& text, const std::string& what);
// The same, refusing fractions and numbers beyond int.
std::vector<int> parseWholeNumberList(const std::string& text, const std::string& what);

}  // namespace led
