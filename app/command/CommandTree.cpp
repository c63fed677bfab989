#include "app/command/CommandTree.h"

#include <map>
#include <string>

#ifndef LED_VERSION
#error "LED_VERSION must be defined by the build"
#endif

namespace led::cli {
namespace {

std::string groupSummary(const Program& program, const std::string& group) {
  for (const auto& [name, summary] : program.groups)
    if (name == group) return summary;
  return {};
}

}  // namespace

CommandTree::CommandTree(const Program& program) : root(program.description, program.name) {
  root.set_version_flag("--version", program.name + " " + LED_VERSION);
  root.require_subcommand(1);
  root.footer("Run '" + program.name + " COMMAND --help' for a command's options. Exit codes: " + kExitCodes + ".");
  std::map<std::string, CLI::App*> groups;
  for (const CommandInfo& info : program.commands) {
    CLI::App* parent = &root;
    for (std::size_t i = 0; i + 1 < info.path.size(); ++i) {
      CLI::App*& group = groups[info.path[i]];
      if (!group) {
        group = parent->add_subcommand(info.path[i], groupSummary(program, info.path[i]));
        group->require_subcommand(1);
      }
      parent = group;
    }
    CLI::App* app = parent->add_subcommand(info.path.back(), info.summary);
    if (!info.make) continue;  // run by another program: only listed here
    std::unique_ptr<Command> command = info.make();
    command->declare(*app);
    commands.emplace_back(app, std::move(command));
  }
}

Command* CommandTree::parsed() {
  for (auto& [app, command] : commands)
    if (app->parsed()) return command.get();
  return nullptr;
}

}  // namespace led::cli
