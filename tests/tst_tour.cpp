// The guided tour with real widgets, offscreen, clicked as a teacher would: every step shows its page,
// "Do it" does that step's part (and what earlier steps it needs) on the real pages, Back and Next move,
// Leave hides the tour and Help > Guided Tour resumes at the same step, Finish forgets it.
#include <QAction>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include "ui/MainWindow.h"
#include "TestSupport.h"
#include "ui/coercion/CoercionPage.h"
#include "ui/session/DeniableSession.h"
#include "ui/scramble/SchemeControls.h"
#include "ui/scramble/ScramblePage.h"
#include "ui/tour/Tour.h"
#include "ui/tour/TourPanel.h"
#include "LanguagesAndScreens.h"

using namespace led;
using namespace led::ui;

class TestTour : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  MainWindow* window_ = nullptr;

  QString page() const { return window_->findChild<QStackedWidget*>()->currentWidget()->objectName(); }
  QPushButton* button(const char* name) const { return window_->tourPanel()->findChild<QPushButton*>(name); }
  void click(const char* name) { QTest::mouseClick(button(name), Qt::LeftButton); }
  void doIt() {
    QVERIFY(button("tourAct")->isVisible());
    click("tourAct");
    QTRY_VERIFY_WITH_TIMEOUT(!window_->tour()->busy(), 180000);
    QVERIFY(button("tourAct")->isEnabled());
  }
  QAction* helpAction(const QString& text) const {
    for (QAction* a : window_->menuBar()->findChildren<QAction*>())
      if (a->text() == text) return a;
    return nullptr;
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    test::keepSettingsIn(dir_.filePath("config"));
    window_ = new MainWindow;
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_));
  }

  void cleanupTestCase() { delete window_; }

  void startsHiddenAndOpensFromHelp() {
    QVERIFY(!window_->tourPanel()->isVisible());
    QAction* tour = helpAction(tr("Guided &Tour"));
    QVERIFY(tour);
    QCOMPARE(tour->shortcut(), QKeySequence(Qt::Key_F1));
    tour->trigger();
    QVERIFY(window_->tourPanel()->isVisible());
    QCOMPARE(window_->tour()->current(), 0);
    QCOMPARE(page(), QString("Scramble"));
    QVERIFY(!button("tourBack")->isEnabled());
  }

  // One scheme throughout: the dog is scrambled with le, the scheme of the query's models.
  void stepOneScramblesTheDogWithLe() {
    doIt();
    QCOMPARE(window_->scramblePage()->schemeControls()->params().scheme, SchemeId::Le);
    QTRY_VERIFY_WITH_TIMEOUT(!window_->scramblePage()->busy() && window_->scramblePage()->key(), 30000);
    QCOMPARE(window_->scramblePage()->key()->scheme(), SchemeId::Le);
  }

  void stepTwoComposesTheQuery() {
    click("tourNext");
    QCOMPARE(window_->tour()->current(), 1);
    QCOMPARE(page(), QString("Query"));
    QVERIFY(!window_->session()->composed());
    doIt();
    QVERIFY(window_->session()->cloudReady());
    QVERIFY(window_->session()->composed());
    QVERIFY(!window_->session()->cloudResult());
    QCOMPARE(window_->session()->composed()->query.scheme, window_->scramblePage()->key()->scheme());
  }

  void stepThreeTheCloudAnswers() {
    click("tourNext");
    QCOMPARE(page(), QString("Cloud"));
    doIt();
    QVERIFY(window_->session()->cloudResult());
  }

  void stepFourOpensWithTrueAndFakeKeys() {
    click("tourNext");
    QCOMPARE(page(), QString("Coercion"));
    doIt();
    QTRY_VERIFY_WITH_TIMEOUT(!window_->coercionPage()->trueLabel().isEmpty() && !window_->coercionPage()->fakeLabel().isEmpty(), 30000);
    QVERIFY(window_->coercionPage()->trueLabel() != window_->coercionPage()->fakeLabel());
  }

  void stepFiveCatchesThePapersFakeKey() {
    click("tourNext");
    doIt();
    QTRY_VERIFY_WITH_TIMEOUT(!window_->coercionPage()->meterBusy(), 60000);
    QVERIFY2(window_->coercionPage()->meterVerdict().startsWith("Caught"), qPrintable(window_->coercionPage()->meterVerdict()));
  }

  void backAndLeaveAndResume() {
    click("tourBack");
    QCOMPARE(window_->tour()->current(), 3);
    click("tourNext");
    click("tourNext");
    QCOMPARE(window_->tour()->current(), 5);
    QCOMPARE(page(), QString("Predict"));
    QVERIFY(!button("tourAct")->isVisible());  // the last step only shows
    click("tourLeave");
    QVERIFY(!window_->tourPanel()->isVisible());
    window_->showPage("Scramble");
    QCOMPARE(Tour::savedStep(), 5);
    helpAction(tr("Guided &Tour"))->trigger();
    QVERIFY(window_->tourPanel()->isVisible());
    QCOMPARE(window_->tour()->current(), 5);
    QCOMPARE(page(), QString("Predict"));
  }

  void finishForgetsTheStep() {
    QCOMPARE(button("tourNext")->text(), tr("Finish"));
    click("tourNext");
    QVERIFY(!window_->tourPanel()->isVisible());
    QCOMPARE(Tour::savedStep(), 0);
    helpAction(tr("Guided &Tour"))->trigger();
    QCOMPARE(window_->tour()->current(), 0);
  }

  // Jumping straight to a late step does the earlier steps' parts first.
  void aLateStepDoesWhatItNeeds() {
    MainWindow fresh;
    fresh.show();
    fresh.tour()->go(2);
    QCOMPARE(fresh.findChild<QStackedWidget*>()->currentWidget()->objectName(), QString("Cloud"));
    fresh.tour()->act();
    QTRY_VERIFY_WITH_TIMEOUT(!fresh.tour()->busy(), 180000);
    QVERIFY(fresh.session()->cloudResult());
  }

  // A projector's 1280x720 (and 1024x768): at every step, in every language, the tour leaves the window
  // that size and Back, Next and Leave inside it. Runs last: each language's translators stay installed.
  void theTourFitsAProjector_data() { test::addLanguageAndScreenRows({QSize(1280, 720), QSize(1024, 768)}); }

  void theTourFitsAProjector() {
    QFETCH(QSize, screen);
    const auto shown = test::mainWindowForRow();
    QVERIFY(shown);
    MainWindow& window = *shown;
    for (int step = 0; step < window.tour()->count(); ++step) {
      window.tour()->go(step);
      test::settleLayouts();
      window.resize(screen);
      QCoreApplication::processEvents();
      const QString where = QString("step %1: window %2x%3").arg(step + 1).arg(window.width()).arg(window.height());
      QVERIFY2(window.width() <= screen.width() && window.height() <= screen.height(), qPrintable(where));
      for (const char* name : {"tourBack", "tourNext", "tourLeave"}) {
        auto* b = window.tourPanel()->findChild<QPushButton*>(name);
        const QRect at(b->mapTo(&window, QPoint(0, 0)), b->size());
        QVERIFY2(b->isVisible() && window.rect().contains(at),
                 qPrintable(where + QString(", %1 at %2,%3").arg(name).arg(at.x()).arg(at.y())));
      }
    }
  }
};

QTEST_MAIN(TestTour)
#include "tst_tour.moc"
