#pragma once
// The cloud's log file: lines (shared/deniable/LogLine.h) appended and flushed to the disk before the answers
// they record leave, so that the log the coercer seizes holds every query the cloud answered.
#include <string>
#include <vector>

namespace led {

// Appends the lines, each followed by a newline (the service's batch: one wait for the disk for all of
// them), to the file at path (created owner-only when missing), and waits for the disk. The append
// lands whole or not at all: when the disk is full or refuses, the file is cut back to where it ended,
// and the Io error names the file and the system's reason. Appenders take turns (a lock on the file),
// and a line left without its end by a crash mid-write (its answer never left) is cut off first, so a
// new line is never glued onto it.
void appendLogLines(const std::string& path, const std::vector<std::string>& lines);

}  // namespace led
