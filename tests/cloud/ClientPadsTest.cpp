// The cloud's copies of its clients' pads: found by the identity a query names, a pad added while the
// service runs is found, a file that is not a pad is no client, a folder that is not one is an error.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "core/shared/common/Error.h"
#include "core/shared/random/RandomSource.h"
#include "core/cloud/service/ClientPads.h"

namespace led {
namespace {

namespace fs = std::filesystem;

// A folder of its own, removed with the object.
struct Folder {
  fs::path path = fs::temp_directory_path() / ("led-clientpads-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  Folder() { fs::create_directories(path); }
  ~Folder() { fs::remove_all(path); }
  std::string at(const char* name) const { return (path / name).string(); }
  static inline int counter = 0;
};

TEST(ClientPads, PadsAreFoundByTheirIdentity) {
  Folder dir;
  OsRandom random;
  const GuidePad a = GuidePad::generate(16, 2, random), b = GuidePad::generate(16, 2, random);
  a.write(dir.at("a.ledpad"));
  std::ofstream(dir.at("notes.txt")) << "not a pad";
  ClientPads pads(dir.path.string());
  EXPECT_EQ(pads.size(), 1u);
  EXPECT_EQ(pads.pathOf(a.id()).value_or(""), dir.at("a.ledpad"));
  EXPECT_FALSE(pads.pathOf(b.id()));
  // A pad the operator adds later: the folder changed, so the next query naming it finds it. (File
  // times have a coarse clock on some file systems: the new pad is written a moment later, and the
  // folder is asked again until the rescan interval has passed.)
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  b.write(dir.at("b.ledpad"));
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (!pads.pathOf(b.id()) && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_TRUE(pads.pathOf(b.id()));
  EXPECT_EQ(pads.size(), 2u);
}

TEST(ClientPads, AFolderThatIsNotOneIsAnError) {
  Folder dir;
  try {
    ClientPads pads(dir.at("nowhere"));
    FAIL() << "a folder that is not there was taken";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Io);
    EXPECT_NE(std::string(e.what()).find("not a folder of guide pads"), std::string::npos);
  }
}

}  // namespace
}  // namespace led
