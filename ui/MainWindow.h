#pragma once
// The main window: a navigation that follows the story of the LED paper (Scramble, Query, Cloud, Train,
// Coercion, Evaluate), a message bar for errors, menus with the standard shortcuts.
#include <QMainWindow>
#include <vector>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;

namespace led::ui {

class MessageBar;
class Page;
class ScramblePage;
class TrainPage;
class PredictPage;
class DeniableSession;
class QueryPage;
class CloudPage;
class CoercionPage;
class EvaluatePage;
class JobStatus;
class Tour;
class TourPanel;
class Presentation;
class UserGuide;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ScramblePage* scramblePage() const { return scramble_; }
  TrainPage* trainPage() const { return train_; }
  PredictPage* predictPage() const { return predict_; }
  DeniableSession* session() const { return session_; }
  QueryPage* queryPage() const { return query_; }
  CloudPage* cloudPage() const { return cloud_; }
  CoercionPage* coercionPage() const { return coercion_; }
  EvaluatePage* evaluatePage() const { return evaluate_; }
  MessageBar* messageBar() const { return messages_; }
  Tour* tour() const { return tour_; }
  TourPanel* tourPanel() const { return tourPanel_; }
  JobStatus* jobStatus() const { return jobs_; }
  // Shows the page with this name ("Scramble", "Query", ..., or its translated title); false if there is none.
  bool showPage(const QString& name);
  QStringList pageNames() const;
  // Opens what a file holds: a key (.ledkey), a query (.ledq), a model (.ledmodel, on the Predict page)
  // or an image; remembers it as recent.
  void openFile(const QString& path);
  void openDialog();
  // A project (.ledproj): each page keeps its part (Page::capture, Page::restore); files are read and
  // written off the GUI thread.
  void openProject(const QString& path);
  void saveProject(const QString& path);
  void saveProjectDialog();
  // The page shown, as a PNG and a CSV per table beside it (shell/PageExport), written off the GUI thread.
  void exportPage(const QString& pngPath);
  void exportPageDialog();
  void showPreferences();
  void showAbout();
  // Starts the Tour, or resumes it where it was left.
  void showTour();
  void showUserGuide();
  Presentation* presentation() const { return presentation_; }

 signals:
  void projectOpened(const QString& path);
  void projectSaved(const QString& path);
  void pageExported(const QStringList& files);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void buildMenus();
  void placeOnScreen();
  void buildViewMenu();
  void addPage(Page* page);
  Page* currentPage() const;
  // The project the window now shows: its title, and where Save Project suggests writing.
  void setProjectPath(const QString& path);
  void fillRecentMenu();

  QListWidget* navigation_;
  QStackedWidget* pages_;
  MessageBar* messages_;
  ScramblePage* scramble_;
  TrainPage* train_;
  PredictPage* predict_;
  DeniableSession* session_;
  QueryPage* query_;
  CloudPage* cloud_;
  CoercionPage* coercion_;
  EvaluatePage* evaluate_;
  QUndoGroup* undo_;
  JobStatus* jobs_;
  std::vector<Page*> pageList_;  // in navigation order
  QMenu* recent_;
  QString projectPath_;
  Tour* tour_;
  TourPanel* tourPanel_;
  Presentation* presentation_;
  QAction* fullScreen_ = nullptr;
  UserGuide* guide_ = nullptr;
};

}  // namespace led::ui
