#pragma once
// Core's marked phrases (shared/common/Phrase.h) in the user's language: translated in the "led" context,
// arguments filled in. Safe on any thread.
#include <QString>
#include <string>
#include <vector>

#include "core/shared/common/Phrase.h"

namespace led::ui {

QString translated(const led::Phrase& phrase);
QString translated(const std::vector<led::Phrase>& phrases);
// A phrase without arguments, handed over as its English text (a step's title, a scheme's title).
QString translatedText(const std::string& english);

}  // namespace led::ui
