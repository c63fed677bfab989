#pragma once
// The 6 orders of three colour channels, as etc and pe draw them: output channel k takes input channel
// kColourOrders[choice][k].
#include <cstdint>

namespace led {

constexpr std::uint8_t kColourOrders[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};

}  // namespace led
