// The Query, Cloud and Coercion pages with real widgets, offscreen: the dog/cat round as a teacher
// clicks it, in the deniable and the normal process, the meter, the multi-query view, cancelling.
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include "MainWindow.h"
#include "cloud/CloudPage.h"
#include "coercion/CoercionPage.h"
#include "common/ImageConvert.h"
#include "common/ImageTile.h"
#include "common/MessageBar.h"
#include "image/Resize.h"
#include "query/DeniableSession.h"
#include "query/QueryPage.h"

using namespace led;
using namespace led::ui;

class TestQueryPages : public QObject {
  Q_OBJECT
  MainWindow* window_ = nullptr;

  QPushButton* button(const char* name) const { return window_->queryPage()->findChild<QPushButton*>(name); }

  void setUpCloud(int process) {
    window_->queryPage()->findChild<QComboBox*>("process")->setCurrentIndex(process);
    QTest::mouseClick(button("setUpCloud"), Qt::LeftButton);
    QVERIFY(window_->session()->busy());
    QTRY_VERIFY_WITH_TIMEOUT(!window_->session()->busy(), 120000);
    QVERIFY(window_->session()->cloudReady());
  }

  void composeAndSend() {
    QVERIFY(button("compose")->isEnabled());
    QTest::mouseClick(button("compose"), Qt::LeftButton);
    QVERIFY(button("send")->isEnabled());
    QTest::mouseClick(button("send"), Qt::LeftButton);
    QVERIFY(window_->session()->cloudResult().has_value());
    QVERIFY(!button("send")->isEnabled());  // one answer per query
  }

 private slots:
  void initTestCase() {
    window_ = new MainWindow;
    window_->show();
    QVERIFY(window_->showPage("Query"));
    QTRY_VERIFY_WITH_TIMEOUT(!window_->session()->image(0).empty() && !window_->session()->image(1).empty(), 10000);
  }
  void cleanupTestCase() { delete window_; }

  void deniableRoundShowsDogWithTrueKeysAndCatWithFakeKeys() {
    setUpCloud(0);
    composeAndSend();
    const int b = window_->session()->composed()->coin;
    QVERIFY(window_->queryPage()->coinText().contains(QString("b = %1").arg(b)));
    QVERIFY2(window_->queryPage()->answerText().contains("dog"), qPrintable(window_->queryPage()->answerText()));

    // The cloud shows ciphertexts and guides, never the plaintext it classified.
    QVERIFY(window_->showPage("Cloud"));
    const QImage dog = toQImage(conformTo(window_->session()->image(0), {32, 32, 3}));
    const QImage cat = toQImage(conformTo(window_->session()->image(1), {32, 32, 3}));
    for (const QImage& shown : window_->cloudPage()->shownImages()) QVERIFY(shown != dog && shown != cat);
    QCOMPARE(window_->cloudPage()->logText().count('\n'), 0);
    QVERIFY(!window_->cloudPage()->logText().contains("dog"));
    QTableWidget* predictions = window_->cloudPage()->predictions();
    QCOMPARE(predictions->item(b, 2)->text(), QString("dog"));
    QCOMPARE(predictions->item(1 - b, 2)->text(), QString("cat"));

    QVERIFY(window_->showPage("Coercion"));
    CoercionPage* coercion = window_->coercionPage();
    QVERIFY2(coercion->trueLabel().contains("dog"), qPrintable(coercion->trueLabel()));
    QVERIFY2(coercion->fakeLabel().contains("cat"), qPrintable(coercion->fakeLabel()));
    QVERIFY(coercion->trueGuide()->caption().contains(b == 0 ? "triangle" : "square"));
    QVERIFY(coercion->fakeGuide()->caption().contains(b == 0 ? "square" : "triangle"));
    QVERIFY(coercion->fakeGuide()->image() == toQImage(drawGuide(guideShapeFor(1 - b), 16)));

    // The paper's fake key opens to the same shape, and the meter catches it.
    coercion->setPaperMode(true);
    QTRY_VERIFY_WITH_TIMEOUT(!coercion->meterBusy(), 20000);
    QVERIFY2(coercion->meterVerdict().startsWith("Caught"), qPrintable(coercion->meterVerdict()));
    QVERIFY(coercion->fakeGuide()->image() == toQImage(drawGuide(guideShapeFor(1 - b), 16)));
    coercion->setPaperMode(false);
    QTRY_VERIFY_WITH_TIMEOUT(!coercion->meterBusy(), 20000);

    coercion->sendManyQueries();
    QVERIFY2(coercion->linkText().contains("One-time pad: 6 distinct"), qPrintable(coercion->linkText()));
    QVERIFY(coercion->linkText().contains("Fixed key: 6 queries show only"));

    // A second query takes the next pad entry; the log grows by one line.
    composeAndSend();
    QVERIFY(window_->session()->composed()->query.padIndex == 1);
    QCOMPARE(window_->cloudPage()->logText().count('\n'), 1);
  }

  void normalRoundHasADecoyAndNoFakeOpening() {
    setUpCloud(1);
    composeAndSend();
    const int b = window_->session()->composed()->coin;
    QVERIFY(window_->queryPage()->answerText().contains("dog"));
    QVERIFY(window_->cloudPage()->predictions()->item(1 - b, 1)->text().contains("decoy"));
    QVERIFY(window_->coercionPage()->trueLabel().contains("dog"));
    QVERIFY(window_->coercionPage()->fakeLabel().contains("keeps no key for the decoy"));
  }

  void settingUpCanBeCancelled() {
    QSignalSpy failed(window_->session(), &DeniableSession::failed);
    QTest::mouseClick(button("setUpCloud"), Qt::LeftButton);
    window_->session()->cancelSetUp();
    QTRY_VERIFY_WITH_TIMEOUT(!window_->session()->busy(), 20000);
    QVERIFY(!window_->session()->cloudReady());
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains("cancelled"));
    QVERIFY(!button("compose")->isEnabled());
    QVERIFY(window_->messageBar()->isVisible());
  }
};

QTEST_MAIN(TestQueryPages)
#include "tst_querypages.moc"
