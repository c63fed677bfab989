#pragma once
// One line of the cloud's log: exactly what the protocol lets the cloud know of a query, as one JSON
// object: when it was answered, whose pad and which entry garbled its guide, the query's digest, and
// the two sealed slots of the answer in part order. No shape, no label, nothing that tells the parts
// apart. Both sides read it: the cloud writes it, the coercer seizes it, the user inspects it.
//
// {"time":"2026-11-29T13:00:00.123Z","pad":"<32 hex>","entry":7,"query":"<64 hex>","answer":["<96 hex>","<96 hex>"]}
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/shared/deniable/Answer.h"
#include "core/shared/deniable/GuidePad.h"

namespace led {

struct LogEntry {
  std::string time;  // UTC, ISO 8601 with milliseconds
  PadId pad{};
  std::uint64_t entry = 0;
  std::string query;  // digest, hex
  std::array<SealedSlot, 2> answer{};
};

// The entry of an answer made now.
LogEntry logEntryOf(const Answer& answer, const PadId& pad);
std::string formatLogLine(const LogEntry& entry);
// BadFile naming `where` ("cloud.log, line 3") for anything that is not a log line.
LogEntry parseLogLine(const std::string& line, const std::string& where);
// Every line of a log's text (empty lines skipped), a bad one named as `where`, line N. A damaged last
// line (a write cut short by a crash or a full disk, whose answer never left) is skipped, and, when
// `skipped` is given, described there; a damaged line before it is an error.
std::vector<LogEntry> parseLogLines(const std::string& text, const std::string& where, std::string* skipped = nullptr);
// Every line of a log file.
std::vector<LogEntry> readLogFile(const std::string& path, std::string* skipped = nullptr);

}  // namespace led
