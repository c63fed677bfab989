#include "data/Idx.h"

#include <zlib.h>

#include "common/AtomicFile.h"
#include "common/Error.h"

namespace led {

std::vector<std::uint8_t> readMaybeGzip(const std::string& path, std::size_t maxBytes) {
  std::vector<std::uint8_t> raw = readWholeFile(path, maxBytes);
  if (raw.size() < 2 || raw[0] != 0x1f || raw[1] != 0x8b) return raw;
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) fail(ErrorKind::Io, "cannot start decompressing " + path);
  stream.next_in = raw.data();
  stream.avail_in = uInt(raw.size());
  std::vector<std::uint8_t> out;
  int status = Z_OK;
  while (status == Z_OK) {
    if (out.size() >= maxBytes) {
      inflateEnd(&stream);
      fail(ErrorKind::BadFile, path + " decompresses to more than " + std::to_string(maxBytes) + " bytes");
    }
    const std::size_t before = out.size();
    out.resize(std::min(maxBytes, before + (std::size_t(1) << 20)));
    stream.next_out = out.data() + before;
    stream.avail_out = uInt(out.size() - before);
    status = inflate(&stream, Z_NO_FLUSH);
    out.resize(out.size() - stream.avail_out);
  }
  inflateEnd(&stream);
  if (status != Z_STREAM_END)
    fail(ErrorKind::BadFile, path + " is a damaged or truncated gzip file");
  return out;
}

IdxArray readIdx(const std::string& path, int rank) {
  const std::vector<std::uint8_t> bytes = readMaybeGzip(path, std::size_t(1) << 31);
  if (bytes.size() < 4 + 4 * std::size_t(rank)) fail(ErrorKind::BadFile, path + " is truncated: it ends inside its header");
  if (bytes[0] != 0 || bytes[1] != 0 || bytes[2] != 0x08 || bytes[3] != rank)
    fail(ErrorKind::BadFile, path + " has the wrong magic number for an IDX file of " + std::to_string(rank) +
                                 "-dimensional unsigned bytes");
  IdxArray array;
  std::size_t count = 1;
  for (int i = 0; i < rank; ++i) {
    const std::uint8_t* p = bytes.data() + 4 + 4 * i;
    const std::uint32_t d = std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
    if (d == 0 || d > (1u << 28) || count * d > (std::size_t(1) << 31))
      fail(ErrorKind::BadFile, path + " has an implausible dimension " + std::to_string(d));
    count *= d;
    array.dims.push_back(d);
  }
  const std::size_t header = 4 + 4 * std::size_t(rank);
  if (bytes.size() - header != count)
    fail(ErrorKind::BadFile, path + (bytes.size() - header < count ? " is truncated" : " has trailing bytes") + ": its header promises " +
                                 std::to_string(count) + " bytes of data, it holds " + std::to_string(bytes.size() - header));
  array.data.assign(bytes.begin() + std::ptrdiff_t(header), bytes.end());
  return array;
}

}  // namespace led
