#include "core/shared/image/ShapeIo.h"

#include <algorithm>

#include "core/shared/common/Error.h"

namespace led {

void writeShape(ByteWriter& w, const ImageShape& s) {
  w.u32(std::uint32_t(s.height));
  w.u32(std::uint32_t(s.width));
  w.u32(std::uint32_t(s.channels));
}

ImageShape readShape(ByteReader& in, const std::string& name, const std::string& what) {
  ImageShape s;
  s.height = int(std::min<std::uint32_t>(in.u32(), 1u << 30));
  s.width = int(std::min<std::uint32_t>(in.u32(), 1u << 30));
  s.channels = int(std::min<std::uint32_t>(in.u32(), 1u << 30));
  try {
    requireValidShape(s, what);
  } catch (const Error& e) {
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: %2"), {name, e.sentence()}});
  }
  return s;
}

}  // namespace led
