// The application around the pages, offscreen with real widgets: settings that persist (recent files,
// appearance, language, geometry), light and dark appearance reaching the plots, the menus' shortcuts,
// opening images, keys and queries (and refusing what is none), Preferences and About.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <qcustomplot.h>

#include "ui/MainWindow.h"
#include "TestSupport.h"
#include "ui/cloud/CloudPage.h"
#include "ui/query/QueryPage.h"
#include "ui/scramble/SchemeControls.h"
#include "ui/scramble/ScramblePage.h"
#include "ui/train/TrainPage.h"
#include "ui/common/MessageBar.h"
#include "core/shared/deniable/GuidePad.h"
#include "core/user/query/Compose.h"
#include "core/shared/deniable/Query.h"
#include "core/shared/deniable/QueryFile.h"
#include "ui/coercion/CoercionPage.h"
#include "ui/evaluate/AuditPanel.h"
#include "ui/evaluate/EvaluatePage.h"
#include "ui/evaluate/MeasurePlot.h"
#include "ui/evaluate/SweepPanel.h"
#include "core/user/keys/Key.h"
#include "core/user/schemes/SchemeRegistry.h"
#include "core/shared/random/RandomSource.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/PreferencesDialog.h"
#include "ui/shell/Settings.h"
#include "ui/shell/Theme.h"
#include "ui/shell/Presentation.h"
#include "ui/shell/UserGuide.h"
#include "Contrast.h"
#include "LanguagesAndScreens.h"
#include <QLabel>

using namespace led;
using namespace led::ui;

namespace {

QString currentPage(MainWindow& window) { return window.findChild<QStackedWidget*>()->currentWidget()->objectName(); }

QAction* actionWithShortcut(MainWindow& window, const QKeySequence& keys) {
  for (QAction* action : window.menuBar()->findChildren<QAction*>())
    if (action->shortcut() == keys) return action;
  return nullptr;
}

bool isDark(const QColor& c) { return c.lightness() < 110; }

}  // namespace

