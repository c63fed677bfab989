#pragma once
// One sentence a newcomer can read about what a scheme does to an image (the Scramble page's scheme
// box, the Train page's choice of encryption).
#include <QString>

#include "core/shared/ciphertext/SchemeParams.h"

namespace led::ui {

QString schemeExplanation(led::SchemeId id);

}  // namespace led::ui
