#pragma once
// English phrases that core hands to a user interface (step captions, scheme titles, statistic names),
// marked so that they can be translated while core stays free of Qt: lupdate collects every
// LED_PHRASE("led", "...") (the build runs it with -tr-function-alias QT_TRANSLATE_NOOP+=LED_PHRASE), the
// GUI translates with QCoreApplication::translate("led", text) and fills %1, %2, ... with the
// arguments, and the CLI prints render(). Error sentences are not phrases: they stay English.
#include <string>
#include <vector>

#define LED_PHRASE(context, text) text

namespace led {

struct Phrase {
  Phrase(const char* english) : text(english) {}  // NOLINT: a marked literal is a phrase
  Phrase(const char* english, std::vector<std::string> arguments) : text(english), args(std::move(arguments)) {}
  std::string text;  // English, with %1, %2, ... where the arguments go
  std::vector<std::string> args;
};

// The phrase in English with its arguments filled in (every %n, as QString::arg does).
std::string render(const Phrase& phrase);
// Phrases as one text, separated by spaces.
std::string render(const std::vector<Phrase>& phrases);

}  // namespace led
