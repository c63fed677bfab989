#include "core/shared/common/Phrase.h"

#include "core/shared/common/Error.h"

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

std::string encodePhrase(const Phrase& phrase) {
  std::string out = (phrase.value ? "=" : "#") + std::to_string(phrase.text.size()) + ":" + phrase.text;
  if (phrase.value) return out;
  out += "/" + std::to_string(phrase.args.size()) + ":";
  for (const Phrase& arg : phrase.args) out += encodePhrase(arg);
  return out;
}

namespace {

constexpr int kMaxDepth = 16;
constexpr std::size_t kMaxArgs = 9;  // %1 to %9

[[noreturn]] void notAPhrase() { fail(ErrorKind::BadFile, LED_PHRASE("led", "a kept sentence is damaged")); }

// Digits up to ':' at `pos`, at most `limit`.
std::size_t count(const std::string& text, std::size_t& pos, std::size_t limit) {
  std::size_t n = 0, digits = 0;
  for (; pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && digits < 7; ++pos, ++digits)
    n = n * 10 + std::size_t(text[pos] - '0');
  if (digits == 0 || pos >= text.size() || text[pos] != ':' || n > limit) notAPhrase();
  ++pos;
  return n;
}

Phrase decodeAt(const std::string& text, std::size_t& pos, int depth) {
  if (depth > kMaxDepth || pos >= text.size() || (text[pos] != '=' && text[pos] != '#')) notAPhrase();
  const bool value = text[pos++] == '=';
  const std::size_t length = count(text, pos, text.size());
  if (length > text.size() - pos) notAPhrase();
  Phrase phrase(text.substr(pos, length));
  pos += length;
  if (value) return phrase;
  phrase.value = false;
  if (pos >= text.size() || text[pos++] != '/') notAPhrase();
  const std::size_t args = count(text, pos, kMaxArgs);
  for (std::size_t i = 0; i < args; ++i) phrase.args.push_back(decodeAt(text, pos, depth + 1));
  return phrase;
}

}  // namespace

Phrase decodePhrase(const std::string& text) {
  std::size_t pos = 0;
  Phrase phrase = decodeAt(text, pos, 0);
  if (pos != text.size()) notAPhrase();
  return phrase;
}

}  // namespace led