class TestShell : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

  QString path(const QString& name) const { return dir_.filePath(name); }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    // Settings go to a fresh folder, never to the user's own.
    test::keepSettingsIn(dir_.filePath("config"));
    QCoreApplication::setApplicationName("tst_shell");
  }

  void recentFilesAreFewUniqueAndNewestFirst() {
    Settings::clearRecentFiles();
    for (int i = 0; i < 10; ++i) Settings::addRecentFile(path(QString("f%1.png").arg(i)));
    QStringList files = Settings::recentFiles();
    QCOMPARE(files.size(), Settings::kRecentFiles);
    QCOMPARE(files.first(), path("f9.png"));
    QCOMPARE(files.last(), path("f2.png"));
    Settings::addRecentFile(path("f5.png"));
    files = Settings::recentFiles();
    QCOMPARE(files.first(), path("f5.png"));
    QCOMPARE(files.count(path("f5.png")), 1);
    Settings::clearRecentFiles();
    QVERIFY(Settings::recentFiles().isEmpty());
  }

  void settingsRefuseUnknownValues() {
    QSettings().setValue("appearance", "purple");
    QCOMPARE(Settings::appearance(), Appearance::System);
    QSettings().setValue("language", "xx");
    QCOMPARE(Settings::language(), QString());
    for (Appearance a : {Appearance::System, Appearance::Light, Appearance::Dark}) QCOMPARE(appearanceNamed(appearanceName(a)), a);
    Settings::setLanguage("ja");
    QCOMPARE(Settings::language(), QString("ja"));
    Settings::setLanguage("");
  }

  void darkAndLightReachThePlots() {
    const QString systemStyle = QApplication::style()->name();
    MeasurePlot plot("t", "x", "y");
    auto* inner = plot.findChild<QCustomPlot*>();
    QVERIFY(inner);
    applyAppearance(Appearance::Dark);
    QVERIFY(isDark(QApplication::palette().color(QPalette::Window)));
    QTRY_VERIFY(!isDark(inner->xAxis->tickLabelColor()));  // light labels on a dark plot (palette events are posted)
    QCOMPARE(inner->xAxis->tickLabelColor(), plot.palette().color(QPalette::Text));
    applyAppearance(Appearance::Light);
    QVERIFY(!isDark(QApplication::palette().color(QPalette::Window)));
    QTRY_VERIFY(isDark(inner->xAxis->tickLabelColor()));
    applyAppearance(Appearance::System);
    QCOMPARE(QApplication::style()->name(), systemStyle);
  }

  void preferencesApplyAndPersist() {
    PreferencesDialog dialog;
    dialog.appearanceBox()->setCurrentIndex(dialog.appearanceBox()->findData("dark"));
    QCOMPARE(Settings::appearance(), Appearance::Dark);
    QVERIFY(isDark(QApplication::palette().color(QPalette::Window)));
    dialog.appearanceBox()->setCurrentIndex(dialog.appearanceBox()->findData("system"));
    QCOMPARE(Settings::appearance(), Appearance::System);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData("zh_TW"));
    QCOMPARE(Settings::language(), QString("zh_TW"));
    PreferencesDialog again;
    QCOMPARE(again.languageBox()->currentData().toString(), QString("zh_TW"));
    Settings::setLanguage("");
  }

  void aboutNamesEveryLicence() {
    AboutDialog about;
    auto* tabs = about.findChild<QTabWidget*>("aboutTabs");
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    const QString licences = qobject_cast<QTextBrowser*>(tabs->widget(1))->toPlainText();
    for (const char* expected : {"Qt", "LGPL-3.0", "LibTorch", "BSD-3-Clause", "OpenCV", "Apache-2.0", "QCustomPlot", "GPL-3.0", "zlib"})
      QVERIFY2(licences.contains(expected), expected);
    const QString samples = qobject_cast<QTextBrowser*>(tabs->widget(2))->toPlainText();
    QVERIFY(samples.contains("MIT"));
    QVERIFY(samples.contains("CC0"));
  }

  void everyPageByNameAndShortcut() {
    MainWindow window;
    window.show();
    const QStringList names = window.pageNames();
    QCOMPARE(names, QStringList({"Scramble", "Query", "Cloud", "Train", "Predict", "Coercion", "Evaluate"}));
    for (const QString& name : names) {
      QVERIFY(window.showPage(name.toLower()));
      QCOMPARE(currentPage(window), name);
    }
    QVERIFY(!window.showPage("Nowhere"));
    for (int i = 0; i < names.size(); ++i) {
      QAction* go = actionWithShortcut(window, QKeySequence(QString("Ctrl+%1").arg(i + 1)));
      QVERIFY(go);
      go->trigger();
      QCOMPARE(currentPage(window), names[i]);
    }
    QVERIFY(actionWithShortcut(window, QKeySequence::Open));
    QVERIFY(actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
  }

  void opensAQueryOnTheCloudPage() {
    StreamRandom random(7);
    OsRandom os;
    const std::string pad = path("p.ledpad").toStdString();
    GuidePad::generate(16, 2, os).write(pad);
    const PadEntry entry = GuidePad::takeNext(pad);
    const Key key = generateKey({SchemeParams::defaults(SchemeId::Le), {16, 16, 3}}, random);
    const ComposedQuery c = composeNormal(test::gradientImage({16, 16, 3}), test::randomImage({16, 16, 3}, 4), {key}, entry, random);
    writeQueryFile(path("q.ledq").toStdString(), c.query);

    Settings::clearRecentFiles();
    MainWindow window;
    window.show();
    window.openFile(path("q.ledq"));
    QCOMPARE(currentPage(window), QString("Cloud"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.cloudPage()->shownImages()[0].isNull(), 10000);
    QCOMPARE(window.cloudPage()->shownImages()[0].width(), 16);
    QVERIFY(!window.cloudPage()->shownImages()[2].isNull());  // the garbled guide
    QCOMPARE(Settings::recentFiles().first(), path("q.ledq"));
  }

  void refusesWhatIsNoFileAndKeepsWorking() {
    MainWindow window;
    window.show();
    window.openFile(path("missing.png"));
    QVERIFY(window.messageBar()->isVisible());
    QVERIFY(window.messageBar()->text().contains("missing.png"));
    test::writeBytes(path("broken.ledq"), {'L', 'E', 'D', 'Q', 'U', 'E', 'R', 'Y', 1, 2, 3});
    window.openFile(path("broken.ledq"));
    QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->text().contains("broken.ledq"), 10000);
    QVERIFY(window.cloudPage()->shownImages()[0].isNull());
    QVERIFY(window.showPage("Scramble"));  // the window still works
  }

  // Edit > Undo and Redo act on the page shown: the Train, Query, Coercion and Evaluate pages'
  // settings step back and forth, successive steps of one control merge, and each page keeps its own history.
  void settingsEditsUndoPageByPage() {
    MainWindow window;
    window.show();
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    for (QAction* a : window.findChildren<QAction*>()) {
      if (a->shortcut() == QKeySequence(QKeySequence::Undo)) undo = a;
      if (a->shortcut() == QKeySequence(QKeySequence::Redo)) redo = a;
    }
    QVERIFY(undo && redo);
    window.showPage("Train");
    auto* epochs = window.trainPage()->findChild<QSpinBox*>("epochs");
    auto* noise = window.trainPage()->findChild<QSpinBox*>("pixelNoise");
    epochs->setValue(11);
    epochs->setValue(12);  // merges with the step before
    noise->setValue(8);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains("Pixel noise"), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(noise->value(), 0);
    QVERIFY2(undo->text().contains("Epochs"), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(epochs->value(), 10);
    QVERIFY(!undo->isEnabled());
    redo->trigger();
    QCOMPARE(epochs->value(), 12);

    window.showPage("Query");
    QVERIFY(!undo->isEnabled());  // the Query page has its own history, empty so far
    auto* members = window.queryPage()->findChild<QSpinBox*>("members");
    const int before = members->value();
    members->setValue(before + 2);
    undo->trigger();
    QCOMPARE(members->value(), before);
    QCOMPARE(epochs->value(), 12);  // the Train page untouched
    window.showPage("Train");
    QVERIFY(undo->isEnabled() && redo->isEnabled());  // its history waits where it was left
    redo->trigger();
    QCOMPARE(noise->value(), 8);

    window.showPage("Evaluate");
    auto* sweepEpochs = window.evaluatePage()->sweep()->findChild<QSpinBox*>("epochs");
    const int sweepBefore = sweepEpochs->value();
    sweepEpochs->setValue(sweepBefore + 3);
    auto* auditSize = window.evaluatePage()->audit()->findChild<QComboBox*>("size");
    auditSize->setCurrentIndex(2);
    QVERIFY2(undo->text().endsWith("Change Size"), qPrintable(undo->text()));  // the label, without its colon
    undo->trigger();
    QCOMPARE(auditSize->currentIndex(), 1);
    undo->trigger();
    QCOMPARE(sweepEpochs->value(), sweepBefore);
    window.showPage("Coercion");
    auto* mode = window.coercionPage()->findChild<QComboBox*>("fakeKeyMode");
    mode->setCurrentIndex(1);
    QVERIFY2(undo->text().endsWith("Change Fake key construction"), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(mode->currentIndex(), 0);
  }

  // Save Project and open it in a fresh window: pages, images, the key (saved beside the project,
  // owner-only, since no file held it), settings and the Train page's results come back; a reference to a vanished file and a
  // damaged project each give a sentence, and the window keeps working.
  void projectsRestoreTheWorkingState() {
    const QString photo = path("photo.png");
    QVERIFY(QImage(24, 16, QImage::Format_RGB888).save(photo));
    const QString project = path("lesson.ledproj");
    std::string fingerprint;
    {
      MainWindow window;
      window.show();
      QSignalSpy ready(window.scramblePage(), &ScramblePage::ready);
      window.scramblePage()->schemeControls()->setParams(SchemeParams::defaults(SchemeId::Etc));
      window.scramblePage()->loadSample("cat");
      QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0 && !window.scramblePage()->busy(), 30000);
      fingerprint = window.scramblePage()->key()->fingerprint();
      window.queryPage()->openImage(0, photo);
      QTRY_COMPARE_WITH_TIMEOUT(window.queryPage()->imageSource(0), photo, 10000);
      window.queryPage()->findChild<QSpinBox*>("members")->setValue(3);
      window.trainPage()->findChild<QSpinBox*>("epochs")->setValue(7);
      window.trainPage()->findChild<QDoubleSpinBox*>("learningRate")->setValue(0.0015);
      led::EpochMetrics first{1, 0.61, 0.78, 0.52, 0.811, 20.5, 0, ""}, second{2, 0.4, 0.86, 0.41, 0.8537, 19.25, 0, ""};
      window.trainPage()->showResults({{first, second}, "Ensemble test accuracy: 1: 85.37 %"});
      led::CalibrationPoint point{SchemeParams::defaults(SchemeId::Rmt), 0.8125, {0.3, 0.7, 0.2}};
      point.params.noise = 25;
      window.evaluatePage()->sweep()->showPoints({point});
      window.evaluatePage()->sweep()->findChild<QSpinBox*>("epochs")->setValue(5);
      window.showPage("Train");
      QSignalSpy saved(&window, &MainWindow::projectSaved);
      window.saveProject(project);
      QVERIFY(saved.wait(10000));
    }
    const QString key = path("lesson-scramble.ledkey");
    QVERIFY(QFile::exists(key));
    QCOMPARE(int(QFile::permissions(key) & (QFile::ReadGroup | QFile::ReadOther)), 0);
    QCOMPARE(Settings::recentFiles().first(), project);

    MainWindow restored;
    restored.show();
    QSignalSpy opened(&restored, &MainWindow::projectOpened);
    restored.openFile(project);
    QVERIFY(opened.wait(10000));
    QCOMPARE(currentPage(restored), QString("Train"));
    QCOMPARE(restored.trainPage()->findChild<QSpinBox*>("epochs")->value(), 7);
    QCOMPARE(restored.trainPage()->findChild<QDoubleSpinBox*>("learningRate")->value(), 0.0015);
    QCOMPARE(restored.queryPage()->findChild<QSpinBox*>("members")->value(), 3);
    const TrainPage::Results results = restored.trainPage()->results();
    QCOMPARE(int(results.epochs.size()), 2);
    QCOMPARE(results.epochs[1].testAccuracy, 0.8537);  // exactly
    QCOMPARE(results.epochs[0].seconds, 20.5);
    QCOMPARE(results.ensemble, QString("Ensemble test accuracy: 1: 85.37 %"));
    QCOMPARE(restored.trainPage()->epochTable()->rowCount(), 2);
    QCOMPARE(restored.trainPage()->epochTable()->item(1, 4)->text(), QString("85.37"));
    SweepPanel* sweep = restored.evaluatePage()->sweep();
    QCOMPARE(int(sweep->points().size()), 1);
    QCOMPARE(sweep->points()[0].params.scheme, SchemeId::Rmt);
    QCOMPARE(sweep->points()[0].params.noise, 25.0);
    QCOMPARE(sweep->points()[0].accuracy, 0.8125);
    QCOMPARE(sweep->points()[0].privacy.misusability, 0.2);
    QCOMPARE(sweep->table()->rowCount(), 1);
    QCOMPARE(sweep->plots()[0]->pointCount(), 1);
    QCOMPARE(sweep->findChild<QSpinBox*>("epochs")->value(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(restored.queryPage()->imageSource(0), photo, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(restored.scramblePage()->key() && restored.scramblePage()->key()->fingerprint() == fingerprint, 30000);
    QCOMPARE(restored.scramblePage()->imageSource(), QString("sample:cat"));
    QCOMPARE(restored.scramblePage()->schemeControls()->params().scheme, SchemeId::Etc);
    QVERIFY(restored.windowTitle().contains("lesson.ledproj"));

    QVERIFY(QFile::remove(photo));
    MainWindow missing;
    missing.show();
    missing.openFile(project);
    QTRY_VERIFY_WITH_TIMEOUT(missing.messageBar()->text().contains("photo.png"), 10000);

    test::writeBytes(path("broken.ledproj"), {'L', 'E', 'D', 'P', 'R', 'O', 'J', '\n', 1, 0, 0, 0, 9});
    missing.openFile(path("broken.ledproj"));
    QTRY_VERIFY_WITH_TIMEOUT(missing.messageBar()->text().contains("broken.ledproj"), 10000);
    QVERIFY(missing.showPage("Query"));
  }

  // File > Export Page: the page as PNG and every visible table beside it as CSV.
  void exportPageWritesPictureAndTables() {
    MainWindow window;
    window.show();
    window.showPage("Train");
    auto* table = window.trainPage()->epochTable();
    table->setRowCount(1);
    table->setItem(0, 0, new QTableWidgetItem("1"));
    table->setItem(0, 1, new QTableWidgetItem("0.5, \"low\""));
    QSignalSpy exported(&window, &MainWindow::pageExported);
    window.exportPage(path("train.png"));
    QVERIFY(exported.wait(10000));
    const QStringList files = exported.first().first().toStringList();
    QVERIFY(files.contains(path("train.png")));
    QVERIFY(files.contains(path("train-epochTable.csv")));
    QCOMPARE(QImage(path("train.png")).size(), window.trainPage()->size());
    QFile csv(path("train-epochTable.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith("\"epoch\""));
    QVERIFY(lines[1].startsWith("\"1\",\"0.5, \"\"low\"\"\""));

    window.exportPage(path("no-such-folder/x.png"));
    QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->text().contains("x.png"), 10000);
  }

  void geometryIsRemembered() {
    {
      MainWindow window;
      window.show();
      window.resize(1100, 900);
      QVERIFY(QTest::qWaitForWindowExposed(&window));
      window.close();
    }
    QVERIFY(!Settings::windowGeometry().isEmpty());
    MainWindow again;
    QCOMPARE(again.size(), QSize(1100, 900));
  }

  // Secondary text (hints, captions, the Evaluate legend: the placeholder role) reads at WCAG AA's 4.5:1
  // on every page, in the light, dark and system appearances.
  void secondaryTextIsReadable() {
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (Appearance appearance : {Appearance::Light, Appearance::Dark, Appearance::System}) {
      applyAppearance(appearance);
      QCoreApplication::processEvents();
      const QColor page = window.palette().color(QPalette::Window);
      QStringList faint;
      int checked = 0;
      for (const QString& name : window.pageNames()) {
        window.showPage(name);
        QCoreApplication::processEvents();
        for (QLabel* label : window.findChild<QStackedWidget*>()->currentWidget()->findChildren<QLabel*>()) {
          if (label->foregroundRole() != QPalette::PlaceholderText || label->text().isEmpty() || !label->isVisibleTo(&window)) continue;
          ++checked;
          const double ratio = test::textContrast(label, page);
          if (ratio < 4.5) faint << QString("%1: \"%2\" at %3:1").arg(name, label->text().left(40)).arg(ratio, 0, 'f', 2);
        }
      }
      QVERIFY2(checked >= 5, qPrintable(QString("only %1 secondary labels found").arg(checked)));
      QVERIFY2(faint.isEmpty(), qPrintable(appearanceName(appearance) + ":\n" + faint.join('\n')));
    }
    applyAppearance(Appearance::System);
  }

  // A user's first start: the real program, no saved settings, on a screen of the row's size. The whole
  // window fits the screen and fills most of it (without a window manager nothing shrinks it).
  void firstStartFitsTheScreen_data() {
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QString>("language");
    QTest::newRow("1280x720") << QSize(1280, 720) << "en";
    QTest::newRow("1024x768") << QSize(1024, 768) << "en";
    QTest::newRow("1280x720 ja") << QSize(1280, 720) << "ja";
  }

  void firstStartFitsTheScreen() {
    QFETCH(QSize, screen);
    QFETCH(QString, language);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QFile config(home.filePath("screen.json"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(
        QString(
            R"({"screens": [{"name": "first", "x": 0, "y": 0, "width": %1, "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
            .arg(screen.width())
            .arg(screen.height())
            .toUtf8());
    config.close();
    QProcess studio;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName());
    environment.insert("HOME", home.path());
    environment.insert("XDG_CONFIG_HOME", home.filePath("config"));
    environment.insert("XDG_DATA_HOME", home.filePath("data"));
    studio.setProcessEnvironment(environment);
    const QString shot = home.filePath("first.png");
    studio.start(LED_STUDIO_PATH, {"--language", language, "--screenshot", shot});
    QVERIFY(studio.waitForFinished(120000));
    QVERIFY2(studio.exitCode() == 0, studio.readAllStandardError().constData());
    const QImage window(shot);
    QVERIFY(!window.isNull());
    QVERIFY2(window.width() <= screen.width() && window.height() <= screen.height(),
             qPrintable(QString("the first window is %1x%2 on a %3x%4 screen")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(screen.width())
                            .arg(screen.height())));
    QVERIFY2(window.width() >= screen.width() * 3 / 4 && window.height() >= screen.height() * 3 / 4,
             qPrintable(QString("the first window is only %1x%2").arg(window.width()).arg(window.height())));
  }

  // Help > User Guide shows the guide compiled into the program, whatever folder it runs from.
  void helpShowsTheUserGuide() {
    MainWindow window;
    window.show();
    QAction* guide = nullptr;
    for (QAction* a : window.menuBar()->findChildren<QAction*>())
      if (a->text() == tr("&User Guide")) guide = a;
    QVERIFY(guide);
    guide->trigger();
    auto* shown = window.findChild<UserGuide*>("userGuide");
    QVERIFY(shown && shown->isVisible());
    QVERIFY2(shown->text().contains("The desktop application") && shown->text().contains("View > Presentation"),
             qPrintable(shown->text().left(200)));
  }

  // View > Presentation: full screen and text half as large again, bold labels included; leaving it
  // restores both. Zoom In and Actual Size step the text and come back to where it was.
  void presentationEnlargesTextAndLeavesAsItWas() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLabel* answer = window.queryPage()->findChild<QLabel*>("answer");
    const double text = QApplication::font().pointSizeF(), bold = answer->font().pointSizeF();
    QVERIFY(answer->font().bold());
    window.presentation()->zoomIn();
    QVERIFY(QApplication::font().pointSizeF() > text);
    QTRY_VERIFY(answer->font().pointSizeF() > bold && answer->font().bold());  // fonts reach widgets as posted events
    window.presentation()->resetZoom();
    QCOMPARE(QApplication::font().pointSizeF(), text);
    auto* presenting = window.findChild<QAction*>("presentationAction");
    QVERIFY(presenting);
    QCOMPARE(presenting->shortcut(), QKeySequence(Qt::Key_F5));
    presenting->trigger();
    QVERIFY(window.presentation()->presenting() && presenting->isChecked());
    QCOMPARE(window.presentation()->zoom(), 150);
    QCOMPARE(QApplication::font().pointSizeF(), 1.5 * text);
    QTRY_VERIFY(window.isFullScreen());
    presenting->trigger();
    QCOMPARE(QApplication::font().pointSizeF(), text);
    QTRY_COMPARE(answer->font().pointSizeF(), bold);
    QTRY_VERIFY(!window.isFullScreen());
  }

  // At a projector's and a screen's size, in every language, every label on every page shows all of its
  // text: a wrapped one is as tall as its text needs at its width, another as wide as its text. Runs
  // last: each language's translators stay installed.
  void everyLabelShowsAllOfItsText_data() { test::addLanguageAndScreenRows({QSize(1280, 720), QSize(1920, 1080)}); }

  void everyLabelShowsAllOfItsText() {
    const auto shown = test::mainWindowForRow();
    QVERIFY(shown);
    MainWindow& window = *shown;
    QStringList clipped;
    for (const QString& name : window.pageNames()) {
      window.showPage(name);
      test::settleLayouts();
      for (QLabel* label : window.findChild<QStackedWidget*>()->currentWidget()->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(&window) || label->text().isEmpty()) continue;
        const bool fits = label->wordWrap() ? label->height() >= label->heightForWidth(label->width()) - 1
                                            : label->width() >= label->minimumSizeHint().width() - 1;
        if (!fits)
          clipped << QString("%1: \"%2\" is %3x%4, needs %5")
                         .arg(name, label->text().left(50))
                         .arg(label->width())
                         .arg(label->height())
                         .arg(label->wordWrap() ? QString("height %1").arg(label->heightForWidth(label->width()))
                                                : QString("width %1").arg(label->minimumSizeHint().width()));
      }
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join('\n')));
  }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
