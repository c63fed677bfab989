#include "MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include "cloud/CloudPage.h"
#include "common/Background.h"
#include "common/ControlUndo.h"
#include "coercion/CoercionPage.h"
#include "evaluate/EvaluatePage.h"
#include "common/MessageBar.h"
#include "query/DeniableSession.h"
#include "query/QueryPage.h"
#include "scramble/ScramblePage.h"
#include "predict/PredictPage.h"
#include "evaluate/JobBar.h"
#include "shell/AboutDialog.h"
#include "shell/JobStatus.h"
#include "shell/PageExport.h"
#include "shell/ProjectState.h"
#include "shell/PreferencesDialog.h"
#include "shell/Settings.h"
#include "tour/Tour.h"
#include "tour/TourPanel.h"
#include "train/TrainPage.h"

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
      evaluate_(new EvaluatePage(this)) {
  setWindowTitle(tr("LED Studio"));
  navigation_->setObjectName("navigation");
  navigation_->setFixedWidth(150);
  navigation_->setIconSize(QSize(24, 24));
  navigation_->setSpacing(2);

  addPage("Scramble", tr("Scramble"), ":/icons/scramble.svg", scramble_);
  addPage("Query", tr("Query"), ":/icons/query.svg", query_);
  addPage("Cloud", tr("Cloud"), ":/icons/cloud.svg", cloud_);
  addPage("Train", tr("Train"), ":/icons/train.svg", train_);
  addPage("Predict", tr("Predict"), ":/icons/predict.svg", predict_);
  addPage("Coercion", tr("Coercion"), ":/icons/coercion.svg", coercion_);
  addPage("Evaluate", tr("Evaluate"), ":/icons/evaluate.svg", evaluate_);

  auto* centre = new QWidget(this);
  auto* right = new QVBoxLayout;
  right->addWidget(messages_);
  right->addWidget(pages_, 1);
  auto* layout = new QHBoxLayout(centre);
  layout->addWidget(navigation_);
  layout->addLayout(right, 1);
  setCentralWidget(centre);

  connect(navigation_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
  undo_ = new QUndoGroup(this);
  pageUndo_.insert(scramble_, scramble_->undoStack());
  pageUndo_.insert(query_, (new ControlUndo(query_))->stack());
  pageUndo_.insert(train_, (new ControlUndo(train_))->stack());
  pageUndo_.insert(coercion_, (new ControlUndo(coercion_))->stack());
  pageUndo_.insert(evaluate_, (new ControlUndo(evaluate_))->stack());
  for (QUndoStack* stack : std::as_const(pageUndo_)) undo_->addStack(stack);
  connect(pages_, &QStackedWidget::currentChanged, this, [this] { undo_->setActiveStack(pageUndo_.value(pages_->currentWidget())); });
  undo_->setActiveStack(pageUndo_.value(pages_->currentWidget()));
  connect(scramble_, &ScramblePage::failed, messages_, [this](const QString& s) { messages_->showErrorFrom(scramble_, s); });
  connect(scramble_, &ScramblePage::informed, this, [this](const QString& s) { statusBar()->showMessage(s, 8000); });
  connect(scramble_, &ScramblePage::ready, messages_, [this] { messages_->dismissFrom(scramble_); });
  connect(train_, &TrainPage::failed, messages_, &MessageBar::showError);
  connect(predict_, &PredictPage::failed, messages_, [this](const QString& s) { messages_->showErrorFrom(predict_, s); });
  connect(predict_, &PredictPage::answered, messages_, [this] { messages_->dismissFrom(predict_); });
  connect(query_, &QueryPage::failed, messages_, &MessageBar::showError);
  connect(coercion_, &CoercionPage::failed, messages_, &MessageBar::showError);
  connect(evaluate_, &EvaluatePage::failed, messages_, &MessageBar::showError);
  connect(evaluate_, &EvaluatePage::informed, this, [this](const QString& s) { statusBar()->showMessage(s, 8000); });
  connect(query_, &QueryPage::informed, this, [this](const QString& s) { statusBar()->showMessage(s, 8000); });
  connect(train_, &TrainPage::informed, this, [this](const QString& s) { statusBar()->showMessage(s, 8000); });
  connect(cloud_, &CloudPage::failed, messages_, &MessageBar::showError);
  navigation_->setCurrentRow(0);
  tour_ = new Tour(this);
  tourPanel_ = new TourPanel(tour_, this);
  addDockWidget(Qt::RightDockWidgetArea, tourPanel_);
  tourPanel_->hide();
  buildMenus();
  followJobs();
  statusBar()->showMessage(tr("Ready. New here? Help > Guided Tour (F1) walks through the LED story."));
  setAcceptDrops(true);
  resize(1400, 860);
  restoreGeometry(Settings::windowGeometry());
}

// Every long job reports to the status bar, where it can be followed and cancelled from any page.
void MainWindow::followJobs() {
  jobs_ = new JobStatus(this);
  statusBar()->addPermanentWidget(jobs_);
  connect(train_, &TrainPage::jobProgress, jobs_, [this](const QString& what, double fraction) {
    jobs_->update(train_, what, fraction, [this] { train_->cancel(); });
  });
  connect(train_, &TrainPage::jobEnded, jobs_, [this] { jobs_->end(train_); });
  connect(session_, &DeniableSession::setUpProgress, jobs_, [this](const QString& text, double fraction) {
    jobs_->update(session_, text, fraction, [this] { session_->cancelSetUp(); });
  });
  connect(session_, &DeniableSession::cloudChanged, jobs_, [this] {
    if (!session_->busy()) jobs_->end(session_);
  });
  for (JobBar* bar : evaluate_->findChildren<JobBar*>()) {
    connect(bar, &JobBar::jobProgress, jobs_, [this, bar](const QString& status, double fraction) {
      jobs_->update(bar, status, fraction, [bar] { bar->cancel(); });
    });
    connect(bar, &JobBar::jobEnded, jobs_, [this, bar] { jobs_->end(bar); });
  }
}

void MainWindow::closeEvent(QCloseEvent* event) {
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

void MainWindow::addPage(const QString& id, const QString& title, const QString& icon, QWidget* page) {
  auto* item = new QListWidgetItem(QIcon(icon), title, navigation_);
  item->setData(Qt::UserRole, id);
  item->setSizeHint(QSize(140, 40));
  page->setObjectName(id);
  pages_->addWidget(page);
}

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
  if (path.endsWith(".ledkey", Qt::CaseInsensitive)) scramble_->loadKeyFile(path);
  else scramble_->loadImageFile(path);
}

void MainWindow::openDialog() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open"), QString(),
                                                    tr("Images, keys, queries, models and projects (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pnm *.ppm *.pgm *.ledkey *.ledq *.ledmodel *.ledproj);;All files (*)"));
  if (!path.isEmpty()) openFile(path);
}

