#include "app/command/Validators.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <regex>
#include <sstream>

namespace led::cli {
namespace {

bool readWhole(const std::string& text, long long& out) {
  if (text.empty() || text.size() > 19) return false;
  char* end = nullptr;
  errno = 0;
  out = std::strtoll(text.c_str(), &end, 10);
  return errno == 0 && end == text.c_str() + text.size();
}

bool readReal(const std::string& text, double& out) {
  if (text.empty()) return false;
  char* end = nullptr;
  errno = 0;
  out = std::strtod(text.c_str(), &end);
  return errno == 0 && end == text.c_str() + text.size() && std::isfinite(out);
}

std::string range(const std::string& kind, const std::string& low, const std::string& high) {
  return "takes " + kind + " from " + low + " to " + high;
}

std::string shortest(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

std::vector<std::string> items(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');) out.push_back(item);
  if (!text.empty() && text.back() == ',') out.push_back("");
  return out;
}

}  // namespace

CLI::Validator wholeNumber(long long low, long long high) {
  const std::string rule = range("a whole number", std::to_string(low), std::to_string(high));
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        long long v = 0;
        if (!readWhole(text, v) || v < low || v > high) return rule + ", not '" + text + "'";
        return {};
      },
      "INT", "whole number");
}

CLI::Validator realNumber(double low, double high) {
  const std::string rule = range("a number", shortest(low), shortest(high));
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        double v = 0;
        if (!readReal(text, v) || v < low || v > high) return rule + ", not '" + text + "'";
        return {};
      },
      "NUMBER", "number");
}

CLI::Validator oneOf(const std::vector<std::string>& words) {
  std::string list;
  for (std::size_t i = 0; i < words.size(); ++i) list += (i ? (i + 1 == words.size() ? " or " : ", ") : "") + words[i];
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        for (const std::string& w : words)
          if (text == w) return {};
        return "is " + list + ", not '" + text + "'";
      },
      "{" + list + "}", "choice");
}

CLI::Validator imageSize() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        static const std::regex form("^[1-9][0-9]{0,4}x[1-9][0-9]{0,4}x[13]$");
        if (!std::regex_match(text, form)) return "takes WIDTHxHEIGHTxCHANNELS with 1 or 3 channels, e.g. 32x32x3, not '" + text + "'";
        return {};
      },
      "WxHxC", "image size");
}

CLI::Validator wholeList(long long low, long long high) {
  const std::string rule = "takes whole numbers from " + std::to_string(low) + " to " + std::to_string(high) + " separated by commas";
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        for (const std::string& item : items(text)) {
          long long v = 0;
          if (!readWhole(item, v) || v < low || v > high) return rule + "; '" + item + "' is not one";
        }
        return {};
      },
      "LIST", "list");
}

CLI::Validator realList(double low, double high) {
  const std::string rule = "takes numbers from " + shortest(low) + " to " + shortest(high) + " separated by commas";
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        for (const std::string& item : items(text)) {
          double v = 0;
          if (!readReal(item, v) || v < low || v > high) return rule + "; '" + item + "' is not one";
        }
        return {};
      },
      "LIST", "list");
}

}  // namespace led::cli
