#include "app/led/KeyDescription.h"

#include <cmath>
#include <sstream>

#include "app/command/Command.h"
#include "app/command/Output.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led::cli {

std::string keySpaceText(double bits) {
  return std::isinf(bits) ? std::string("continuous (orthogonal matrices)") : format("%.1f bits", bits);
}

Json keyJson(const Key& key) {
  const KeySpec& spec = key.spec();
  const double bits = schemeFor(key.scheme()).keySpaceBits(spec);
  Json tables = Json::array();
  for (const KeyTable& t : key.tables()) tables.push_back({{"name", t.name}, {"dims", t.dims}});
  return Json{
      {"kind", "key"},
      {"scheme", schemeName(spec.params.scheme)},
      {"parameters", spec.params.text()},
      {"block_size", spec.params.blockSize},
      {"image", shapeJson(spec.shape)},
      {"fingerprint", key.shortFingerprint()},
      {"origin", key.seeded() ? "seeded demo generator (not for real secrets)" : "operating system CSPRNG"},
      {"seeded", key.seeded()},
      {"key_space_bits", numberOrInfinity(bits)},
      {"exact", schemeFor(key.scheme()).exact(spec)},
      {"tables", tables},
  };
}

std::string keyText(const Json& key) {
  return key["fingerprint"].get<std::string>() + "  " + key["parameters"].get<std::string>() + " for " + shapeText(key["image"]) +
         " images, key space " + keySpaceText(numberOf(key["key_space_bits"]));
}

std::vector<Key> readKeyList(const std::string& files, const std::string& option) {
  std::vector<Key> keys;
  std::stringstream in(files);
  for (std::string path; std::getline(in, path, ',');)
    if (!path.empty()) keys.push_back(readKeyFile(path));
  if (keys.empty()) usageError(option + " takes one key file per ensemble member, separated by commas");
  return keys;
}

}  // namespace led::cli
