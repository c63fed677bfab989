#include "common/Phrase.h"

namespace led {

std::string render(const Phrase& phrase) {
  if (phrase.value) return phrase.text;
  std::string out;
  for (std::size_t i = 0; i < phrase.text.size(); ++i) {
    const char c = phrase.text[i];
    const bool digit = i + 1 < phrase.text.size() && phrase.text[i + 1] >= '1' && phrase.text[i + 1] <= '9';
    const std::size_t n = digit ? std::size_t(phrase.text[i + 1] - '1') : 0;
    if (c == '%' && digit && n < phrase.args.size()) {
      out += render(phrase.args[n]);
      ++i;
    } else {
      out += c;
    }
  }
  return out;
}

std::string render(const std::vector<Phrase>& phrases) {
  std::string out;
  for (const Phrase& p : phrases) out += (out.empty() ? "" : " ") + render(p);
  return out;
}

}  // namespace led
