#pragma once
// How the user's commands show a key: by its fingerprint and description, never by its tables.
#include <string>
#include <vector>

#include "app/command/Output.h"
#include "core/user/keys/Key.h"

namespace led::cli {

Json keyJson(const Key& key);
// keyJson's value in one line: "a1b2c3d4  le M=4 ... for 32x32x3 images, key space 594.3 bits".
std::string keyText(const Json& key);
// "594.3 bits", or "continuous (orthogonal matrices)" for rmt.
std::string keySpaceText(double bits);
// Key files separated by commas (one per ensemble member); a usage error naming `option` when empty.
std::vector<Key> readKeyList(const std::string& files, const std::string& option);

}  // namespace led::cli
