#pragma once
// The one way a fingerprint (hex digits of a digest) is shown: "3f9a12c077de01ab" -> "3f9a-12c0-77de-01ab".
#include <string>

namespace led {

std::string formatFingerprint(const std::string& hex);

}  // namespace led
