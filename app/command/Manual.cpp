#include "app/command/Manual.h"

#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <tuple>
#include <utility>
#include <vector>

#include "app/command/CommandTree.h"
#include "app/command/Roff.h"

namespace led::cli {
namespace {

std::string upper(std::string text) {
  for (char& c : text) c = char(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// Every command (a leaf of the tree) with its words after the program's name, depth first.
void collectCommands(const CLI::App* app, const std::string& path, std::vector<std::pair<std::string, const CLI::App*>>& out) {
  const auto children = app->get_subcommands([](const CLI::App*) { return true; });
  if (children.empty() && !path.empty()) out.emplace_back(path, app);
  for (const CLI::App* child : children) collectCommands(child, path.empty() ? child->get_name() : path + " " + child->get_name(), out);
}

// The words that may follow `path`: its sub-commands, or a command's options.
std::vector<std::string> nextWords(const CLI::App* app) {
  std::vector<std::string> words;
  for (const CLI::App* child : app->get_subcommands([](const CLI::App*) { return true; })) words.push_back(child->get_name());
  for (const CLI::Option* option : app->get_options()) {
    for (const std::string& name : option->get_lnames()) words.push_back("--" + name);
    for (const std::string& name : option->get_snames()) words.push_back("-" + name);
  }
  return words;
}

void collectPaths(const CLI::App* app, const std::string& path, std::vector<std::tuple<std::string, std::vector<std::string>, bool>>& out) {
  const auto children = app->get_subcommands([](const CLI::App*) { return true; });
  out.emplace_back(path, nextWords(app), children.empty() && !path.empty());
  for (const CLI::App* child : children) collectPaths(child, path.empty() ? child->get_name() : path + " " + child->get_name(), out);
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string optionEntry(const CLI::Option* option) {
  std::string names;
  for (const std::string& name : option->get_snames()) names += (names.empty() ? "" : ", ") + ("\\fB\\-" + roffText(name) + "\\fR");
  for (const std::string& name : option->get_lnames()) names += (names.empty() ? "" : ", ") + ("\\fB\\-\\-" + roffText(name) + "\\fR");
  // The value's kind (TEXT, INT, FLOAT), without the validator CLI11 appends after a colon.
  if (option->get_items_expected_min() > 0)
    names += " \\fI" + roffText(option->get_type_name().substr(0, option->get_type_name().find(':'))) + "\\fR";
  std::string text = roffText(option->get_description());
  if (option->get_required()) text += " (required)";
  return ".TP\n" + names + "\n" + text + "\n";
}

// The program's command lines in the sh blocks of a Markdown file (continued lines included).
std::string examples(const std::string& markdown, const std::string& program) {
  std::istringstream in(markdown);
  std::string line, out;
  bool inBlock = false, continued = false;
  while (std::getline(in, line)) {
    if (line.rfind("```", 0) == 0) {
      inBlock = !inBlock && line == "```sh";
      continue;
    }
    if (!inBlock) continue;
    if (continued || line.rfind(program + " ", 0) == 0) {
      out += roffText(line) + "\n";
      continued = !line.empty() && line.back() == '\\';
    }
  }
  return out;
}

std::string fileText(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

bool isGeneratedText(const std::string& arg) { return arg == "--manual" || arg == "--completion"; }

int printGeneratedText(const Program& program, int argc, char** argv) {
  if (program.forward) return program.forward(argc, argv);
  const std::string what = argv[1], with = argc > 2 ? argv[2] : "";
  std::string text;
  if (what == "--manual")
    text = manualPage(program, with.empty() ? "" : fileText(with));
  else if (with == "bash")
    text = bashCompletion(program);
  else if (with == "zsh")
    text = zshCompletion(program);
  else {
    std::fprintf(stderr, "%s: error: --completion takes bash or zsh\n", program.name.c_str());
    return kUsage;
  }
  std::fputs(text.c_str(), stdout);
  return kOk;
}

std::string manualPage(const Program& program, const std::string& examplesMarkdown) {
  CommandTree tree(program);
  std::string page = ".TH " + upper(roffText(program.name)) + " 1 \"\" \"" + roffText(program.name) + " " + LED_VERSION +
                     "\" \"User Commands\"\n.SH NAME\n" + roffText(program.name) + " \\- " +
                     roffText(program.description.substr(program.description.find(": ") + 2)) + "\n.SH SYNOPSIS\n.B " +
                     roffText(program.name) + "\n.I COMMAND\n.RI [ OPTIONS ]\n.br\n.B " + roffText(program.name) +
                     "\n.I COMMAND\n.B \\-\\-help\n.SH DESCRIPTION\n" + roffText(program.description) +
                     "\nEvery command prints a sentence for people, or with \\fB\\-\\-json\\fR one JSON object for scripts.\n"
                     ".SH COMMANDS\n";
  std::vector<std::pair<std::string, const CLI::App*>> commands;
  collectCommands(&tree.root, "", commands);
  for (const auto& [path, app] : commands) {
    page += ".SS \"" + roffText(program.name + " " + path) + "\"\n" + roffText(app->get_description()) + "\n";
    for (const CLI::Option* option : app->get_options())
      if (option->get_name() != "--help") page += optionEntry(option);
  }
  page +=
      ".SH EXIT STATUS\n.TP\n.B 0\ndone\n.TP\n.B 1\nfailed: the sentence on standard error says why\n.TP\n.B 2\n"
      "usage: an option missing, unknown or out of range\n";
  if (const std::string lines = examples(examplesMarkdown, program.name); !lines.empty()) page += ".SH EXAMPLES\n.nf\n" + lines + ".fi\n";
  page += ".SH SEE ALSO\n";
  const char* const others[] = {"led", "led-cloud", "led-studio"};
  std::string see;
  for (const char* other : others)
    if (program.name != other) see += std::string(see.empty() ? "" : ",\n") + ".BR " + roffText(other) + " (1)";
  return page + see + "\n";
}

std::string bashCompletion(const Program& program) {
  CommandTree tree(program);
  std::vector<std::tuple<std::string, std::vector<std::string>, bool>> paths;
  collectPaths(&tree.root, "", paths);
  const std::string function = "_" + std::string(program.name == "led" ? "led" : "led_cloud");
  std::string text = "# bash completion for " + program.name + ", written by " + program.name + " --completion bash\n" + function +
                     "() {\n  local cur=${COMP_WORDS[COMP_CWORD]} path= words= leaf= i\n"
                     "  for ((i = 1; i < COMP_CWORD; i++)); do\n    [[ ${COMP_WORDS[i]} == -* ]] && break\n"
                     "    path+=${path:+ }${COMP_WORDS[i]}\n  done\n  case $path in\n";
  for (const auto& [path, words, leaf] : paths)
    text += "    \"" + path + "\") words=\"" + joined(words) + "\"" + (leaf ? " leaf=1" : "") + " ;;\n";
  text +=
      "    *) leaf=1 ;;\n  esac\n  if [[ -z $leaf || $cur == -* ]]; then\n    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
      "  else\n    COMPREPLY=($(compgen -f -- \"$cur\"))\n  fi\n}\ncomplete -o filenames -F " +
      function + " " + program.name + "\n";
  return text;
}

std::string zshCompletion(const Program& program) {
  CommandTree tree(program);
  std::vector<std::tuple<std::string, std::vector<std::string>, bool>> paths;
  collectPaths(&tree.root, "", paths);
  std::string text = "#compdef " + program.name + "\n# zsh completion for " + program.name + ", written by " + program.name +
                     " --completion zsh\nlocal -a next\nlocal command_path= leaf= i\n"
                     "for ((i = 2; i < CURRENT; i++)); do\n  [[ ${words[i]} == -* ]] && break\n"
                     "  command_path+=${command_path:+ }${words[i]}\ndone\ncase $command_path in\n";
  for (const auto& [path, words, leaf] : paths)
    text += "  \"" + path + "\") next=(" + joined(words) + ")" + (leaf ? " leaf=1" : "") + " ;;\n";
  text += "  *) leaf=1 ;;\nesac\nif [[ -z $leaf || $PREFIX == -* ]]; then\n  compadd -a next\nelse\n  _files\nfi\n";
  return text;
}

}  // namespace led::cli
