#pragma once
// A file opened for reading and writing in place under an exclusive lock (flock), for files that more
// than one taker changes: threads (each LockedFile is its own open file description, so threads exclude
// each other too), processes (the window and the command line at once) and the cloud's service. The
// lock follows the file at path even when it was replaced (renamed over) while waiting for it.
#include <cstdint>
#include <string>
#include <vector>

namespace led {

class LockedFile {
 public:
  // Waits for the lock; Io error naming the file when it cannot be opened.
  explicit LockedFile(const std::string& path);
  ~LockedFile();
  LockedFile(const LockedFile&) = delete;
  LockedFile& operator=(const LockedFile&) = delete;

  std::uint64_t size() const;
  std::vector<std::uint8_t> readAll(std::size_t maxBytes) const;
  void readAt(std::uint64_t offset, std::uint8_t* out, std::size_t n) const;  // BadFile when the file is shorter
  void writeAt(std::uint64_t offset, const std::uint8_t* data, std::size_t n);
  void sync();  // the data written so far is on the disk when this returns

 private:
  std::string path_;
  int fd_ = -1;
};

}  // namespace led
