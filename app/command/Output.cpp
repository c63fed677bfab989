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

Json numberOrInfinity(double value) { return std::isinf(value) ? Json("inf") : Json(value); }

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
