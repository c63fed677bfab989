#pragma once
// The two bundled sample photographs (compiled in as resources).
#include <QString>

#include "core/shared/image/Image.h"

namespace led::ui {

// "dog" or "cat", decoded. Throws led::Error when the resource is missing.
led::Image sampleImage(const QString& name);

}  // namespace led::ui
