#pragma once
// The CLI11 app of every command and group of a program, with the commands made for this run: what
// parses the command line, and what the manual page and the shell completion are written from, so
// that the three cannot differ.
#include <CLI/CLI.hpp>
#include <memory>
#include <utility>
#include <vector>

#include "app/command/Command.h"

namespace led::cli {

struct CommandTree {
  explicit CommandTree(const Program& program);
  Command* parsed();

  CLI::App root;
  std::vector<std::pair<CLI::App*, std::unique_ptr<Command>>> commands;
};

// The exit codes every command shares, as --help's footer and the manual say them.
constexpr const char* kExitCodes = "0 done, 1 failed, 2 usage";

}  // namespace led::cli
