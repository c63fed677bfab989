#pragma once
// The cloud's log: one line per answered query, appended and flushed to the disk before the answer
// leaves, so that the log the coercer seizes holds every query the cloud answered.
#include <string>

namespace led {

// Appends `line` and a newline to the file at path (created owner-only when missing) and waits for the
// disk; Io error naming the file when the system refuses.
void appendLogLine(const std::string& path, const std::string& line);

}  // namespace led
