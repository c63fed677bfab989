#include "ui/MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include "ui/cloud/CloudPage.h"
#include "ui/cloud/ServicePanel.h"
#include "ui/common/Background.h"
#include "ui/common/Failure.h"
#include "ui/coercion/CoercionPage.h"
#include "ui/evaluate/EvaluatePage.h"
#include "ui/common/MessageBar.h"
#include "ui/session/DeniableSession.h"
#include "ui/query/QueryPage.h"
#include "ui/scramble/ScramblePage.h"
#include "ui/predict/PredictPage.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/JobStatus.h"
#include "ui/shell/PageExport.h"
#include "ui/shell/PreferencesDialog.h"
#include "ui/shell/Presentation.h"
#include "ui/shell/UserGuide.h"
#include "ui/shell/Settings.h"
#include "ui/tour/Tour.h"
#include "ui/tour/TourPanel.h"
#include "ui/train/TrainPage.h"

namespace led::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      navigation_(new QListWidget(this)),
      pages_(new QStackedWidget(this)),
      messages_(new MessageBar(this)),
      scramble_(new ScramblePage(this)),
      train_(new TrainPage(this)),
      predict_(new PredictPage(this)),
      session_(new DeniableSession(this)),
      query_(new QueryPage(session_, this)),
      cloud_(new CloudPage(session_, this)),
      coercion_(new CoercionPage(session_, this)),
      evaluate_(new EvaluatePage(this)),
      undo_(new QUndoGroup(this)),
      jobs_(new JobStatus(this)),
      presentation_(new Presentation(this)) {
  setWindowTitle(tr("LED Studio"));
  navigation_->setObjectName("navigation");
  navigation_->setFixedWidth(150);
  navigation_->setIconSize(QSize(24, 24));
  navigation_->setSpacing(2);

  for (Page* page : std::initializer_list<Page*>{scramble_, query_, cloud_, train_, predict_, coercion_, evaluate_}) addPage(page);

  auto* centre = new QWidget(this);
  auto* right = new QVBoxLayout;
  right->addWidget(messages_);
  right->addWidget(pages_, 1);
  auto* layout = new QHBoxLayout(centre);
  layout->addWidget(navigation_);
  layout->addLayout(right, 1);
  setCentralWidget(centre);

  connect(navigation_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
  connect(pages_, &QStackedWidget::currentChanged, this, [this] { undo_->setActiveStack(currentPage()->undoStack()); });
  undo_->setActiveStack(currentPage()->undoStack());
  navigation_->setCurrentRow(0);
  // A model goes from Train to Predict without a file dialog, and Predict's quick model is trained on Train.
  connect(train_, &TrainPage::modelForPrediction, this, [this](const QString& path) {
    showPage("Predict");
    predict_->openModel(path);
  });
  connect(predict_, &PredictPage::quickModelRequested, this, [this] {
    showPage("Train");
    train_->trainQuickModel();
  });
  tour_ = new Tour(this);
  tourPanel_ = new TourPanel(tour_, this);
  addDockWidget(Qt::RightDockWidgetArea, tourPanel_);
  tourPanel_->hide();
  buildMenus();
  statusBar()->addPermanentWidget(jobs_);
  statusBar()->showMessage(tr("Ready. New here? Help > Guided Tour (F1) walks through the LED story."));
  setAcceptDrops(true);
  if (!restoreGeometry(Settings::windowGeometry())) placeOnScreen();
}

// A first start fills the screen it opens on up to 1600x1000 and never more: on a 1280x720 projector or
// a 1024x768 screen the whole window, the tour's panel included, stays visible. The margin leaves room
// for a window manager's frame and a panel.
void MainWindow::placeOnScreen() {
  const QRect available = screen()->availableGeometry();
  const QSize frame(16, 48);
  resize(QSize(1600, 1000).boundedTo(available.size() - frame).expandedTo(minimumSizeHint()));
  move(available.topLeft() + QPoint((available.width() - width()) / 2, std::max(0, (available.height() - frame.height() - height()) / 2)));
}

// A classroom's service stops with the window, so the teacher is asked first; its pads and log stay in
// the class's folder for the next start.
void MainWindow::closeEvent(QCloseEvent* event) {
  const ServicePanel* service = cloud_->service();
  if (service->serving()) {
    QMessageBox ask(QMessageBox::Question, tr("Stop the Class's Cloud?"),
                    tr("Quitting stops the cloud the class sends to (%1 kits handed out): queries get no answer until you start it "
                       "again. The pads and the log stay in %2, and the kits work again once it serves.")
                        .arg(service->kitsOut())
                        .arg(service->folder()),
                    QMessageBox::Cancel, this);
    ask.setObjectName("stopServiceQuestion");
    QPushButton* quit = ask.addButton(tr("Stop It and Quit"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != quit) return event->ignore();
  }
  Settings::setWindowGeometry(saveGeometry());
  QMainWindow::closeEvent(event);
}

// Pages that take a dropped image handle it themselves; anything dropped elsewhere (an image, a key,
// a query) is opened as File > Open would.
void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  openFile(event->mimeData()->urls().first().toLocalFile());
  event->acceptProposedAction();
}

// A page in the navigation and the stack, with its undo history, its sentences for the message and status
// bars, and its long jobs followed in the status bar, where they can be cancelled from any page.
void MainWindow::addPage(Page* page) {
  auto* item = new QListWidgetItem(QIcon(page->icon()), page->title(), navigation_);
  item->setData(Qt::UserRole, page->id());
  item->setSizeHint(QSize(140, 40));
  // Every page scrolls when the window is smaller than it needs (a projector's 1280x720 with the tour
  // open, 1024x768, a large zoom), so that no page can make the window larger than the screen. The
  // scroll area carries the page's name, as the page itself would.
  auto* scroll = new QScrollArea(pages_);
  scroll->setObjectName(page->objectName());
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(page);
  pages_->addWidget(scroll);
  pageList_.push_back(page);
  if (QUndoStack* stack = page->undoStack()) undo_->addStack(stack);
  connect(page, &Page::failed, messages_, [this, page](const QString& s) { messages_->showErrorFrom(page, s); });
  connect(page, &Page::succeeded, messages_, [this, page] { messages_->dismissFrom(page); });
  connect(page, &Page::informed, this, [this](const QString& s) { statusBar()->showMessage(s, 8000); });
  connect(page, &Page::jobProgress, jobs_, [this, page](QObject* job, const QString& what, double fraction) {
    jobs_->update(job, what, fraction, [page, job] { page->cancelJob(job); });
  });
  connect(page, &Page::jobEnded, jobs_, [this](QObject* job) { jobs_->end(job); });
}

Page* MainWindow::currentPage() const { return pageList_[std::size_t(pages_->currentIndex())]; }

bool MainWindow::showPage(const QString& name) {
  for (int i = 0; i < navigation_->count(); ++i)
    if (navigation_->item(i)->data(Qt::UserRole).toString().compare(name, Qt::CaseInsensitive) == 0 ||
        navigation_->item(i)->text().compare(name, Qt::CaseInsensitive) == 0) {
      navigation_->setCurrentRow(i);
      return true;
    }
  return false;
}

QStringList MainWindow::pageNames() const {
  QStringList names;
  for (int i = 0; i < navigation_->count(); ++i) names << navigation_->item(i)->data(Qt::UserRole).toString();
  return names;
}

void MainWindow::openFile(const QString& path) {
  if (!QFileInfo(path).isFile()) {
    messages_->showError(tr("%1 is not a file that can be opened.").arg(path));
    return;
  }
  Settings::addRecentFile(path);
  if (path.endsWith(".ledq", Qt::CaseInsensitive)) {
    showPage("Cloud");
    cloud_->openQueryFile(path);
    return;
  }
  if (path.endsWith(".ledproj", Qt::CaseInsensitive)) return openProject(path);
  if (path.endsWith(".ledmodel", Qt::CaseInsensitive)) {
    showPage("Predict");
    predict_->openModel(path);
    return;
  }
  showPage("Scramble");
  if (path.endsWith(".ledkey", Qt::CaseInsensitive))
    scramble_->loadKeyFile(path);
  else
    scramble_->loadImageFile(path);
}

void MainWindow::openDialog() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Open"), QString(),
      tr("Images, keys, queries, models and projects (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pnm *.ppm *.pgm *.ledkey *.ledq *.ledmodel *.ledproj);;All files (*)"));
  if (!path.isEmpty()) openFile(path);
}

