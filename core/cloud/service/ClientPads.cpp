#include "core/cloud/service/ClientPads.h"

#include <filesystem>

#include "core/shared/common/Error.h"

namespace led {
namespace {

// An unknown identity rescans the folder when it changed (a pad was added), and otherwise at most this
// often, so that a flood of queries naming no pad cannot keep the service reading its disk.
constexpr std::chrono::seconds kRescanEvery{2};

std::filesystem::file_time_type changedAt(const std::string& folder) {
  std::error_code error;
  return std::filesystem::last_write_time(folder, error);
}

}  // namespace

ClientPads::ClientPads(std::string folder) : folder_(std::move(folder)) {
  std::error_code error;
  if (!std::filesystem::is_directory(folder_, error))
    fail(ErrorKind::Io, {LED_PHRASE("led", "%1 is not a folder of guide pads"), {folder_}});
  std::lock_guard lock(mutex_);
  scan();
}

void ClientPads::scan() {
  std::map<PadId, std::string> found;
  std::error_code error;
  for (const auto& file : std::filesystem::directory_iterator(folder_, error)) {
    if (!file.is_regular_file(error)) continue;
    try {
      found.emplace(GuidePad::readId(file.path().string()), file.path().string());
    } catch (const Error&) {
      // Not a pad (a note, a half-copied file): not a client.
    }
  }
  paths_ = std::move(found);
  scanned_ = std::chrono::steady_clock::now();
  folderChanged_ = changedAt(folder_);
}

std::optional<std::string> ClientPads::pathOf(const PadId& id) {
  std::lock_guard lock(mutex_);
  auto it = paths_.find(id);
  if (it == paths_.end() && (changedAt(folder_) != folderChanged_ || std::chrono::steady_clock::now() - scanned_ >= kRescanEvery)) {
    scan();
    it = paths_.find(id);
  }
  if (it == paths_.end()) return std::nullopt;
  return it->second;
}

std::size_t ClientPads::size() const {
  std::lock_guard lock(mutex_);
  return paths_.size();
}

}  // namespace led
