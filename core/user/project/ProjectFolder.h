#pragma once
// A folder of the program's own files kept beside a project (the cloud session, the scheme audit), with
// a manifest (a project file) that marks it as such. It is written whole or not at all, and a folder
// that is not one of them is never replaced.
#include <functional>
#include <string>

#include "core/shared/common/Phrase.h"

namespace led {

// `fill` writes the files into a fresh owner-only folder on the same disk, the manifest last; that folder
// then takes the place of an earlier one at `dir`. When something at `dir` has no `manifest`, fails
// (Io) with `refusal` and writes nothing.
void writeProjectFolder(const std::string& dir, const std::string& manifest, const Phrase& refusal,
                        const std::function<void(const std::string& staging)>& fill);
bool isProjectFolder(const std::string& dir, const std::string& manifest);
// A file of the folder.
std::string folderFile(const std::string& dir, const std::string& name);

}  // namespace led
