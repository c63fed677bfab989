#pragma once
// Files are replaced, never rewritten in place: a crash or a full disk leaves the old file intact.
#include <cstdint>
#include <string>
#include <vector>

namespace led {

// Writes to a temporary file beside path with the given permissions, flushes it to disk and renames it
// over path. Throws Io with the operating system's reason; the previous file is kept on any failure.
void writeFileAtomically(const std::string& path, const std::vector<std::uint8_t>& bytes, unsigned mode);

// Reads a whole file, refusing files larger than maxBytes.
std::vector<std::uint8_t> readWholeFile(const std::string& path, std::size_t maxBytes);

}  // namespace led
