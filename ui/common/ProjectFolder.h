#pragma once
// A folder of the program's own files kept beside a project (the cloud session, the scheme audit), with
// a manifest (a project file) that marks it as such. It is written whole or not at all, and a folder
// that is not one of them is never replaced.
#include <QString>
#include <functional>
#include <string>

namespace led::ui {

// `fill` writes the files into a fresh owner-only folder on the same disk, the manifest last; that folder
// then takes the place of an earlier one at `dir`. When something at `dir` has no `manifest`, fails
// (Io) with `refusal` and writes nothing.
void writeProjectFolder(const QString& dir, const QString& manifest, const QString& refusal, const std::function<void(const QString&)>& fill);
bool isProjectFolder(const QString& dir, const QString& manifest);
// A file of the folder, as core's readers and writers take a path.
std::string folderFile(const QString& dir, const QString& name);

}  // namespace led::ui
