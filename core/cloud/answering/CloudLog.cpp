#include "core/cloud/answering/CloudLog.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/shared/common/Error.h"

namespace led {
namespace {

// The length of the file up to and with its last newline: where its last whole line ends.
off_t wholeLinesEnd(int fd, off_t size) {
  char chunk[4096];
  for (off_t end = size; end > 0;) {
    const off_t start = end > off_t(sizeof chunk) ? end - off_t(sizeof chunk) : 0;
    const ssize_t n = ::pread(fd, chunk, std::size_t(end - start), start);
    if (n != end - start) return size;  // unreadable: leave the file as it is
    for (ssize_t i = n; i > 0; --i)
      if (chunk[i - 1] == '\n') return start + i;
    end = start;
  }
  return 0;
}

// Writes all of text at the end; 0, or the errno that stopped it (a full disk gives a short write
// first and ENOSPC on the next one).
int writeAll(int fd, const std::string& text) {
  for (std::size_t done = 0; done < text.size();) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) return ENOSPC;
    done += std::size_t(n);
  }
  return ::fsync(fd) == 0 ? 0 : errno;
}

[[noreturn]] void refuse(const std::string& path, int error) {
  fail(ErrorKind::Io, {LED_PHRASE("led", "cannot write the log %1: %2"), {path, std::string(std::strerror(error))}});
}

}  // namespace

void appendLogLines(const std::string& path, const std::vector<std::string>& lines) {
  const int fd = ::open(path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) fail(ErrorKind::Io, {LED_PHRASE("led", "cannot append to the log %1: %2"), {path, std::string(std::strerror(errno))}});
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  if (::flock(fd, LOCK_EX) != 0) {
    const int error = errno;
    ::close(fd);
    refuse(path, error);
  }
  const off_t size = ::lseek(fd, 0, SEEK_END);
  const off_t end = size < 0 ? size : wholeLinesEnd(fd, size);
  int error = size < 0 ? errno : 0;
  if (!error && end != size && ::ftruncate(fd, end) != 0) error = errno;
  if (!error) error = writeAll(fd, text);
  // Back to the last whole line: no part of this append stays, and the next one starts on its own line.
  if (error && end >= 0 && ::ftruncate(fd, end) == 0) ::fsync(fd);
  ::close(fd);  // and the lock with it
  if (error) refuse(path, error);
}

}  // namespace led
