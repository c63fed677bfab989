#pragma once
// The command framework both programs share (led, the user's; led-cloud, the cloud's). A command is a
// unit with its name, its options and its run; a program is a list of them. Parsing is CLI11's, output
// for scripts is JSON (nlohmann); every value is checked as it is parsed (Validators.h), so a word where a
// number goes is a usage error that names the option.
//
// Exit codes: 0 done, 1 failed (one sentence on stderr), 2 a usage mistake.
#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/command/Output.h"

namespace led::cli {

enum ExitCode { kOk = 0, kFailed = 1, kUsage = 2 };

class Command {
 public:
  virtual ~Command() = default;
  // Declares the options and positional arguments on the command's own CLI11 app.
  virtual void define(CLI::App& app) = 0;
  // Does the work and returns what it found as one value: --json prints that value as it is, and people
  // read `text` of it. Null: nothing to print. Throws led::Error (exit 1), UsageError (exit 2) or Stopped.
  virtual Json run() = 0;
  // The result for people, made from run()'s value alone, so that it cannot say what the JSON does not.
  virtual std::string text(const Json& result) const = 0;
  // The help line of --json, which every command takes: what its JSON holds.
  virtual const char* jsonHelp() const { return "Print the result as JSON."; }
  // What the framework calls: the command's own options, then --json.
  void declare(CLI::App& app);
  // Prints run()'s value the way the command line asked.
  void print(const Json& result) const;
  ExitCode exitCode() const { return exitCode_; }

 protected:
  // A line while the work goes on (an epoch, a file written): on stdout for people, on stderr under
  // --json so that stdout holds the JSON alone.
  void progress(const std::string& line) const;
  // A result known before the command ends (where a service listens), printed at once and flushed: one
  // JSON line under --json, render(value) otherwise.
  void announce(const Json& value, const std::function<std::string(const Json&)>& render) const;
  // A result that is a failure by its own verdict (an attack that did not recover the key): printed
  // like any other, then exit 1.
  void resultIsFailure() { exitCode_ = kFailed; }

 private:
  bool json_ = false;  // --json
  ExitCode exitCode_ = kOk;
};

// The user stopped a long command (Ctrl+C); the sentence says what was kept. Exit 1, not an error.
struct Stopped : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A usage mistake found after parsing (two options that do not go together, a missing input).
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
[[noreturn]] void usageError(const std::string& sentence);

using CommandMaker = std::function<std::unique_ptr<Command>()>;

struct CommandInfo {
  std::vector<std::string> path;  // {"keygen"}, {"query", "compose"}
  std::string summary;
  // Makes the command; empty where this program does not hold it, and Program::forward runs it.
  CommandMaker make;
  // Needs LibTorch: led leaves such a command empty and hands it to led-learn, so the others start fast.
  bool needsLibTorch = false;
};

struct Program {
  std::string name;         // "led"
  std::string description;  // the first line of --help
  std::vector<CommandInfo> commands;
  // Summaries of the command groups ("query": "compose a deniable query, ...").
  std::vector<std::pair<std::string, std::string>> groups;
  // Runs a command that has no `make` here, with the whole command line; returns only on failure.
  std::function<int(int argc, char** argv)> forward;
};

// Parses argv, runs the command it names, and turns every error into its sentence and exit code.
int runProgram(const Program& program, int argc, char** argv);

}  // namespace led::cli
