#pragma once
// What commands print: JSON for scripts (keys in the order written), lines for people, warnings on
// stderr; and text files written whole.
#include <nlohmann/json.hpp>

#include <string>

#include "core/shared/image/Image.h"

namespace led::cli {

using Json = nlohmann::ordered_json;

void printJson(const Json& value);
void printLine(const std::string& text);
// "led: warning: ..." on stderr.
void warn(const std::string& program, const std::string& text);
// Writes a text file (CSV, Markdown, HTML) atomically, creating its folder.
void writeTextFile(const std::string& path, const std::string& text);
// Creates a folder and its parents; Io error naming it when that fails.
void makeFolder(const std::string& path);

Json shapeJson(const ImageShape& shape);
// A number, or "inf" where JSON has none (a PSNR of identical images, rmt's key space).
Json numberOrInfinity(double value);
// printf into a std::string.
std::string format(const char* pattern, ...) __attribute__((format(printf, 1, 2)));

}  // namespace led::cli
