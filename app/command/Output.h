#pragma once
// What commands print: JSON for scripts (keys in the order written), lines for people, warnings on
// stderr; and text files written whole.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

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
// "32x32x3" from shapeJson's value.
std::string shapeText(const Json& shape);
// A value as a person reads it: text as it is, numbers and flags as JSON writes them, lists joined.
std::string valueText(const Json& value);
// One line per field of an object, "name            : value": shapes as WxHxC, a described thing
// (an object with a "kind") indented below its name, a project's entries one per line as "name = value".
std::string fieldsText(const Json& object);
// A number, or "inf" where JSON has none (a PSNR of identical images, rmt's key space).
Json numberOrInfinity(double value);
// numberOrInfinity's value as a number again.
double numberOf(const Json& value);
// A column of markdownTable: its heading, the row field it shows, the decimals of a real number
// (integers and text show as they are), and whether a fraction shows as a percentage. Numbers align right.
struct Column {
  std::string heading, field;
  int decimals = 2;
  bool percent = false;
};
// A Markdown table of `rows` (JSON objects), for people; a field that is not a number (a scheme's name,
// "inf") shows as text.
std::string markdownTable(const Json& rows, const std::vector<Column>& columns);
// printf into a std::string.
std::string format(const char* pattern, ...) __attribute__((format(printf, 1, 2)));

}  // namespace led::cli
