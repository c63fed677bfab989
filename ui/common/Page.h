#pragma once
// A page of the main window, one per step of the LED story. The window knows a page only through this
// interface: it adds the pages in one loop, shows their failures in the message bar and their news in
// the status bar, follows their long jobs (with Cancel) in the status bar, switches to their undo
// history as they are shown, and has each keep its part of a project and restore it.
#include <QString>
#include <QStringList>
#include <QWidget>
#include <any>
#include <functional>
#include <vector>

#include "core/user/project/ProjectFile.h"

class QUndoStack;
class QVBoxLayout;

namespace led::ui {

// A project being saved: the entries, and the files kept beside it, written off the GUI thread.
struct ProjectDraft {
  QString path;  // where the project is written
  led::Project project;
  std::vector<std::function<void()>> writers;  // run in order, before the project file
  QStringList notes;                           // one sentence per file or folder written beside, for the status bar
  // A file or folder kept beside the project, named after it: "lesson.ledproj" -> "lesson" + suffix.
  QString beside(const QString& suffix) const;
};

class Page : public QWidget {
  Q_OBJECT
 public:
  // id: the English name ("Scramble") for --page, tests and object names; its lower case prefixes the
  // page's project entries ("scramble.").
  Page(const QString& id, QWidget* parent);
  QString id() const { return objectName(); }
  virtual QString title() const = 0;  // translated
  virtual QString icon() const = 0;   // a resource path

  // Its own history of edits; by default the history of its named controls (common/ControlUndo). None
  // when it has nothing to undo.
  virtual QUndoStack* undoStack();

  // Saving, on the GUI thread: its entries (by default its named controls) and any files kept beside the
  // project, as writers that touch no widget.
  virtual void capture(ProjectDraft& draft) const;
  // Opening: work that reads what the page keeps beside the project, run off the GUI thread (it must not
  // touch the page); by default none. Then, on the GUI thread, the page takes the project's entries and
  // what that work read, and returns a sentence for each thing it could not restore.
  virtual std::function<std::any()> loader(const led::Project& project) const;
  virtual QStringList restore(const led::Project& project, const std::any& loaded);

  // Stops a long job of this page (`job` as its jobProgress named it).
  virtual void cancelJob(QObject* job);

 signals:
  void failed(const QString& sentence);    // in the message bar until the page succeeds at something
  void succeeded();                        // takes the page's failure back
  void informed(const QString& sentence);  // in the status bar
  // A long job (the page itself, or a part of it with a job of its own): what runs and how far it is.
  void jobProgress(QObject* job, const QString& what, double fraction);
  void jobEnded(QObject* job);

 protected:
  // The page's layout inside a scroll area that fills it: in a short window the page scrolls instead of
  // squeezing its pictures and tables. Call once, instead of giving the page a layout.
  QVBoxLayout* scrollingLayout();
  // The project entry of this page's `name`: "train.epochs".
  std::string entry(const QString& name) const;
  // Its named controls under `prefix` ("train", "evaluate.sweep"), kept and restored; a value that does
  // not read as its control's kind is ignored (a project from another version must not break a page).
  static void captureControls(const QWidget* panel, const QString& prefix, led::Project& project);
  static void restoreControls(QWidget* panel, const QString& prefix, const led::Project& project);

 private:
  QUndoStack* undo_ = nullptr;
};

// "sample:dog" and "sample:cat": the bundled photographs, as projects name them.
bool isSampleSource(const QString& source);
// True when the file is there; else a sentence for the restore's problems.
bool stillThere(const QString& path, QStringList& problems);

}  // namespace led::ui
