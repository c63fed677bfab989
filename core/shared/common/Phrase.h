#pragma once
// English phrases that core hands to a user interface (step captions, scheme titles, statistic names,
// error sentences), marked so that they can be translated while core stays free of Qt: lupdate collects
// every LED_PHRASE("led", "...") (the build runs it with -tr-function-alias QT_TRANSLATE_NOOP+=LED_PHRASE),
// the GUI translates with QCoreApplication::translate("led", text) and fills %1, %2, ... with the
// arguments, themselves phrases (a file name or a number is a value, shown as it is; a marked phrase
// inside another is translated too), and the CLI prints render().
#include <string>
#include <vector>

#define LED_PHRASE(context, text) text

namespace led {

struct Phrase {
  Phrase(const char* english) : text(english) {}  // NOLINT: a literal is a phrase to translate
  Phrase(const char* english, std::vector<Phrase> arguments) : text(english), args(std::move(arguments)) {}
  Phrase(std::string value) : text(std::move(value)), value(true) {}  // NOLINT: a computed string is a value
  std::string text;                                                   // English, with %1, %2, ... where the arguments go; or a value
  std::vector<Phrase> args;
  bool value = false;  // shown as it is, never translated
};

// The phrase in English with its arguments filled in (every %n, as QString::arg does).
std::string render(const Phrase& phrase);
// Phrases as one text, separated by spaces.
std::string render(const std::vector<Phrase>& phrases);

// A phrase as one string and back, arguments and all, so that a kept result is translated when it is
// shown again: a value is "=LEN:TEXT", a phrase "#LEN:TEXT/COUNT:" followed by its arguments.
std::string encodePhrase(const Phrase& phrase);
// BadFile when `text` is not exactly one phrase so written (at most 9 arguments, nested 16 deep).
Phrase decodePhrase(const std::string& text);

}  // namespace led
