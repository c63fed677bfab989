#include "app/command/Command.h"

#include <cstdio>
#include <map>

#include "app/command/CommandTree.h"
#include "app/command/Manual.h"
#include "core/shared/common/Error.h"

namespace led::cli {
namespace {

const CommandInfo* findCommand(const Program& program, int argc, char** argv) {
  const CommandInfo* best = nullptr;
  for (const CommandInfo& c : program.commands) {
    if (int(c.path.size()) >= argc) continue;
    bool matches = true;
    for (std::size_t i = 0; i < c.path.size() && matches; ++i) matches = c.path[i] == argv[i + 1];
    if (matches && (!best || c.path.size() > best->path.size())) best = &c;
  }
  return best;
}

// The sentence, and where the help for it is: the command's own when one was named.
int usage(const Program& program, const CommandInfo* named, const std::string& sentence) {
  std::string help = program.name;
  if (named)
    for (const std::string& word : named->path) help += " " + word;
  std::fprintf(stderr, "%s: error: %s (see '%s --help')\n", program.name.c_str(), sentence.c_str(), help.c_str());
  return kUsage;
}

bool isCommandOrGroup(const Program& program, const std::string& word) {
  for (const CommandInfo& c : program.commands)
    if (c.path.front() == word) return true;
  return false;
}

}  // namespace

void usageError(const std::string& sentence) { throw UsageError(sentence); }

void Command::declare(CLI::App& app) {
  define(app);
  app.add_flag("--json", json_, jsonHelp());
}

void Command::print(const Json& result) const {
  if (result.is_null()) return;
  if (json_)
    printJson(result);
  else if (const std::string lines = text(result); !lines.empty())
    printLine(lines);
}

void Command::progress(const std::string& line) const {
  std::FILE* out = json_ ? stderr : stdout;
  std::fputs((line + "\n").c_str(), out);
  std::fflush(out);
}

void Command::announce(const Json& value, const std::function<std::string(const Json&)>& render) const {
  printLine(json_ ? value.dump() : render(value));
  std::fflush(stdout);
}

int runProgram(const Program& program, int argc, char** argv) {
  const CommandInfo* named = findCommand(program, argc, argv);
  if (named && !named->make) {
    if (program.forward) return program.forward(argc, argv);
    std::fprintf(stderr, "%s: error: this build cannot run '%s'\n", program.name.c_str(), named->path.back().c_str());
    return kFailed;
  }
  if (argc >= 2 && isGeneratedText(argv[1])) return printGeneratedText(program, argc, argv);
  CommandTree tree(program);
  if (argc < 2) {
    std::fputs(tree.root.help().c_str(), stderr);
    return kUsage;
  }
  if (argv[1][0] != '-' && !isCommandOrGroup(program, argv[1]))
    return usage(program, nullptr, std::string("unknown command '") + argv[1] + "'");
  try {
    tree.root.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return tree.root.exit(e);  // --help of a command, --version
    return usage(program, named, e.what());
  }
  Command* command = tree.parsed();
  if (!command) return usage(program, named, "name a command");
  try {
    command->print(command->run());
    return command->exitCode();
  } catch (const Stopped& e) {
    std::fprintf(stderr, "%s: %s\n", program.name.c_str(), e.what());
    return kFailed;
  } catch (const UsageError& e) {
    return usage(program, named, e.what());
  } catch (const Error& e) {
    std::fprintf(stderr, "%s: error: %s\n", program.name.c_str(), e.what());
    return kFailed;
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "%s: error: out of memory\n", program.name.c_str());
    return kFailed;
  } catch (const std::exception& e) {
    // A fault of the program's own (a library's type error, say) is still one sentence and exit 1,
    // never an abort that leaves the user a core dump.
    std::fprintf(stderr, "%s: error: internal error, please report it: %s\n", program.name.c_str(), e.what());
    return kFailed;
  }
}

}  // namespace led::cli