void MainWindow::openProject(const QString& path) {
  runInBackground<LoadedProject>(
      this, [path] { return loadProject(path); },
      [this, path](LoadedProject loaded) {
        const QStringList missing = restoreProject(*this, loaded);
        for (QUndoStack* stack : std::as_const(pageUndo_)) stack->clear();  // a project's values are no one's edits
        setProjectPath(path);
        if (missing.isEmpty()) statusBar()->showMessage(tr("Opened the project %1.").arg(path), 8000);
        else messages_->showError(missing.join(' '));
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
  CapturedProject captured;
  const QString error = failureOf([&] { captured = captureProject(*this, path); });
  if (!error.isEmpty()) return messages_->showError(error);
  runInBackground<bool>(
      this,
      [captured, path] {
        writeCapturedProject(path, captured);
        return true;
      },
      [this, path, captured](bool) {
        Settings::addRecentFile(path);
        setProjectPath(path);
        QString note = tr("Project saved to %1.").arg(path);
        if (captured.keyToWrite) note += " " + tr("The Scramble page's key was saved beside it as %1 (readable by you only).").arg(captured.keyPath);
        if (captured.session) note += " " + tr("The cloud session (keys, models, guide pads, last query) was saved in %1 (readable by you only).").arg(captured.sessionPath);
        if (captured.audit) note += " " + tr("The Evaluate page's audit was saved in %1.").arg(captured.auditPath);
        statusBar()->showMessage(note, 10000);
        emit projectSaved(path);
      },
      [this](const QString& error) { messages_->showError(error); });
}

void MainWindow::exportPage(const QString& pngPath) {
  const PageSnapshot snapshot = snapshotPage(pages_->currentWidget());
  runInBackground<QStringList>(
      this, [snapshot, pngPath] { return writeSnapshot(snapshot, pngPath); },
      [this](QStringList written) {
        statusBar()->showMessage(tr("Exported %1").arg(written.join(", ")), 10000);
        emit pageExported(written);
      },
      [this](const QString& error) { messages_->showError(error); });
}

void MainWindow::exportPageDialog() {
  const QString suggested = pages_->currentWidget()->objectName().toLower() + ".png";
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
  if (Tour::savedStep() > 0) tour_->resume();
  else tour_->start();
}

void MainWindow::showAbout() {
  AboutDialog dialog(this);
  dialog.exec();
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
  edit->addAction(tr("&Preferences…"), QKeySequence(tr("Ctrl+,")), this, &MainWindow::showPreferences)->setMenuRole(QAction::PreferencesRole);

  QMenu* go = menuBar()->addMenu(tr("&Go"));
  for (int i = 0; i < navigation_->count(); ++i)
    go->addAction(navigation_->item(i)->icon(), navigation_->item(i)->text(), QKeySequence(QString("Ctrl+%1").arg(i + 1)), this,
                  [this, i] { navigation_->setCurrentRow(i); });

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("Guided &Tour"), QKeySequence(Qt::Key_F1), this, &MainWindow::showTour);
  help->addAction(tr("Restart the Tour"), tour_, &Tour::start);
  help->addSeparator();
  help->addAction(tr("&About LED Studio"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
  help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

}  // namespace led::ui
