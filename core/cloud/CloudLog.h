#pragma once
// The cloud's log file: lines (deniable/LogLine.h) appended and flushed to the disk before the answers
// they record leave, so that the log the coercer seizes holds every query the cloud answered.
#include <string>
#include <vector>

namespace led {

// Appends the lines, each followed by a newline, in one write (the service's batch: one wait for the
// disk for all of them), to the file at path (created owner-only when missing), and waits for the disk.
// Io error naming the file when the system refuses.
void appendLogLines(const std::string& path, const std::vector<std::string>& lines);

}  // namespace led
