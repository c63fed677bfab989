#pragma once
// An image shape in the program's binary formats: u32 height, width, channels; checked when read.
#include <string>

#include "core/shared/common/BinaryIo.h"
#include "core/shared/image/Image.h"

namespace led {

void writeShape(ByteWriter& w, const ImageShape& shape);
// Throws BadFile naming the file (`name`) and the image (`what`) unless the shape is one this program holds.
ImageShape readShape(ByteReader& in, const std::string& name, const std::string& what);

}  // namespace led
