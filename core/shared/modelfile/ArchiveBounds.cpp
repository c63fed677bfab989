#include "core/shared/modelfile/ArchiveBounds.h"

#include <cstring>
#include <map>
#include <string_view>

#include <zlib.h>

#include "core/shared/common/Error.h"
#include "core/shared/modelfile/ScriptSource.h"

namespace led::learn {

namespace {

constexpr std::uint64_t kMaxSourceBytes = 1 << 20;

std::uint64_t little(const std::uint8_t* p, int bytes) {
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

// How many bytes of argument follow a pickle opcode: >= 0 a fixed count; -1 a 1-byte length and that
// many bytes; -4 a 4-byte length; -8 an 8-byte length; -10 a line; -20 two lines; -99 an opcode
// LibTorch does not know (the file is refused).
int argumentOf(std::uint8_t op) {
  switch (op) {
    case '(':
    case '.':
    case '0':
    case '1':
    case '2':
    case 'N':
    case 'R':
    case 'a':
    case 'b':
    case 'd':
    case '}':
    case 'e':
    case 'l':
    case ']':
    case 'o':
    case 's':
    case 't':
    case ')':
    case 'u':
    case 'Q':
    case 0x81:
    case 0x85:
    case 0x86:
    case 0x87:
    case 0x88:
    case 0x89:
    case 0x8f:
    case 0x90:
    case 0x91:
    case 0x92:
    case 0x93:
    case 0x94:
    case 0x97:
    case 0x98:
      return 0;
    case 'K':
    case 'h':
    case 'q':
    case 0x80:
    case 0x82:
      return 1;
    case 'M':
    case 0x83:
      return 2;
    case 'J':
    case 'j':
    case 'r':
    case 0x84:
      return 4;
    case 'G':
    case 0x95:
      return 8;
    case 'U':
    case 0x8c:
    case 'C':
    case 0x8a:
      return -1;
    case 'T':
    case 'X':
    case 'B':
    case 0x8b:
      return -4;
    case 0x8d:
    case 0x8e:
    case 0x96:
      return -8;
    case 'I':
    case 'L':
    case 'S':
    case 'V':
    case 'F':
    case 'P':
    case 'g':
    case 'p':
      return -10;
    case 'c':
    case 'i':
      return -20;
    default:
      return -99;
  }
}

bool pickleFits(const std::uint8_t* p, std::size_t size) {
  std::size_t at = 0;
  while (at < size) {
    const int arg = argumentOf(p[at++]);
    const std::size_t left = size - at;
    if (arg == -99) return false;
    if (arg >= 0) {
      if (std::size_t(arg) > left) return false;
      at += std::size_t(arg);
    } else if (arg == -10 || arg == -20) {
      for (int line = 0; line < (arg == -10 ? 1 : 2); ++line) {
        const void* end = std::memchr(p + at, '\n', size - at);
        if (!end) return false;
        at = std::size_t(static_cast<const std::uint8_t*>(end) - p) + 1;
      }
    } else {
      const int width = -arg;
      if (std::size_t(width) > left) return false;
      const std::uint64_t length = little(p + at, width);
      at += std::size_t(width);
      if (length > size - at) return false;  // announces more than the pickle holds
      at += std::size_t(length);
    }
  }
  return true;
}

// A deflated record (LibTorch compresses some code records) inflated, if it holds exactly `size` bytes.
bool inflateRecord(const std::uint8_t* data, std::size_t stored, std::size_t size, std::string& out) {
  out.assign(size, '\0');
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return false;
  stream.next_in = const_cast<Bytef*>(data);
  stream.avail_in = uInt(stored);
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = uInt(size);
  const int status = inflate(&stream, Z_FINISH);
  const bool whole = status == Z_STREAM_END && stream.total_out == size;
  inflateEnd(&stream);
  return whole;
}

// What a record named `entry` is, by its name; Unknown for any name this program's archives do not have.
enum class Record { Unknown, Pickle, Tensor, Version, Constants, Source, SourceDebug };

Record recordKind(std::string_view entry, int& sourceClass) {
  constexpr std::string_view code = "archive/code/__torch__", mangle = "archive/code/__torch__/___torch_mangle_";
  if (entry == "archive/data.pkl") return Record::Pickle;
  if (entry == "archive/constants.pkl") return Record::Constants;
  if (entry == "archive/version") return Record::Version;
  if (entry.substr(0, 13) == "archive/data/" && archiveNumber(entry.substr(13)) >= 0) return Record::Tensor;
  Record kind = Record::Source;
  if (entry.size() > 10 && entry.substr(entry.size() - 10) == ".debug_pkl") {
    kind = Record::SourceDebug;
    entry.remove_suffix(10);
  }
  if (entry.size() < 3 || entry.substr(entry.size() - 3) != ".py") return Record::Unknown;
  entry.remove_suffix(3);
  if (entry == code) {
    sourceClass = kRootScriptClass;
    return kind;
  }
  if (entry.substr(0, mangle.size()) != mangle) return Record::Unknown;
  sourceClass = archiveNumber(entry.substr(mangle.size()));
  return sourceClass < 0 ? Record::Unknown : kind;
}

// The debug record LibTorch writes beside every class source of these archives: an empty source-range
// table. Anything else would be unpickled into source ranges pointing who knows where.
constexpr std::string_view kSourceDebug{
    "\x80\x02X\x18\x00\x00\x00"
    "FORMAT_WITH_STRING_TABLEq\x00X\x00\x00\x00\x00q\x01\x85q\x02K\x00"
    "ctorch.jit._pickle\n"
    "build_intlist\nq\x03(](etRK\x00K\x00\x87q\x04K\x00K\x00\x87K\x00\x87\x85q\x05\x87.",
    106};
constexpr std::string_view kNoConstants{"\x80\x02).", 4};  // an empty tuple

bool recordFits(Record kind, std::string_view bytes) {
  switch (kind) {
    case Record::Pickle:
      return pickleFits(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    case Record::Tensor:
      return true;
    case Record::Version:
      return bytes.size() >= 2 && bytes.back() == '\n' && archiveNumber(bytes.substr(0, bytes.size() - 1)) >= 0;
    case Record::Constants:
      return bytes == kNoConstants;
    case Record::SourceDebug:
      return bytes == kSourceDebug;
    default:
      return false;
  }
}

}  // namespace

void refuseModelFile(const std::string& name) {
  fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is not an LED Studio model file (or it is damaged)"), {name}});
}

int archiveNumber(std::string_view digits) {
  if (digits.empty() || digits.size() > 9 || (digits.size() > 1 && digits[0] == '0')) return -1;
  int n = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

void requireArchiveBounds(const std::uint8_t* data, std::size_t size, const std::string& name) {
  const auto bad = [&name] { refuseModelFile(name); };
  if (size < 22) bad();
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535.
  std::size_t end = size - 22;
  const std::size_t lowest = size > 22 + 65535 ? size - 22 - 65535 : 0;
  while (little(data + end, 4) != 0x06054b50) {
    if (end == lowest) bad();
    --end;
  }
  const std::uint64_t entries = little(data + end + 10, 2), directory = little(data + end + 16, 4);
  std::map<int, std::string> sources;
  std::size_t at = std::size_t(directory);
  for (std::uint64_t i = 0; i < entries; ++i) {
    if (at > end || end - at < 46 || little(data + at, 4) != 0x02014b50) bad();
    const std::uint64_t method = little(data + at + 10, 2), stored = little(data + at + 20, 4), unpacked = little(data + at + 24, 4);
    const std::size_t nameLength = std::size_t(little(data + at + 28, 2));
    const std::size_t extra = std::size_t(little(data + at + 30, 2)), comment = std::size_t(little(data + at + 32, 2));
    const std::uint64_t local = little(data + at + 42, 4);
    if (end - at < 46 + nameLength) bad();
    const std::string entry(reinterpret_cast<const char*>(data + at + 46), nameLength);
    at += 46 + nameLength + extra + comment;
    if (local > end || end - local < 30 || little(data + local, 4) != 0x04034b50) bad();
    const std::size_t start =
        std::size_t(local) + 30 + std::size_t(little(data + local + 26, 2)) + std::size_t(little(data + local + 28, 2));
    if (start > end || stored > end - start) bad();
    const std::string_view bytes(reinterpret_cast<const char*>(data + start), std::size_t(stored));
    int sourceClass = 0;
    const Record kind = recordKind(entry, sourceClass);
    if (kind == Record::Source) {
      // LibTorch stores every record uncompressed but deflates some class sources; one is a few KB.
      std::string text;
      if (method == 0 && stored == unpacked)
        text = std::string(bytes);
      else if (method != 8 || unpacked > kMaxSourceBytes || !inflateRecord(data + start, bytes.size(), std::size_t(unpacked), text))
        bad();
      if (!sources.emplace(sourceClass, std::move(text)).second) bad();
    } else if (method != 0 || !recordFits(kind, bytes)) {
      bad();
    }
  }
  requireKnownScriptSources(sources, name);
}

}  // namespace led::learn
