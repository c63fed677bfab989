#pragma once
// Text for a manual page (man(7)): roff reads a backslash as an escape, a leading dot or quote as a
// request, and a plain '-' as a hyphen where a command line needs a minus.
#include <string>

namespace led::cli {

inline std::string roffText(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

}  // namespace led::cli
