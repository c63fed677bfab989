#pragma once
// Text for a word-wrapped label in which a key's fingerprint ("6626-9b9e-463c-ef8d") is never broken at
// its hyphens: each hyphen between two letters or digits becomes a non-breaking hyphen (U+2011), which
// looks the same. A line may still break between words.
#include <QString>

namespace led::ui {

QString withUnbrokenFingerprints(QString text);

}  // namespace led::ui
