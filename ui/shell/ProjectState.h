#pragma once
// What a project file holds of the window and how it comes back: the page shown; the Scramble page's
// image (a sample or a file) and key file; the Query page's two images and settings; the Train page's
// settings and last results (the epochs in its curves and table, the ensemble line); the Evaluate page's
// sweep settings and results (every point measured), the audit's picture and settings; the Predict
// page's photo and model; the Coercion page's mode. Beside the project, in folders of their own: the
// cloud session of the Query, Cloud and Coercion pages (its keys, models, guide pads, last query and
// answer; SessionFolder.h) and the audit shown on the Evaluate page (AuditFolder.h). Settings are the
// pages' named controls (combo boxes, spin boxes, check boxes, line edits), so a control added with a
// name is kept without more code.
#include <QString>
#include <QStringList>
#include <optional>

#include "keys/Key.h"
#include "project/ProjectFile.h"
#include "evaluate/AuditFolder.h"
#include "query/DeniableSession.h"

namespace led::ui {

class MainWindow;

struct CapturedProject {
  led::Project project;
  // The Scramble page's key when no file holds it yet: it is written beside the project first.
  std::optional<led::Key> keyToWrite;
  QString keyPath;
  // The cloud session, when the cloud is set up: written beside the project first.
  std::optional<DeniableSession::State> session;
  QString sessionPath;
  // The Evaluate page's audit, when one is shown: likewise.
  std::optional<KeptAudit> audit;
  QString auditPath;
};

// `projectPath` names where the project will be written (an unsaved key and the session go beside it).
CapturedProject captureProject(const MainWindow& window, const QString& projectPath);
// Writes what goes beside the project, then the project; off the GUI thread.
void writeCapturedProject(const QString& projectPath, const CapturedProject& captured);

struct LoadedProject {
  led::Project project;
  std::optional<DeniableSession::State> session;
  QString sessionProblem;  // why the session folder the project names could not be read
  std::optional<KeptAudit> audit;
  QString auditProblem;  // likewise for the audit folder
};
// Reads a project and the folders it names; off the GUI thread. Only the project's own file failing is
// an error: a damaged session or audit is a problem to report beside the rest.
LoadedProject loadProject(const QString& path);
// Applies a project; returns a sentence per reference that could not be followed (missing or damaged files).
QStringList restoreProject(MainWindow& window, const LoadedProject& loaded);

}  // namespace led::ui
