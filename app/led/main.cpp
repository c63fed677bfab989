// led: every capability of LED Studio from the command line, with machine-readable output. The commands
// that need LibTorch are run by led-learn, so that the others start in milliseconds.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "app/led/UserCommands.h"

namespace {

// led-learn beside led (the build tree), or where the installation puts it (LED_LEARN_FROM_BINDIR).
std::filesystem::path learningHelper() {
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe").parent_path();
  const std::filesystem::path beside = self / "led-learn";
  return std::filesystem::exists(beside) ? beside : (self / LED_LEARN_FROM_BINDIR).lexically_normal();
}

int runLearningHelper(int, char** argv) {
  const std::string helper = learningHelper().string();
  execv(helper.c_str(), argv);
  std::fprintf(stderr, "led: error: this command needs led-learn, the part of led that loads LibTorch, and %s cannot be run: %s\n",
               helper.c_str(), std::strerror(errno));
  return led::cli::kFailed;
}

}  // namespace

int main(int argc, char** argv) {
  led::cli::Program program = led::cli::userProgram();
  program.forward = runLearningHelper;
  return led::cli::runProgram(program, argc, argv);
}
