#pragma once
// IDX files (LeCun's MNIST format, also Fashion-MNIST's), plain or gzip-compressed: a magic number whose
// third byte is the element type (0x08 = unsigned byte) and fourth the rank, big-endian dimensions,
// then the data.
#include <cstdint>
#include <string>
#include <vector>

namespace led {

struct IdxArray {
  std::vector<std::uint32_t> dims;
  std::vector<std::uint8_t> data;
};

// Reads an unsigned-byte IDX file of the given rank. Truncation, a wrong magic number, a wrong rank or
// an implausible size is a BadFile error naming the file.
IdxArray readIdx(const std::string& path, int rank);

// Reads a whole file, decompressing it when it is gzip; refuses more than maxBytes of content.
std::vector<std::uint8_t> readMaybeGzip(const std::string& path, std::size_t maxBytes);

}  // namespace led
