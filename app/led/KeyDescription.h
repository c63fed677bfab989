#pragma once
// How the user's commands show a key: by its fingerprint and description, never by its tables.
#include <string>
#include <vector>

#include "app/command/Output.h"
#include "core/user/keys/Key.h"

namespace led::cli {

Json keyJson(const Key& key);
// "594.3 bits", or "continuous (orthogonal matrices)" for rmt.
std::string keySpaceText(double bits);
// Key files separated by commas (one per ensemble member); a usage error naming `option` when empty.
std::vector<Key> readKeyList(const std::string& files, const std::string& option);

}  // namespace led::cli
