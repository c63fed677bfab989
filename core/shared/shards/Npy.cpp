#include "core/shared/shards/Npy.h"

#include <cstring>
#include <regex>

#include "core/shared/common/Error.h"

namespace led {
namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr std::size_t kMagicSize = 6, kMaxHeader = 4096, kMaxDimensions = 8;

const char* descriptorOf(NpyType type) {
  switch (type) {
    case NpyType::UInt8:
      return "|u1";
    case NpyType::Float32:
      return "<f4";
    case NpyType::Int64:
      return "<i8";
  }
  return "";
}

[[noreturn]] void refuse(const std::string& name, const Phrase& why) {
  fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is not a NumPy array of this encrypted dataset: %2"), {name, why}});
}

}  // namespace

std::size_t npyItemSize(NpyType type) { return type == NpyType::UInt8 ? 1 : type == NpyType::Float32 ? 4 : 8; }

std::size_t NpyArray::count() const {
  std::size_t n = 1;
  for (std::size_t d : shape) n *= d;
  return n;
}

std::vector<std::uint8_t> encodeNpy(const NpyArray& array) {
  std::string shape = "(";
  for (std::size_t d : array.shape) shape += std::to_string(d) + ", ";
  if (array.shape.size() > 1)
    shape.resize(shape.size() - 2);
  else if (array.shape.size() == 1)
    shape.resize(shape.size() - 1);
  shape += ")";
  std::string header = std::string("{'descr': '") + descriptorOf(array.type) + "', 'fortran_order': False, 'shape': " + shape + ", }";
  // Magic, version, length, header: the whole preamble a multiple of 64 bytes, the header ending in '\n'.
  const std::size_t preamble = kMagicSize + 2 + 2;
  header.append(63 - (preamble + header.size()) % 64, ' ');
  header += '\n';
  std::vector<std::uint8_t> out(kMagic, kMagic + kMagicSize);
  out.push_back(1);
  out.push_back(0);
  out.push_back(std::uint8_t(header.size() & 0xff));
  out.push_back(std::uint8_t(header.size() >> 8));
  out.insert(out.end(), header.begin(), header.end());
  out.insert(out.end(), array.data.begin(), array.data.end());
  return out;
}

NpyArray decodeNpy(const std::vector<std::uint8_t>& bytes, const std::string& name) {
  if (bytes.size() < kMagicSize + 4 || std::memcmp(bytes.data(), kMagic, kMagicSize) != 0)
    refuse(name, LED_PHRASE("led", "no .npy header"));
  if (bytes[6] != 1 || bytes[7] != 0) refuse(name, LED_PHRASE("led", "a .npy version other than 1.0"));
  const std::size_t length = bytes[8] | std::size_t(bytes[9]) << 8;
  if (length > kMaxHeader || bytes.size() < kMagicSize + 4 + length) refuse(name, LED_PHRASE("led", "a truncated header"));
  const std::string header(bytes.begin() + 10, bytes.begin() + 10 + std::ptrdiff_t(length));
  static const std::regex form(R"(^\{'descr': '(\|u1|<f4|<i8)', 'fortran_order': False, 'shape': \(([0-9, ]*)\), \} *\n$)");
  std::smatch m;
  if (!std::regex_match(header, m, form)) refuse(name, LED_PHRASE("led", "a header this program does not write"));
  NpyArray array;
  array.type = m[1] == "|u1" ? NpyType::UInt8 : m[1] == "<f4" ? NpyType::Float32 : NpyType::Int64;
  static const std::regex number("[0-9]{1,12}");
  const std::string dims = m[2];
  for (auto it = std::sregex_iterator(dims.begin(), dims.end(), number); it != std::sregex_iterator(); ++it) {
    if (array.shape.size() == kMaxDimensions) refuse(name, LED_PHRASE("led", "too many dimensions"));
    array.shape.push_back(std::stoull(it->str()));
  }
  const std::size_t dataStart = 10 + length, available = bytes.size() - dataStart, item = npyItemSize(array.type);
  std::size_t count = 1;
  for (std::size_t d : array.shape) {
    if (d != 0 && count > available / d) refuse(name, LED_PHRASE("led", "it holds fewer values than its shape says"));
    count *= d;
  }
  if (count * item != available) refuse(name, LED_PHRASE("led", "it holds another number of values than its shape says"));
  array.data.assign(bytes.begin() + std::ptrdiff_t(dataStart), bytes.end());
  return array;
}

}  // namespace led
