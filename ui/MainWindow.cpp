#include "MainWindow.h"

#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

#include "cloud/CloudPage.h"
#include "coercion/CoercionPage.h"
#include "evaluate/EvaluatePage.h"
#include "common/MessageBar.h"
#include "query/DeniableSession.h"
#include "query/QueryPage.h"
#include "scramble/ScramblePage.h"
#include "predict/PredictPage.h"
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

  addPage(tr("Scramble"), ":/icons/scramble.svg", scramble_);
  addPage(tr("Query"), ":/icons/query.svg", query_);
  addPage(tr("Cloud"), ":/icons/cloud.svg", cloud_);
  addPage(tr("Train"), ":/icons/train.svg", train_);
  addPage(tr("Predict"), ":/icons/predict.svg", predict_);
  addPage(tr("Coercion"), ":/icons/coercion.svg", coercion_);
  addPage(tr("Evaluate"), ":/icons/evaluate.svg", evaluate_);

  auto* centre = new QWidget(this);
  auto* right = new QVBoxLayout;
  right->addWidget(messages_);
  right->addWidget(pages_, 1);
  auto* layout = new QHBoxLayout(centre);
  layout->addWidget(navigation_);
  layout->addLayout(right, 1);
  setCentralWidget(centre);

  connect(navigation_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
  connect(scramble_, &ScramblePage::failed, messages_, &MessageBar::showError);
  connect(scramble_, &ScramblePage::informed, this, [this](const QString& s) { statusBar()->showMessage(s, 8000); });
  connect(scramble_, &ScramblePage::ready, messages_, &QWidget::hide);
  connect(train_, &TrainPage::failed, messages_, &MessageBar::showError);
  connect(predict_, &PredictPage::failed, messages_, &MessageBar::showError);
  connect(predict_, &PredictPage::answered, messages_, &QWidget::hide);
  connect(query_, &QueryPage::failed, messages_, &MessageBar::showError);
  connect(coercion_, &CoercionPage::failed, messages_, &MessageBar::showError);
  connect(evaluate_, &EvaluatePage::failed, messages_, &MessageBar::showError);
  connect(evaluate_, &EvaluatePage::informed, this, [this](const QString& s) { statusBar()->showMessage(s, 8000); });
  connect(query_, &QueryPage::informed, this, [this](const QString& s) { statusBar()->showMessage(s, 8000); });
  connect(train_, &TrainPage::informed, this, [this](const QString& s) { statusBar()->showMessage(s, 8000); });
  navigation_->setCurrentRow(0);
  buildMenus();
  statusBar()->showMessage(tr("Ready"));
  resize(1400, 860);
}

void MainWindow::addPage(const QString& name, const QString& icon, QWidget* page) {
  auto* item = new QListWidgetItem(QIcon(icon), name, navigation_);
  item->setSizeHint(QSize(140, 40));
  page->setObjectName(name);
  pages_->addWidget(page);
}

bool MainWindow::showPage(const QString& name) {
  for (int i = 0; i < navigation_->count(); ++i)
    if (navigation_->item(i)->text().compare(name, Qt::CaseInsensitive) == 0) {
      navigation_->setCurrentRow(i);
      return true;
    }
  return false;
}

QStringList MainWindow::pageNames() const {
  QStringList names;
  for (int i = 0; i < navigation_->count(); ++i) names << navigation_->item(i)->text();
  return names;
}

void MainWindow::openFile(const QString& path) {
  showPage(tr("Scramble"));
  if (path.endsWith(".ledkey")) scramble_->loadKeyFile(path); else scramble_->loadImageFile(path);
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("&Open Image\u2026"), QKeySequence::Open, scramble_, &ScramblePage::openImageDialog);
  file->addAction(tr("Open &Dog Sample"), scramble_, [this] { scramble_->loadSample("dog"); });
  file->addAction(tr("Open &Cat Sample"), scramble_, [this] { scramble_->loadSample("cat"); });
  file->addSeparator();
  file->addAction(tr("&Load Key\u2026"), QKeySequence(tr("Ctrl+K")), scramble_, &ScramblePage::loadKeyDialog);
  file->addAction(tr("&Save Key\u2026"), QKeySequence::Save, scramble_, &ScramblePage::saveKeyDialog);
  file->addAction(tr("Save &Ciphertext\u2026"), QKeySequence(tr("Ctrl+Shift+S")), scramble_, &ScramblePage::saveCiphertextDialog);
  file->addSeparator();
  file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About LED Studio"), this, &MainWindow::about);
  help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::about() {
  QMessageBox::about(
      this, tr("About LED Studio"),
      tr("<h3>LED Studio %1</h3>"
         "<p>Learnable image encryption with deniability, made visible and testable.</p>"
         "<p>Built on Qt %2 (LGPL-3.0) and OpenCV (Apache-2.0).</p>"
         "<p>Sample photographs: the dog from the Darknet project by Joseph Redmon (MIT); "
         "\u201cChelsea the cat\u201d by Stefan van der Walt, from scikit-image (CC0).</p>")
          .arg(QApplication::applicationVersion(), qVersion()));
}

}  // namespace led::ui
