#include "core/user/project/ProjectFolder.h"

#include <stdlib.h>

#include <filesystem>

#include "core/shared/common/Error.h"

namespace led {

namespace fs = std::filesystem;

bool isProjectFolder(const std::string& dir, const std::string& manifest) {
  std::error_code error;
  return fs::is_regular_file(fs::path(dir) / manifest, error);
}

std::string folderFile(const std::string& dir, const std::string& name) { return (fs::path(dir) / name).string(); }

void writeProjectFolder(const std::string& dir, const std::string& manifest, const Phrase& refusal,
                        const std::function<void(const std::string& staging)>& fill) {
  const fs::path target = fs::absolute(dir);
  std::error_code error;
  if (fs::exists(target, error) && !isProjectFolder(dir, manifest)) fail(ErrorKind::Io, refusal);
  std::string pattern = target.string() + ".partial-XXXXXX";
  if (!mkdtemp(pattern.data()))  // owner-only, on the same disk
    fail(ErrorKind::Io, {LED_PHRASE("led", "Cannot create a folder in %1."), {target.parent_path().string()}});
  const fs::path staging = pattern;
  try {
    fill(staging.string());
  } catch (...) {
    fs::remove_all(staging, error);
    throw;
  }
  const fs::path old = target.string() + ".old";
  fs::remove_all(old, error);
  if (fs::exists(target, error)) {
    fs::rename(target, old, error);
    if (error) {
      fs::remove_all(staging, error);
      fail(ErrorKind::Io, {LED_PHRASE("led", "Cannot replace the folder %1."), {dir}});
    }
  }
  fs::rename(staging, target, error);
  if (error) {
    fs::rename(old, target, error);
    fail(ErrorKind::Io, {LED_PHRASE("led", "Cannot put the folder in place at %1."), {dir}});
  }
  fs::remove_all(old, error);
}

}  // namespace led
