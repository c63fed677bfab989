#include "core/user/project/FolderManifest.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/shared/common/Error.h"
#include "core/user/project/ProjectFolder.h"

namespace led {

FolderManifest::FolderManifest(const std::string& dir, const std::string& name)
    : dir_(dir), path_(folderFile(dir, name)), values_(readProjectFile(path_)) {}

void FolderManifest::bad(const Phrase& what) const { fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1: %2"), {path_, what}}); }

int FolderManifest::whole(const std::string& name, int low, int high) const {
  const std::string t = text(name);
  char* end = nullptr;
  errno = 0;
  const long v = std::strtol(t.c_str(), &end, 10);
  if (t.empty() || errno != 0 || end != t.c_str() + t.size() || v < low || v > high)
    bad({LED_PHRASE("led", "%1 should be a whole number from %2 to %3"), {name, std::to_string(low), std::to_string(high)}});
  return int(v);
}

double FolderManifest::number(const std::string& name, double low, double high, bool infinite) const {
  const std::string t = text(name);
  char* end = nullptr;
  const double v = std::strtod(t.c_str(), &end);
  if (t.empty() || end != t.c_str() + t.size() || !((v >= low && v <= high) || (infinite && v == INFINITY)))
    bad({LED_PHRASE("led", "%1 should be a number from %2 to %3"), {name, manifestNumber(low), manifestNumber(high)}});
  return v;
}

bool FolderManifest::flag(const std::string& name) const {
  const std::string v = text(name);
  if (v != "0" && v != "1") bad({LED_PHRASE("led", "%1 should be 0 or 1"), {name}});
  return v == "1";
}

std::string manifestNumber(double value) {
  char text[40];
  std::snprintf(text, sizeof text, "%.17g", value);
  return text;
}

}  // namespace led