namespace {

struct LoadedProject {
  led::Project project;
  std::vector<std::any> pages;  // what each page's loader read, in page order
};

}  // namespace

void MainWindow::openProject(const QString& path) {
  // The loaders are made here, on the GUI thread, and run off it: they read files and touch no page.
  std::vector<std::function<std::any()>> loaders;
  const QString read = failureOf([&] {
    const led::Project project = led::readProjectFile(path.toStdString());
    for (Page* page : pageList_) loaders.push_back(page->loader(project));
  });
  if (!read.isEmpty()) return messages_->showError(read);
  runInBackground<LoadedProject>(
      this,
      [path, loaders] {
        LoadedProject loaded{led::readProjectFile(path.toStdString()), {}};
        for (const auto& load : loaders) loaded.pages.push_back(load ? load() : std::any());
        return loaded;
      },
      [this, path](LoadedProject loaded) {
        QStringList problems;
        for (std::size_t i = 0; i < pageList_.size(); ++i) problems << pageList_[i]->restore(loaded.project, loaded.pages[i]);
        showPage(QString::fromStdString(loaded.project.value("window.page", "Scramble")));
        for (Page* page : pageList_)
          if (QUndoStack* stack = page->undoStack()) stack->clear();  // a project's values are no one's edits
        setProjectPath(path);
        if (problems.isEmpty())
          statusBar()->showMessage(tr("Opened the project %1.").arg(path), 8000);
        else
          messages_->showError(problems.join(' '));
        emit projectOpened(path);
      },
      [this](const QString& error) { messages_->showError(error); });
}

