#include "core/shared/common/LockedFile.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/shared/common/Error.h"

namespace led {
namespace {

[[noreturn]] void ioError(const std::string& path) {
  fail(ErrorKind::Io, {LED_PHRASE("led", "cannot use %1: %2"), {path, std::string(std::strerror(errno))}});
}

}  // namespace

LockedFile::LockedFile(const std::string& path) : path_(path) {
  for (;;) {
    fd_ = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (fd_ < 0) ioError(path);
    while (::flock(fd_, LOCK_EX) != 0)
      if (errno != EINTR) ioError(path);
    // Whoever held the lock may have replaced the file: then lock the new one.
    struct stat held {
    }, now{};
    if (::fstat(fd_, &held) == 0 && ::stat(path.c_str(), &now) == 0 && held.st_ino == now.st_ino && held.st_dev == now.st_dev) return;
    ::close(fd_);
  }
}

LockedFile::~LockedFile() { ::close(fd_); }  // closing releases the lock

std::uint64_t LockedFile::size() const {
  struct stat s {};
  if (::fstat(fd_, &s) != 0) ioError(path_);
  return std::uint64_t(s.st_size);
}

std::vector<std::uint8_t> LockedFile::readAll(std::size_t maxBytes) const {
  const std::uint64_t n = size();
  if (n > maxBytes) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is too large"), {path_}});
  std::vector<std::uint8_t> bytes(n);
  readAt(0, bytes.data(), bytes.size());
  return bytes;
}

void LockedFile::readAt(std::uint64_t offset, std::uint8_t* out, std::size_t n) const {
  std::size_t done = 0;
  while (done < n) {
    const ssize_t got = ::pread(fd_, out + done, n - done, off_t(offset + done));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) ioError(path_);
    if (got == 0) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is truncated"), {path_}});
    done += std::size_t(got);
  }
}

void LockedFile::writeAt(std::uint64_t offset, const std::uint8_t* data, std::size_t n) {
  std::size_t done = 0;
  while (done < n) {
    const ssize_t put = ::pwrite(fd_, data + done, n - done, off_t(offset + done));
    if (put < 0 && errno == EINTR) continue;
    if (put <= 0) ioError(path_);
    done += std::size_t(put);
  }
}

void LockedFile::sync() {
  if (::fdatasync(fd_) != 0) ioError(path_);
}

}  // namespace led
