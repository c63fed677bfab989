#pragma once
// Reading the manifest of a folder kept beside a project (see ProjectFolder.h): every value is checked
// as it is read, and one that is not what it should be is a BadFile error naming the manifest.
#include <string>

#include "core/shared/common/Phrase.h"
#include "core/user/project/ProjectFile.h"

namespace led {

class FolderManifest {
 public:
  // Reads `dir`/`name` (BadFile or Io when it is damaged or missing).
  FolderManifest(const std::string& dir, const std::string& name);
  const std::string& dir() const { return dir_; }
  std::string text(const std::string& name) const { return values_.value(name); }
  bool has(const std::string& name) const { return values_.values.count(name) > 0; }
  int whole(const std::string& name, int low, int high) const;
  // A number in [low, high]; infinity too where `infinite` (a PSNR of identical images).
  double number(const std::string& name, double low, double high, bool infinite = false) const;
  bool flag(const std::string& name) const;  // "0" or "1"
  [[noreturn]] void bad(const Phrase& what) const;

 private:
  std::string dir_;
  std::string path_;
  Project values_;
};

// A number as a manifest keeps it: exact (17 significant digits), "inf" for infinity.
std::string manifestNumber(double value);

}  // namespace led
