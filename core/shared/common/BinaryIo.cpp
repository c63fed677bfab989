#include "core/shared/common/BinaryIo.h"

#include <cstring>

#include "core/shared/common/Error.h"

namespace led {

void ByteWriter::u16(std::uint16_t v) {
  for (int i = 0; i < 2; ++i) u8(std::uint8_t(v >> (8 * i)));
}
void ByteWriter::u32(std::uint32_t v) {
  for (int i = 0; i < 4; ++i) u8(std::uint8_t(v >> (8 * i)));
}
void ByteWriter::u64(std::uint64_t v) {
  for (int i = 0; i < 8; ++i) u8(std::uint8_t(v >> (8 * i)));
}
void ByteWriter::f32(float v) {
  std::uint32_t bits;
  std::memcpy(&bits, &v, 4);
  u32(bits);
}
void ByteWriter::f64(double v) {
  std::uint64_t bits;
  std::memcpy(&bits, &v, 8);
  u64(bits);
}
void ByteWriter::raw(const void* data, std::size_t n) {
  const auto* p = static_cast<const std::uint8_t*>(data);
  bytes_.insert(bytes_.end(), p, p + n);
}
void ByteWriter::text(const std::string& s) {
  u32(std::uint32_t(s.size()));
  raw(s.data(), s.size());
}

ByteReader::ByteReader(const std::uint8_t* data, std::size_t size, Phrase format) : data_(data), size_(size), format_(std::move(format)) {}

void ByteReader::require(std::size_t n) const {
  if (n > size_ - pos_)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is truncated (needs %2 more bytes at offset %3, has %4)"),
                              {format_, std::to_string(n), std::to_string(pos_), std::to_string(size_ - pos_)}});
}
const std::uint8_t* ByteReader::raw(std::size_t n) {
  require(n);
  const std::uint8_t* p = data_ + pos_;
  pos_ += n;
  return p;
}
std::uint8_t ByteReader::u8() { return *raw(1); }
std::uint16_t ByteReader::u16() {
  const std::uint8_t* p = raw(2);
  return std::uint16_t(p[0] | p[1] << 8);
}
std::uint32_t ByteReader::u32() {
  const std::uint8_t* p = raw(4);
  return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}
std::uint64_t ByteReader::u64() {
  const std::uint64_t lo = u32();
  return lo | std::uint64_t(u32()) << 32;
}
float ByteReader::f32() {
  const std::uint32_t bits = u32();
  float v;
  std::memcpy(&v, &bits, 4);
  return v;
}
double ByteReader::f64() {
  const std::uint64_t bits = u64();
  double v;
  std::memcpy(&v, &bits, 8);
  return v;
}
std::string ByteReader::text(std::size_t maxLength) {
  const std::uint32_t n = u32();
  if (n > maxLength)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has an implausible text field of %2 bytes"), {format_, std::to_string(n)}});
  const std::uint8_t* p = raw(n);
  return std::string(reinterpret_cast<const char*>(p), n);
}

}  // namespace led
