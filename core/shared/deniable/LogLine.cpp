#include "core/shared/deniable/LogLine.h"

#include <chrono>
#include <ctime>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/shared/common/Error.h"
#include "core/shared/crypto/Sha256.h"

namespace led {
namespace {

using Json = nlohmann::ordered_json;

std::string utcNowMillis() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const long millis = long(std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char text[40];
  const std::size_t n = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(text + n, sizeof text - n, ".%03ldZ", millis);
  return text;
}

// Exactly `size` bytes from 2*size lowercase or uppercase hex digits.
template <std::size_t N>
bool fromHex(const std::string& hex, std::array<std::uint8_t, N>& out) {
  if (hex.size() != 2 * N) return false;
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < N; ++i) {
    const int hi = digit(hex[2 * i]), lo = digit(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    out[i] = std::uint8_t(hi * 16 + lo);
  }
  return true;
}

}  // namespace

LogEntry logEntryOf(const Answer& answer, const PadId& pad) {
  return {utcNowMillis(), pad, answer.padIndex, answer.queryDigest, answer.sealed};
}

std::string formatLogLine(const LogEntry& e) {
  const Json line{{"time", e.time},
                  {"pad", padIdHex(e.pad)},
                  {"entry", e.entry},
                  {"query", e.query},
                  {"answer", {Sha256::hex(e.answer[0].data(), kSealedSlotSize), Sha256::hex(e.answer[1].data(), kSealedSlotSize)}}};
  return line.dump();
}

LogEntry parseLogLine(const std::string& line, const std::string& where) {
  auto bad = [&] { fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is not a line of a cloud's log"), {where}}); };
  LogEntry e;
  try {
    const Json j = Json::parse(line);
    e.time = j.at("time").get<std::string>();
    e.entry = j.at("entry").get<std::uint64_t>();
    e.query = j.at("query").get<std::string>();
    const Json& answer = j.at("answer");
    std::array<std::uint8_t, 32> digest{};
    if (!fromHex(j.at("pad").get<std::string>(), e.pad) || !fromHex(e.query, digest) || !answer.is_array() || answer.size() != 2 ||
        !fromHex(answer[0].get<std::string>(), e.answer[0]) || !fromHex(answer[1].get<std::string>(), e.answer[1]))
      bad();
  } catch (const nlohmann::json::exception&) {
    bad();
  }
  return e;
}

std::vector<LogEntry> parseLogLines(const std::string& text, const std::string& where, std::string* skipped) {
  std::vector<LogEntry> entries;
  std::istringstream in(text);
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.empty()) continue;
    const std::string at = where + ", line " + std::to_string(number);
    try {
      entries.push_back(parseLogLine(line, at));
    } catch (const Error& e) {
      if (!in.eof() && in.peek() != std::char_traits<char>::eof()) throw;
      if (skipped) *skipped = std::string(e.what()) + " (the last line: a write cut short; skipped)";
    }
  }
  return entries;
}

std::vector<LogEntry> readLogFile(const std::string& path, std::string* skipped) {
  std::ifstream in(path);
  if (!in) fail(ErrorKind::Io, {LED_PHRASE("led", "cannot read %1"), {path}});
  std::ostringstream text;
  text << in.rdbuf();
  return parseLogLines(text.str(), path, skipped);
}

}  // namespace led
