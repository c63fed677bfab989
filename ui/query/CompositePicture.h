#pragma once
// The query drawn as one picture, as the LED paper draws it: the two encrypted parts side by side and
// the garbled guide beside them, each at a whole multiple of its pixels so that blocks stay sharp.
#include <QImage>

namespace led {
struct Query;
}

namespace led::ui {

QImage compositePicture(const led::Query& query);

}  // namespace led::ui
