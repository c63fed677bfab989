#include "core/shared/common/AtomicFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "core/shared/common/Error.h"

namespace led {
namespace {

std::string reason() { return std::strerror(errno); }

std::string directoryOf(const std::string& path) {
  const auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

void writeFileAtomically(const std::string& path, const std::vector<std::uint8_t>& bytes, unsigned mode) {
  std::string temp = path + ".tmp-XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) fail(ErrorKind::Io, {LED_PHRASE("led", "cannot write %1: %2"), {path, reason()}});
  auto abandon = [&](const std::string& why) {
    ::close(fd);
    ::unlink(temp.c_str());
    fail(ErrorKind::Io, {LED_PHRASE("led", "cannot write %1: %2"), {path, why}});
  };
  if (::fchmod(fd, mode) != 0) abandon(reason());
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) abandon(reason());
    done += std::size_t(n);
  }
  if (::fsync(fd) != 0) abandon(reason());
  if (::close(fd) != 0) {
    ::unlink(temp.c_str());
    fail(ErrorKind::Io, {LED_PHRASE("led", "cannot write %1: %2"), {path, reason()}});
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const std::string why = reason();
    ::unlink(temp.c_str());
    fail(ErrorKind::Io, {LED_PHRASE("led", "cannot write %1: %2"), {path, why}});
  }
  // Make the rename itself durable.
  const int dir = ::open(directoryOf(path).c_str(), O_RDONLY | O_DIRECTORY);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

std::vector<std::uint8_t> readWholeFile(const std::string& path, std::size_t maxBytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) fail(ErrorKind::Io, {LED_PHRASE("led", "cannot open %1: %2"), {path, reason()}});
  if (S_ISDIR(st.st_mode)) fail(ErrorKind::Io, {LED_PHRASE("led", "%1 is a folder, not a file"), {path}});
  if (std::size_t(st.st_size) > maxBytes)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is too large (%2 bytes)"), {path, std::to_string(st.st_size)}});
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(ErrorKind::Io, {LED_PHRASE("led", "cannot open %1: %2"), {path, reason()}});
  std::vector<std::uint8_t> bytes(std::size_t(st.st_size));
  in.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(bytes.size()));
  if (std::size_t(in.gcount()) != bytes.size()) fail(ErrorKind::Io, {LED_PHRASE("led", "cannot read %1"), {path}});
  return bytes;
}

}  // namespace led
