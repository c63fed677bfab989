// The Query, Cloud and Coercion pages with real widgets, offscreen: the dog/cat round as a teacher
// clicks it, in the deniable and the normal process, the meter, the multi-query view, cancelling, and
// the session kept in a project.
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "Contrast.h"
#include "ui/MainWindow.h"
#include "ui/cloud/CloudPage.h"
#include "ui/coercion/CoercionPage.h"
#include "ui/common/ImageConvert.h"
#include "ui/common/ImageTile.h"
#include "TestSupport.h"
#include "ui/common/MessageBar.h"
#include "ui/common/NamedControls.h"
#include "core/user/project/ProjectFile.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/imageio/Resize.h"
#include "ui/session/DeniableSession.h"
#include "ui/query/QueryPage.h"
#include "ui/shell/Theme.h"
#include "core/user/models/DemoCloud.h"
#include <QLabel>
#include <cmath>
#include "ui/cloud/ServicePanel.h"
#include "ui/coercion/SeizedLogPanel.h"
#include <QFile>
#include <QProcess>
#include <QTcpServer>

using namespace led;
using namespace led::ui;

class TestQueryPages : public QObject {
  Q_OBJECT
  MainWindow* window_ = nullptr;
  QTemporaryDir dir_;

  QString path(const QString& name) const { return dir_.filePath(name); }

  static std::vector<std::string> fingerprints(const DeniableSession& session) {
    std::vector<std::string> out;
    for (const auto& part : session.state().kept.keys)
      for (const Key& key : part) out.push_back(key.fingerprint());
    return out;
  }

  static void openProject(MainWindow& window, const QString& project) {
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openFile(project);
    QVERIFY(opened.wait(60000));
  }

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
    QVERIFY(dir_.isValid());
    test::keepSettingsIn(dir_.filePath("config"));
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
    const QImage dog = toQImage(cropAndConform(window_->session()->image(0), kDemoModelShape));
    const QImage cat = toQImage(cropAndConform(window_->session()->image(1), kDemoModelShape));
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

