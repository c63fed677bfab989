#include "core/user/project/ClassroomKit.h"

#include <algorithm>
#include <filesystem>

#include "core/shared/common/Error.h"
#include "core/shared/deniable/GuidePad.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/project/FolderManifest.h"
#include "core/user/project/ProjectFolder.h"

namespace led {
namespace {

const std::string kManifest = "kit.ledproj";

const std::string kStudent = "student-";

std::string keyName(int part, std::size_t member) { return "part" + std::to_string(part) + "-" + std::to_string(member + 1) + ".ledkey"; }

std::filesystem::path cloudCopy(const std::string& cloudPads, const std::string& name) {
  return std::filesystem::path(cloudPads) / (name + ".ledpad");
}

// N of a cloud copy named student-N.ledpad; 0 for any other file.
int studentNumber(const std::filesystem::path& file) {
  const std::string stem = file.stem().string();
  if (file.extension() != ".ledpad" || stem.rfind(kStudent, 0) != 0) return 0;
  const std::string digits = stem.substr(kStudent.size());
  if (digits.empty() || digits.size() > 6 || digits.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoi(digits);
}

}  // namespace

void writeClassroomKit(const std::string& dir, const std::string& name, const ClassroomKit& kit, std::uint32_t entries, int guideSide,
                       const std::string& cloudPads) {
  const int parts = kit.process == QueryProcess::Deniable ? 2 : 1;
  if (kit.keys[0].empty() || (parts == 2 && kit.keys[1].size() != kit.keys[0].size()))
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a kit needs the model keys of every part, as many for each"));
  if (std::filesystem::exists(cloudCopy(cloudPads, name)))
    fail(ErrorKind::Mismatch,
         {LED_PHRASE("led", "the cloud holds a pad for %1 already: its kit was handed out, and a new kit never replaces it"), {name}});
  OsRandom random;
  const GuidePad pad = GuidePad::generate(guideSide, entries, random);
  writeProjectFolder(dir, kManifest, {LED_PHRASE("led", "%1 exists and is not a classroom kit: choose another folder"), {dir}},
                     [&](const std::string& staging) {
                       Project m;
                       m.set("process", parts == 2 ? "deniable" : "normal");
                       m.set("cloud", kit.cloud);
                       m.set("members", std::to_string(kit.keys[0].size()));
                       for (int part = 0; part < parts; ++part)
                         for (std::size_t k = 0; k < kit.keys[std::size_t(part)].size(); ++k)
                           writeKeyFile(folderFile(staging, keyName(part, k)), kit.keys[std::size_t(part)][k]);
                       pad.write(folderFile(staging, "pad.ledpad"));
                       writeProjectFile(folderFile(staging, kManifest), m);
                     });
  std::filesystem::create_directories(cloudPads);
  pad.write(cloudCopy(cloudPads, name).string());  // the cloud's copy, shared in advance
}

std::vector<std::string> newStudentNames(const std::string& cloudPads, int count) {
  int highest = 0;
  std::error_code error;
  for (const auto& file : std::filesystem::directory_iterator(cloudPads, error)) highest = std::max(highest, studentNumber(file.path()));
  std::vector<std::string> names;
  for (int s = 1; s <= count; ++s) names.push_back(kStudent + std::to_string(highest + s));
  return names;
}

std::map<PadId, std::string> studentsByPad(const std::string& cloudPads) {
  std::map<PadId, std::string> names;
  std::error_code error;
  for (const auto& file : std::filesystem::directory_iterator(cloudPads, error)) {
    if (file.path().extension() != ".ledpad") continue;
    try {
      names[GuidePad::readId(file.path().string())] = file.path().stem().string();
    } catch (const Error&) {  // a damaged or foreign file names no student
    }
  }
  return names;
}

ClassroomKit readClassroomKit(const std::string& dir) {
  if (!isProjectFolder(dir, kManifest)) fail(ErrorKind::Io, {LED_PHRASE("led", "%1 is no classroom kit (it has no %2)"), {dir, kManifest}});
  const FolderManifest m(dir, kManifest);
  ClassroomKit kit;
  const std::string process = m.text("process");
  if (process != "deniable" && process != "normal") m.bad(LED_PHRASE("led", "a process that is neither deniable nor normal"));
  kit.process = process == "deniable" ? QueryProcess::Deniable : QueryProcess::Normal;
  kit.cloud = m.text("cloud");
  const int members = m.whole("members", 1, 16);
  for (int part = 0; part < (kit.process == QueryProcess::Deniable ? 2 : 1); ++part)
    for (int k = 0; k < members; ++k) kit.keys[std::size_t(part)].push_back(readKeyFile(folderFile(dir, keyName(part, std::size_t(k)))));
  kit.pad = folderFile(dir, "pad.ledpad");
  GuidePad::readId(kit.pad);  // there, and a pad
  return kit;
}

}  // namespace led
