#include "core/cloud/CloudLog.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/common/Error.h"

namespace led {

void appendLogLines(const std::string& path, const std::vector<std::string>& lines) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) fail(ErrorKind::Io, {LED_PHRASE("led", "cannot append to the log %1: %2"), {path, std::string(std::strerror(errno))}});
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  // One write: O_APPEND places it whole at the end, also when other processes append to the same log.
  const ssize_t written = ::write(fd, text.data(), text.size());
  const bool ok = written == ssize_t(text.size()) && ::fsync(fd) == 0;
  const int error = errno;
  ::close(fd);
  if (!ok) fail(ErrorKind::Io, {LED_PHRASE("led", "cannot write the log %1: %2"), {path, std::string(std::strerror(error))}});
}

}  // namespace led