  // Light to dark and back while the answer is shown: the answer, both openings' labels and the meter's
  // verdict keep a readable contrast with the page behind them (WCAG's 4.5:1) in both directions.
  void aThemeSwitchKeepsTheResultsReadable() {
    if (!window_->session()->cloudResult()) {
      setUpCloud(0);
      composeAndSend();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!window_->coercionPage()->meterBusy(), 20000);
    const QList<QLabel*> labels{
        window_->queryPage()->findChild<QLabel*>("answer"), window_->coercionPage()->findChild<QLabel*>("trueLabel"),
        window_->coercionPage()->findChild<QLabel*>("fakeLabel"), window_->coercionPage()->findChild<QLabel*>("verdict")};
    for (QLabel* label : labels) QVERIFY(label && !label->text().isEmpty());
    for (Appearance appearance : {Appearance::Light, Appearance::Dark, Appearance::Light, Appearance::Dark}) {
      applyAppearance(appearance);
      QCoreApplication::processEvents();
      const QColor page = window_->palette().color(QPalette::Window);
      for (QLabel* label : labels) {
        const double ratio = test::textContrast(label, page);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QString("%1 in %2: contrast %3").arg(label->objectName(), appearanceName(appearance)).arg(ratio)));
      }
    }
    applyAppearance(Appearance::System);
  }

  // Save Project keeps the cloud session beside the project (owner-only): a fresh window shows the same
  // query, answer, log and openings, and goes on with the same pads (the next entry on both sides); a
  // restore ends a set-up under way; a damaged session file is named and the rest still restored; a

  // A combo box's choice is kept by name: a list that gains an item in front still restores it, and a
  // project saved before choices had names (an index) still opens.
  void choicesAreKeptByName() {
    QComboBox box;
    box.setObjectName("choice");
    box.addItems({tr("first"), tr("second")});
    nameItems(&box, {"one", "two"});
    box.setCurrentIndex(1);
    const QVariant saved = controlValue(&box);
    QCOMPARE(saved.toString(), QString("two"));
    box.insertItem(0, "new");
    box.setCurrentIndex(0);
    setControlValue(&box, saved);
    QCOMPARE(box.currentIndex(), 2);
    setControlValue(&box, QString("1"));  // an old project's index
    QCOMPARE(box.currentIndex(), 1);
    setControlValue(&box, QString("gone"));
    QCOMPARE(box.currentIndex(), 1);
  }

  // folder in the session's place that is not one is never replaced.
  void projectKeepsTheCloudSession() {
    QVERIFY(window_->session()->cloudResult().has_value());
    const QString project = path("lesson.ledproj");
    QSignalSpy saved(window_, &MainWindow::projectSaved);
    window_->saveProject(project);
    QVERIFY(saved.wait(60000));
    // Choices are saved by name, not by their place in a list.
    const led::Project file = led::readProjectFile(project.toStdString());
    QCOMPARE(QString::fromStdString(file.value("query.process")), QString("deniable"));
    QCOMPARE(QString::fromStdString(file.value("query.guideKeys")), QString("one-time-pad"));
    const QString folder = path("lesson-cloud");
    QCOMPARE(int(QFile::permissions(folder) & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther)), 0);
    const DeniableSession& before = *window_->session();
    const int b = before.composed()->coin;

    MainWindow restored;
    restored.show();
    openProject(restored, project);
    const DeniableSession& after = *restored.session();
    QVERIFY(after.cloudReady());
    QVERIFY(fingerprints(after) == fingerprints(before));
    QCOMPARE(queryDigest(after.composed()->query), queryDigest(before.composed()->query));
    QCOMPARE(after.composed()->coin, b);
    QCOMPARE(restored.queryPage()->answerText(), window_->queryPage()->answerText());
    QCOMPARE(restored.cloudPage()->logText(), window_->cloudPage()->logText());
    QCOMPARE(restored.cloudPage()->predictions()->item(b, 2)->text(), QString("dog"));
    QVERIFY2(restored.coercionPage()->trueLabel().contains("dog"), qPrintable(restored.coercionPage()->trueLabel()));
    QVERIFY2(restored.coercionPage()->fakeLabel().contains("cat"), qPrintable(restored.coercionPage()->fakeLabel()));
    QVERIFY(restored.session()->compose(16, GuideKeys::OneTimePad));
    QCOMPARE(after.composed()->query.padIndex, before.composed()->query.padIndex + 1);
    QVERIFY(restored.session()->sendToCloud());  // the cloud's copy of the pad came back too
    QVERIFY(restored.queryPage()->answerText().contains("dog"));

    QSignalSpy failed(restored.session(), &DeniableSession::failed);
    restored.queryPage()->setUpCloud();
    QVERIFY(after.busy());
    openProject(restored, project);
    QVERIFY(!after.busy() && after.cloudReady());
    QVERIFY(test::backgroundWorkDone());  // the ended set-up's worker returns and must change nothing
    QVERIFY(fingerprints(after) == fingerprints(before));
    QCOMPARE(failed.count(), 0);

    QFile key(folder + "/part1-key0.ledkey");
    QVERIFY(key.open(QIODevice::ReadWrite));
    QByteArray bytes = key.readAll();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
    key.seek(0);
    key.write(bytes);
    key.close();
    MainWindow damaged;
    damaged.show();
    openProject(damaged, project);
    QVERIFY2(damaged.messageBar()->text().contains("part1-key0.ledkey"), qPrintable(damaged.messageBar()->text()));
    QVERIFY(!damaged.session()->cloudReady());
    QCOMPARE(damaged.findChild<QStackedWidget*>()->currentWidget()->objectName(), QString("Coercion"));  // the rest came back

    QVERIFY(QDir().mkpath(path("notes-cloud")));
    test::writeBytes(path("notes-cloud/mine.txt"), {'h', 'i'});
    window_->saveProject(path("notes.ledproj"));
    QTRY_VERIFY_WITH_TIMEOUT(window_->messageBar()->text().contains("not a cloud session folder"), 60000);
    QVERIFY(QFile::exists(path("notes-cloud/mine.txt")));
    QVERIFY(!QFile::exists(path("notes.ledproj")));
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

  // Two clients on this machine, the window and led, talk to one led-cloud serve that the window runs
  // for a classroom: kits, a query from each, both arrive live on the Cloud page, and the seized log
  // names the query led sent, which then opens with the keys handed over.
  void theWindowAndLedShareOneServedCloud() {
    setUpCloud(0);
    ServicePanel* service = window_->cloudPage()->service();
    service->setFolder(path("class"));
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const int port = probe.serverPort();
    probe.close();
    service->findChild<QSpinBox*>("servicePort")->setValue(port);
    service->start();
    QTRY_VERIFY_WITH_TIMEOUT(service->running(), 30000);
    QVERIFY(service->url().endsWith(QString(":%1").arg(port)));
    service->makeKits(path("kits"), 2);
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(path("kits/student-2/kit.ledproj")), qPrintable(window_->messageBar()->text()), 30000);

    window_->queryPage()->openKit(path("kits/student-1"));
    QTRY_VERIFY_WITH_TIMEOUT(window_->session()->remote(), 10000);
    QTest::mouseClick(button("compose"), Qt::LeftButton);
    QTest::mouseClick(button("send"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window_->session()->answer() != nullptr, 30000);
    QVERIFY(window_->queryPage()->answerText().contains(window_->session()->composed()->coin == 0 ? "part 0" : "part 1"));

    QProcess led;
    led.start(LED_CLI_PATH, {"query", "compose", "--kit", path("kits/student-2"), "--target", LED_SAMPLES_DIR "/dog.jpg", "--other",
                             LED_SAMPLES_DIR "/cat.png", "-o", path("led.ledq"), "--answer-key-out", path("led.ledak"), "--answer",
                             path("led.ledans"), "--guide-key-out", path("led.ledgk"), "--json"});
    QVERIFY(led.waitForFinished(60000));
    QVERIFY2(led.exitCode() == 0, led.readAllStandardError().constData());
    const int coin = QJsonDocument::fromJson(led.readAllStandardOutput()).object()["coin"].toInt();
    QTRY_COMPARE_WITH_TIMEOUT(service->shownQueries(), 2, 10000);

    SeizedLogPanel* seized = window_->coercionPage()->seized();
    seized->openLog(service->logPath());
    QTRY_COMPARE_WITH_TIMEOUT(seized->logLines(), 2, 10000);
    seized->openQuery(path("led.ledq"));
    QTRY_COMPARE_WITH_TIMEOUT(seized->matchedLine(), 1, 10000);
    QProcess handOver;
    handOver.start(LED_CLI_PATH, {"query", "hand-over", "--query", path("led.ledq"), "--guide-key", path("led.ledgk"), "--model-keys",
                                  path(QString("kits/student-2/part%1-1.ledkey").arg(coin)), "--answer", path("led.ledans"), "--answer-key",
                                  path("led.ledak"), "-o", path("handed")});
    QVERIFY(handOver.waitForFinished(60000));
    QVERIFY2(handOver.exitCode() == 0, handOver.readAllStandardError().constData());
    seized->openHandOver(path("handed"));
    QTRY_VERIFY_WITH_TIMEOUT(seized->openingText().contains(QString("part %1").arg(coin)), 10000);
    // The handed-over query takes the openings' place, with its label and the meter.
    CoercionPage* coercion = window_->coercionPage();
    QVERIFY2(coercion->columnTitle(0).contains("handed over (1)"), qPrintable(coercion->columnTitle(0)));
    QVERIFY2(coercion->trueLabel().contains("dog"), qPrintable(coercion->trueLabel()));
    QTRY_VERIFY_WITH_TIMEOUT(!coercion->meterBusy(), 20000);
    QVERIFY2(coercion->meterVerdict().startsWith("Indistinguishable"), qPrintable(coercion->meterVerdict()));
    service->stop();
    QVERIFY(!service->running());
    window_->queryPage()->findChild<QComboBox*>("cloudWhere")->setCurrentIndex(0);
    QVERIFY(!window_->session()->remote());
  }
};

QTEST_MAIN(TestQueryPages)
#include "tst_querypages.moc"
