#pragma once
// What a project file holds of the window and how it comes back: the page shown; the Scramble page's
// image (a sample or a file) and key file; the Query page's two images and settings; the Train page's
// settings and last results (the epochs in its curves and table, the ensemble line); the Predict page's
// photo and model. Settings are the pages' named controls (combo boxes, spin boxes, check boxes, line
// edits), so a control added with a name is kept without more code. The cloud's demo models and the
// session's guide pads are not kept: a cloud is set up again in seconds, with fresh pads.
#include <QString>
#include <QStringList>
#include <optional>

#include "keys/Key.h"
#include "project/ProjectFile.h"

namespace led::ui {

class MainWindow;

struct CapturedProject {
  led::Project project;
  // The Scramble page's key when no file holds it yet: it is written beside the project first.
  std::optional<led::Key> keyToWrite;
  QString keyPath;
};

// `projectPath` names where the project will be written (an unsaved key goes beside it).
CapturedProject captureProject(const MainWindow& window, const QString& projectPath);
// Applies a project; returns a sentence per reference that could not be followed (missing files).
QStringList restoreProject(MainWindow& window, const led::Project& project);

}  // namespace led::ui
