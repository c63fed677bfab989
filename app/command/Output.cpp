#include "app/command/Output.h"

#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <filesystem>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/Error.h"

namespace led::cli {

void printJson(const Json& value) {
  std::fputs(value.dump(4, ' ', false, Json::error_handler_t::replace).c_str(), stdout);
  std::fputc('\n', stdout);
}

void printLine(const std::string& text) {
  std::fputs(text.c_str(), stdout);
  std::fputc('\n', stdout);
}

void warn(const std::string& program, const std::string& text) { std::fprintf(stderr, "%s: warning: %s\n", program.c_str(), text.c_str()); }

void makeFolder(const std::string& path) {
  std::error_code error;
  std::filesystem::create_directories(path, error);
  if (error || !std::filesystem::is_directory(path)) fail(ErrorKind::Io, {LED_PHRASE("led", "cannot create the folder %1"), {path}});
}

void writeTextFile(const std::string& path, const std::string& text) {
  const std::filesystem::path parent = std::filesystem::absolute(path).parent_path();
  makeFolder(parent.string());
  writeFileAtomically(path, std::vector<std::uint8_t>(text.begin(), text.end()), 0644);
}

Json shapeJson(const ImageShape& s) { return Json{{"height", s.height}, {"width", s.width}, {"channels", s.channels}}; }

std::string shapeText(const Json& s) { return format("%dx%dx%d", s["width"].get<int>(), s["height"].get<int>(), s["channels"].get<int>()); }

std::string valueText(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (!value.is_array()) return value.dump();
  std::string text;
  for (const Json& item : value) text += (text.empty() ? "" : ", ") + valueText(item.is_object() && !item.empty() ? *item.begin() : item);
  return text;
}

namespace {

void appendFields(const Json& object, const std::string& indent, std::string& text) {
  for (const auto& [name, value] : object.items()) {
    if (name == "entries" && value.is_object()) {  // a project's entries (a pad's "entries" is a count)
      for (const auto& [entry, v] : value.items()) text += indent + entry + " = " + valueText(v) + "\n";
    } else if (value.is_object() && value.contains("kind")) {
      text += indent + name + ":\n";
      appendFields(value, indent + "  ", text);
    } else {
      const std::string shown = value.is_object() && value.contains("width") ? shapeText(value) : valueText(value);
      text += indent + format("%-16s: %s", name.c_str(), shown.c_str()) + "\n";
    }
  }
}

}  // namespace

std::string fieldsText(const Json& object) {
  std::string text;
  appendFields(object, "", text);
  if (!text.empty()) text.pop_back();  // printLine ends the last line
  return text;
}

Json numberOrInfinity(double value) { return std::isinf(value) ? Json("inf") : Json(value); }

std::string markdownTable(const Json& rows, const std::vector<Column>& columns) {
  std::string head = "|", rule = "|";
  for (const Column& c : columns) head += " " + c.heading + " |";
  for (const Column& c : columns) {
    const bool number = !rows.empty() && rows.front().at(c.field).is_number();
    rule += number ? "---:|" : "---|";
  }
  std::string table = head + "\n" + rule;
  for (const Json& row : rows) {
    table += "\n|";
    for (const Column& c : columns) {
      const Json& v = row.at(c.field);
      const std::string shown = !v.is_number_float() ? valueText(v)
                                : c.percent          ? format("%.*f %%", c.decimals, 100 * v.get<double>())
                                                     : format("%.*f", c.decimals, v.get<double>());
      table += " " + shown + " |";
    }
  }
  return table;
}

double numberOf(const Json& value) { return value.is_number() ? value.get<double>() : INFINITY; }

std::string format(const char* pattern, ...) {
  va_list args;
  va_start(args, pattern);
  va_list copy;
  va_copy(copy, args);
  const int n = std::vsnprintf(nullptr, 0, pattern, copy);
  va_end(copy);
  std::string out(std::size_t(std::max(n, 0)), '\0');
  std::vsnprintf(out.data(), out.size() + 1, pattern, args);
  va_end(args);
  return out;
}

}  // namespace led::cli