void MainWindow::setProjectPath(const QString& path) {
  projectPath_ = path;
  setWindowFilePath(path);
  setWindowTitle(tr("%1 — LED Studio").arg(QFileInfo(path).fileName()));
}

void MainWindow::saveProject(const QString& path) {
  ProjectDraft draft;
  draft.path = path;
  const QString error = failureOf([&] {
    draft.project.set("window.page", currentPage()->id().toStdString());
    for (const Page* page : pageList_) page->capture(draft);
  });
  if (!error.isEmpty()) return messages_->showError(error);
  runInBackground<bool>(
      this,
      [draft] {
        for (const auto& write : draft.writers) write();
        led::writeProjectFile(draft.path.toStdString(), draft.project);
        return true;
      },
      [this, path, notes = draft.notes](bool) {
        Settings::addRecentFile(path);
        setProjectPath(path);
        statusBar()->showMessage((QStringList{tr("Project saved to %1.").arg(path)} + notes).join(' '), 10000);
        emit projectSaved(path);
      },
      [this](const QString& error) { messages_->showError(error); });
}

void MainWindow::exportPage(const QString& pngPath) {
  const PageSnapshot snapshot = snapshotPage(currentPage());
  runInBackground<QStringList>(
      this, [snapshot, pngPath] { return writeSnapshot(snapshot, pngPath); },
      [this](QStringList written) {
        statusBar()->showMessage(tr("Exported %1").arg(written.join(", ")), 10000);
        emit pageExported(written);
      },
      [this](const QString& error) { messages_->showError(error); });
}

void MainWindow::exportPageDialog() {
  const QString suggested = currentPage()->objectName().toLower() + ".png";
  const QString path = QFileDialog::getSaveFileName(this, tr("Export Page"), suggested, tr("PNG image (*.png)"));
  if (!path.isEmpty()) exportPage(path.endsWith(".png", Qt::CaseInsensitive) ? path : path + ".png");
}

void MainWindow::saveProjectDialog() {
  const QString suggested = projectPath_.isEmpty() ? QString("project.ledproj") : projectPath_;
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), suggested, tr("LED Studio projects (*.ledproj)"));
  if (!path.isEmpty()) saveProject(path.endsWith(".ledproj") ? path : path + ".ledproj");
}

void MainWindow::fillRecentMenu() {
  recent_->clear();
  const QStringList files = Settings::recentFiles();
  for (int i = 0; i < files.size(); ++i) {
    const QString label = QString("&%1 %2").arg(i + 1).arg(QFileInfo(files[i]).fileName());
    QAction* action = recent_->addAction(label, this, [this, path = files[i]] { openFile(path); });
    action->setToolTip(files[i]);
  }
  if (files.isEmpty()) recent_->addAction(tr("No recent files"))->setEnabled(false);
  recent_->addSeparator();
  recent_->addAction(tr("&Clear Recent Files"), this, [] { Settings::clearRecentFiles(); })->setEnabled(!files.isEmpty());
}

