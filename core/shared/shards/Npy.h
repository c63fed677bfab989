#pragma once
// NumPy's .npy format (version 1.0), the form the shards of an encrypted dataset take so that a
// researcher's own script reads them with numpy.load. Only what the shards hold: C-order arrays of
// uint8, float32 or int64, little-endian. Reading checks the header strictly before trusting a size.
#include <cstdint>
#include <string>
#include <vector>

namespace led {

enum class NpyType { UInt8, Float32, Int64 };

struct NpyArray {
  NpyType type = NpyType::UInt8;
  std::vector<std::size_t> shape;
  std::vector<std::uint8_t> data;  // the raw little-endian values, shape's product of them

  std::size_t count() const;
};

std::vector<std::uint8_t> encodeNpy(const NpyArray& array);
// BadFile naming `name` for anything that is not such an array, or whose data does not match its header.
NpyArray decodeNpy(const std::vector<std::uint8_t>& bytes, const std::string& name);
std::size_t npyItemSize(NpyType type);

}  // namespace led
