#pragma once
// The Evaluate page's scheme audit kept beside a project, as a folder: the pictures it shows as lossless
// PNG (plain, ciphertext, wrong key, each attacker's reconstruction) and a manifest (audit.ledproj) with
// the rest: the scheme, the measures, each attack's outcome with its sentences (kept as phrases, so that
// they are shown in the language of the window that opens them) and the JPEG curve. No key is kept: the
// audit's key was made for it and dropped.
#include <string>

#include "core/user/attacks/SchemeAudit.h"

namespace led {

struct KeptAudit {
  SchemeAudit audit;
  std::string picture;  // what was audited, as the report names it: "dog", "cat" or a photo's file name
};

// Writes the folder whole, in place of an earlier audit folder; refuses to replace anything else.
void writeAuditFolder(const std::string& dir, const KeptAudit& kept);
// BadFile naming the file at fault when the folder is damaged or its pictures do not belong together.
KeptAudit readAuditFolder(const std::string& dir);

}  // namespace led
