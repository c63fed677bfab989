#pragma once
// Little-endian writer and a bounds-checked reader for the program's own binary formats. The reader
// never reads past its buffer: running out is a BadFile error naming the format.
#include <cstdint>
#include <string>
#include <vector>

#include "core/shared/common/Phrase.h"

namespace led {

class ByteWriter {
 public:
  void u8(std::uint8_t v) { bytes_.push_back(v); }
  void u16(std::uint16_t v);
  void u32(std::uint32_t v);
  void u64(std::uint64_t v);
  void f32(float v);
  void f64(double v);
  void raw(const void* data, std::size_t n);
  void text(const std::string& s);  // u32 length + bytes
  const std::vector<std::uint8_t>& bytes() const { return bytes_; }
  std::vector<std::uint8_t>& bytes() { return bytes_; }

 private:
  std::vector<std::uint8_t> bytes_;
};

class ByteReader {
 public:
  // format: what the bytes are, for error sentences ("key file a.ledkey").
  ByteReader(const std::uint8_t* data, std::size_t size, Phrase format);
  std::uint8_t u8();
  std::uint16_t u16();
  std::uint32_t u32();
  std::uint64_t u64();
  float f32();
  double f64();
  const std::uint8_t* raw(std::size_t n);
  std::string text(std::size_t maxLength);
  std::size_t remaining() const { return size_ - pos_; }
  std::size_t position() const { return pos_; }
  // Fails unless at least n more bytes are there; call before allocating for n bytes.
  void require(std::size_t n) const;

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
  Phrase format_;
};

}  // namespace led
