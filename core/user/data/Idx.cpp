#include "core/user/data/Idx.h"

#include <zlib.h>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/Error.h"

namespace led {

std::vector<std::uint8_t> readMaybeGzip(const std::string& path, std::size_t maxBytes) {
  std::vector<std::uint8_t> raw = readWholeFile(path, maxBytes);
  if (raw.size() < 2 || raw[0] != 0x1f || raw[1] != 0x8b) return raw;
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) fail(ErrorKind::Io, {LED_PHRASE("led", "cannot start decompressing %1"), {path}});
  stream.next_in = raw.data();
  stream.avail_in = uInt(raw.size());
  std::vector<std::uint8_t> out;
  int status = Z_OK;
  while (status == Z_OK) {
    if (out.size() >= maxBytes) {
      inflateEnd(&stream);
      fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 decompresses to more than %2 bytes"), {path, std::to_string(maxBytes)}});
    }
    const std::size_t before = out.size();
    out.resize(std::min(maxBytes, before + (std::size_t(1) << 20)));
    stream.next_out = out.data() + before;
    stream.avail_out = uInt(out.size() - before);
    status = inflate(&stream, Z_NO_FLUSH);
    out.resize(out.size() - stream.avail_out);
  }
  inflateEnd(&stream);
  if (status != Z_STREAM_END) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is a damaged or truncated gzip file"), {path}});
  return out;
}

IdxArray readIdx(const std::string& path, int rank) {
  const std::vector<std::uint8_t> bytes = readMaybeGzip(path, std::size_t(1) << 31);
  if (bytes.size() < 4 + 4 * std::size_t(rank))
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is truncated: it ends inside its header"), {path}});
  if (bytes[0] != 0 || bytes[1] != 0 || bytes[2] != 0x08 || bytes[3] != rank)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has the wrong magic number for an IDX file of %2-dimensional unsigned bytes"),
                              {path, std::to_string(rank)}});
  IdxArray array;
  std::size_t count = 1;
  for (int i = 0; i < rank; ++i) {
    const std::uint8_t* p = bytes.data() + 4 + 4 * i;
    const std::uint32_t d = std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
    if (d == 0 || d > (1u << 28) || count * d > (std::size_t(1) << 31))
      fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has an implausible dimension %2"), {path, std::to_string(d)}});
    count *= d;
    array.dims.push_back(d);
  }
  const std::size_t header = 4 + 4 * std::size_t(rank);
  if (bytes.size() - header != count)
    fail(ErrorKind::BadFile,
         {bytes.size() - header < count ? LED_PHRASE("led", "%1 is truncated: its header promises %2 bytes of data, it holds %3")
                                        : LED_PHRASE("led", "%1 has trailing bytes: its header promises %2 bytes of data, it holds %3"),
          {path, std::to_string(count), std::to_string(bytes.size() - header)}});
  array.data.assign(bytes.begin() + std::ptrdiff_t(header), bytes.end());
  return array;
}

}  // namespace led