void MainWindow::showPreferences() {
  PreferencesDialog dialog(this);
  dialog.exec();
}

void MainWindow::showTour() {
  if (Tour::savedStep() > 0)
    tour_->resume();
  else
    tour_->start();
}

void MainWindow::showUserGuide() {
  if (!guide_) guide_ = new UserGuide(this);
  guide_->show();
  guide_->raise();
}

void MainWindow::changeEvent(QEvent* event) {
  QMainWindow::changeEvent(event);
  if (event->type() == QEvent::WindowStateChange && fullScreen_) fullScreen_->setChecked(isFullScreen());
}

void MainWindow::showAbout() {
  AboutDialog dialog(this);
  dialog.exec();
}

// For a room: presentation mode (full screen and large text at once), full screen alone, and zoom.
void MainWindow::buildViewMenu() {
  QMenu* view = menuBar()->addMenu(tr("&View"));
  QAction* presenting = view->addAction(tr("&Presentation"), QKeySequence(Qt::Key_F5), presentation_, &Presentation::setPresenting);
  presenting->setCheckable(true);
  presenting->setObjectName("presentationAction");
  presenting->setToolTip(tr("Full screen and larger text, for a class to read from the back of the room."));
  connect(presentation_, &Presentation::presentingChanged, presenting, &QAction::setChecked);
  fullScreen_ = view->addAction(tr("&Full Screen"), QKeySequence(Qt::Key_F11), presentation_, &Presentation::setFullScreen);
  fullScreen_->setCheckable(true);
  view->addSeparator();
  QAction* zoomIn = view->addAction(tr("Zoom &In"), presentation_, &Presentation::zoomIn);
  zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
  view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, presentation_, &Presentation::zoomOut);
  view->addAction(tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), presentation_, &Presentation::resetZoom);
  connect(presentation_, &Presentation::zoomChanged, this,
          [this](int percent) { statusBar()->showMessage(tr("Zoom %1 %").arg(percent), 3000); });
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
  recent_ = file->addMenu(tr("Open &Recent"));
  connect(recent_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
  fillRecentMenu();
  file->addAction(tr("Save &Project…"), QKeySequence(tr("Ctrl+Alt+S")), this, &MainWindow::saveProjectDialog);
  file->addAction(tr("&Export Page…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportPageDialog);
  file->addSeparator();
  file->addAction(tr("Open &Dog Sample"), scramble_, [this] { scramble_->loadSample("dog"); });
  file->addAction(tr("Open &Cat Sample"), scramble_, [this] { scramble_->loadSample("cat"); });
  file->addSeparator();
  file->addAction(tr("&Load Key…"), QKeySequence(tr("Ctrl+K")), scramble_, &ScramblePage::loadKeyDialog);
  file->addAction(tr("&Save Key…"), QKeySequence::Save, scramble_, &ScramblePage::saveKeyDialog);
  file->addAction(tr("Save &Ciphertext…"), QKeySequence(tr("Ctrl+Shift+S")), scramble_, &ScramblePage::saveCiphertextDialog);
  file->addSeparator();
  file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  QAction* undo = undo_->createUndoAction(this, tr("&Undo"));
  undo->setShortcut(QKeySequence::Undo);
  QAction* redo = undo_->createRedoAction(this, tr("&Redo"));
  redo->setShortcut(QKeySequence::Redo);
  edit->addAction(undo);
  edit->addAction(redo);
  edit->addSeparator();
  // Debian's Qt gives QKeySequence::Preferences no key outside KDE and macOS, hence the explicit one.
  edit->addAction(tr("&Preferences…"), QKeySequence(tr("Ctrl+,")), this, &MainWindow::showPreferences)
      ->setMenuRole(QAction::PreferencesRole);

  QMenu* go = menuBar()->addMenu(tr("&Go"));
  for (int i = 0; i < navigation_->count(); ++i)
    go->addAction(navigation_->item(i)->icon(), navigation_->item(i)->text(), QKeySequence(QString("Ctrl+%1").arg(i + 1)), this,
                  [this, i] { navigation_->setCurrentRow(i); });

  buildViewMenu();

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("Guided &Tour"), QKeySequence(Qt::Key_F1), this, &MainWindow::showTour);
  help->addAction(tr("Restart the Tour"), tour_, &Tour::start);
  help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
  help->addSeparator();
  help->addAction(tr("&About LED Studio"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
  help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

}  // namespace led::ui
