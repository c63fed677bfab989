#pragma once
// The cloud's copies of its clients' guide pads: one file per client in a folder, found by the pad's
// identity that every query names. A pad the operator adds while the service runs is found on the next
// query that names it (the folder changed). The files are only read here; entries are taken under the pad's own lock
// (shared/deniable/GuidePad.h), so the service and led-cloud answer can share a folder.
#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/shared/deniable/GuidePad.h"

namespace led {

class ClientPads {
 public:
  // Io error when folder is not a folder that can be read.
  explicit ClientPads(std::string folder);

  // The pad file with this identity, or nothing when the folder holds none.
  std::optional<std::string> pathOf(const PadId& id);
  std::size_t size() const;

 private:
  void scan();  // under mutex_

  std::string folder_;
  mutable std::mutex mutex_;
  std::map<PadId, std::string> paths_;
  std::chrono::steady_clock::time_point scanned_;
  std::filesystem::file_time_type folderChanged_;
};

}  // namespace led
