#include "core/user/project/ProjectFile.h"

#include <algorithm>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/BinaryIo.h"
#include "core/shared/common/Envelope.h"
#include "core/shared/common/Error.h"

namespace led {
namespace {

constexpr EnvelopeFormat kFormat{"LEDPROJ\n", 1, LED_PHRASE("led", "project file")};
constexpr std::size_t kMaxEntries = 1024, kMaxName = 64, kMaxValue = 4096;

bool validName(const std::string& name) {
  return !name.empty() && name.size() <= kMaxName && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  });
}

}  // namespace

std::string Project::value(const std::string& name, const std::string& fallback) const {
  const auto it = values.find(name);
  return it == values.end() ? fallback : it->second;
}

void Project::set(const std::string& name, const std::string& value) {
  if (!validName(name)) fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "'%1' is not a project entry name"), {name}});
  if (value.size() > kMaxValue)
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "the project entry %1 is longer than 4,096 bytes"), {name}});
  if (values.size() >= kMaxEntries && !values.count(name))
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a project holds at most 1,024 entries"));
  values[name] = value;
}

void writeProjectFile(const std::string& path, const Project& project) {
  ByteWriter w = beginEnvelope(kFormat);
  w.u32(std::uint32_t(project.values.size()));
  for (const auto& [name, value] : project.values) {
    w.text(name);
    w.text(value);
  }
  writeFileAtomically(path, sealEnvelope(w), 0644);
}

Project readProjectFile(const std::string& path) {
  const std::vector<std::uint8_t> bytes = readWholeFile(path, 8 << 20);
  ByteReader in = openEnvelope(bytes, kFormat, path);
  const std::uint32_t count = in.u32();
  if (count > kMaxEntries)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 claims %2 entries (at most 1,024)"), {path, std::to_string(count)}});
  Project project;
  std::string previous;
  for (std::uint32_t i = 0; i < count; ++i) {
    std::string name = in.text(kMaxName);
    std::string value = in.text(kMaxValue);
    // Written in sorted order, each name once: anything else was not written by this program.
    if (!validName(name) || (i > 0 && name <= previous))
      fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has a malformed entry name"), {path}});
    previous = name;
    project.values.emplace(std::move(name), std::move(value));
  }
  if (in.remaining() != 0) fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 has unexpected bytes after its entries"), {path}});
  return project;
}

}  // namespace led
