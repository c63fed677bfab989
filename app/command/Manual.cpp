#include "app/command/Manual.h"

#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>
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

// A place in the tree: the words after the program's name ("" for the program itself), its app, and
// whether it is a command (a leaf) rather than a group.
struct Node {
  std::string path;
  const CLI::App* app;
  bool command;
};

// Every place in the tree, depth first.
void collectNodes(const CLI::App* app, const std::string& path, std::vector<Node>& out) {
  const auto children = app->get_subcommands([](const CLI::App*) { return true; });
  out.push_back({path, app, children.empty() && !path.empty()});
  for (const CLI::App* child : children) collectNodes(child, path.empty() ? child->get_name() : path + " " + child->get_name(), out);
}

std::vector<Node> nodesOf(const CLI::App& root) {
  std::vector<Node> nodes;
  collectNodes(&root, "", nodes);
  return nodes;
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
  for (const Node& node : nodesOf(tree.root)) {
    if (!node.command) continue;
    page += ".SS \"" + roffText(program.name + " " + node.path) + "\"\n" + roffText(node.app->get_description()) + "\n";
    for (const CLI::Option* option : node.app->get_options())
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
  const std::string function = "_" + std::string(program.name == "led" ? "led" : "led_cloud");
  std::string text = "# bash completion for " + program.name + ", written by " + program.name + " --completion bash\n" + function +
                     "() {\n  local cur=${COMP_WORDS[COMP_CWORD]} path= words= leaf= i\n"
                     "  for ((i = 1; i < COMP_CWORD; i++)); do\n    [[ ${COMP_WORDS[i]} == -* ]] && break\n"
                     "    path+=${path:+ }${COMP_WORDS[i]}\n  done\n  case $path in\n";
  for (const Node& node : nodesOf(tree.root))
    text += "    \"" + node.path + "\") words=\"" + joined(nextWords(node.app)) + "\"" + (node.command ? " leaf=1" : "") + " ;;\n";
  text +=
      "    *) leaf=1 ;;\n  esac\n  if [[ -z $leaf || $cur == -* ]]; then\n    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
      "  else\n    COMPREPLY=($(compgen -f -- \"$cur\"))\n  fi\n}\ncomplete -o filenames -F " +
      function + " " + program.name + "\n";
  return text;
}

std::string zshCompletion(const Program& program) {
  CommandTree tree(program);
  std::string text = "#compdef " + program.name + "\n# zsh completion for " + program.name + ", written by " + program.name +
                     " --completion zsh\nlocal -a next\nlocal command_path= leaf= i\n"
                     "for ((i = 2; i < CURRENT; i++)); do\n  [[ ${words[i]} == -* ]] && break\n"
                     "  command_path+=${command_path:+ }${words[i]}\ndone\ncase $command_path in\n";
  for (const Node& node : nodesOf(tree.root))
    text += "  \"" + node.path + "\") next=(" + joined(nextWords(node.app)) + ")" + (node.command ? " leaf=1" : "") + " ;;\n";
  text += "  *) leaf=1 ;;\nesac\nif [[ -z $leaf || $PREFIX == -* ]]; then\n  compadd -a next\nelse\n  _files\nfi\n";
  return text;
}

}  // namespace led::cli
