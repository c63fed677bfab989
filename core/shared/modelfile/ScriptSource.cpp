#include "core/shared/modelfile/ScriptSource.h"

#include <set>
#include <string_view>
#include <vector>

#include "core/shared/modelfile/ArchiveBounds.h"

namespace led::learn {

namespace {

constexpr std::string_view kClassPrefix = "__torch__.___torch_mangle_";
constexpr std::string_view kClassSuffix = ".Module";

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool isNameChar(char c, bool slashAllowed) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || (slashAllowed && c == '/');
}

bool isName(std::string_view s, bool slashAllowed) {
  if (s.empty() || s.size() > 256) return false;
  for (char c : s)
    if (!isNameChar(c, slashAllowed)) return false;
  return true;
}

struct ScriptClass {
  std::vector<std::string_view> parameters, buffers;  // listed as such
  std::set<std::string_view> declared, tensors;       // every member, those typed Tensor
  std::vector<int> refers;                            // classes named as member types
};

// ["a", "b", ] or []: the names, or false.
bool parseNameList(std::string_view s, std::vector<std::string_view>& names) {
  if (s.size() < 2 || s.front() != '[' || s.back() != ']') return false;
  s = s.substr(1, s.size() - 2);
  while (!s.empty()) {
    if (s.front() != '"') return false;
    const std::size_t close = s.find("\", ", 1);
    if (close == std::string_view::npos || !isName(s.substr(1, close - 1), true)) return false;
    names.push_back(s.substr(1, close - 1));
    s = s.substr(close + 3);
  }
  return true;
}

bool parseType(std::string_view type, ScriptClass& c, std::string_view member) {
  if (type == "Tensor") {
    c.tensors.insert(member);
    return true;
  }
  if (type == "str" || type == "int" || type == "float" || type == "bool" || type == "Tuple[float, float]") return true;
  if (!startsWith(type, kClassPrefix) || type.size() < kClassPrefix.size() + kClassSuffix.size() ||
      type.substr(type.size() - kClassSuffix.size()) != kClassSuffix)
    return false;
  const int index = archiveNumber(type.substr(kClassPrefix.size(), type.size() - kClassPrefix.size() - kClassSuffix.size()));
  if (index < 0) return false;
  c.refers.push_back(index);
  return true;
}

bool parseMember(std::string_view line, bool annotations, ScriptClass& c) {
  std::string_view member, type;
  if (annotations && startsWith(line, "  __annotations__[\"")) {
    const std::size_t close = line.find("\"] = ");
    if (close == std::string_view::npos) return false;
    member = line.substr(19, close - 19);
    type = line.substr(close + 5);
    if (!isName(member, true)) return false;
  } else {
    const std::size_t colon = line.find(" : ");
    if (!startsWith(line, "  ") || colon == std::string_view::npos) return false;
    member = line.substr(2, colon - 2);
    type = line.substr(colon + 3);
    if (!isName(member, false) || startsWith(member, "__")) return false;  // no dunder is declared this way
  }
  return c.declared.insert(member).second && parseType(type, c, member);
}

bool parseClass(std::string_view text, ScriptClass& c) {
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) return false;  // every line ends in a newline
    lines.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  if (lines.size() < 3 || lines[0] != "class Module(Module):" || !startsWith(lines[1], "  __parameters__ = ") ||
      !startsWith(lines[2], "  __buffers__ = ") || !parseNameList(lines[1].substr(19), c.parameters) ||
      !parseNameList(lines[2].substr(16), c.buffers))
    return false;
  std::size_t next = 3;
  const bool annotations = lines.size() > 3 && lines[3] == "  __annotations__ = []";
  if (annotations) ++next;
  for (; next < lines.size(); ++next)
    if (!parseMember(lines[next], annotations, c)) return false;
  for (const auto* listed : {&c.parameters, &c.buffers})
    for (std::string_view n : *listed)
      if (!c.tensors.count(n)) return false;
  return true;
}

}  // namespace

void requireKnownScriptSources(const std::map<int, std::string>& sources, const std::string& name) {
  const auto bad = [&name] { refuseModelFile(name); };
  if (!sources.count(kRootScriptClass)) bad();
  for (const auto& [index, text] : sources) {
    ScriptClass c;
    if (!parseClass(text, c)) bad();
    for (int target : c.refers)
      if (target <= index || !sources.count(target)) bad();
  }
}

}  // namespace led::learn
