#pragma once
// A project: the working state of the desktop application as named text values ("scramble.image" ->
// "sample:dog", "train.epochs" -> "10"), kept in the checksummed envelope and written atomically. It
// refers to keys, models and images by path and never holds key material itself.
#include <map>
#include <string>

namespace led {

struct Project {
  // Names: 1 to 64 of a-z, A-Z, 0-9, '.', '_', '-'; values: up to 4,096 bytes; at most 1,024 entries.
  std::map<std::string, std::string> values;

  // The value of `name`, or `fallback` when the project has none.
  std::string value(const std::string& name, const std::string& fallback = {}) const;
  // Sets a value after checking the name and the size (InvalidArgument otherwise).
  void set(const std::string& name, const std::string& value);
};

void writeProjectFile(const std::string& path, const Project& project);
// A missing, truncated, altered or malformed file is a clear error (BadFile / Io).
Project readProjectFile(const std::string& path);

}  // namespace led
