// A whole lesson on one cloud, as a class runs it, over loopback: the teacher's window serves the class's
// cloud; two students in windows of their own and three on the command line send with kits; a late
// student joins; a borrowed kit is refused and its student told what to do; the cloud stops and starts
// again; the teacher quits and reopens the project mid-lesson; one student's query is played in the
// coercion, side by side with the meter; and led-studio killed or terminated takes its service along.
// The windows share this process (each with its own session and kit); the command-line students and the
// killed led-studio are processes of their own.
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>
#include <csignal>
#include <memory>

#include "TestSupport.h"
#include "core/shared/deniable/GuidePad.h"
#include "ui/MainWindow.h"
#include "ui/cloud/CloudPage.h"
#include "ui/cloud/ServicePanel.h"
#include "ui/coercion/CoercionPage.h"
#include "ui/coercion/SeizedLogPanel.h"
#include "ui/common/ImageTile.h"
#include "ui/common/MessageBar.h"
#include "ui/session/DeniableSession.h"
#include "ui/query/QueryPage.h"

using namespace led;
using namespace led::ui;

namespace {

int freePort() {
  QTcpServer probe;
  probe.listen(QHostAddress::LocalHost, 0);
  return probe.serverPort();
}

bool listening(int port) {
  QTcpSocket socket;
  socket.connectToHost(QHostAddress::LocalHost, quint16(port));
  return socket.waitForConnected(1000);
}

QPushButton* button(MainWindow& window, const char* name) { return window.queryPage()->findChild<QPushButton*>(name); }

}  // namespace

class TestLesson : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::unique_ptr<MainWindow> teacher_, studentA_, studentB_;
  int port_ = 0;
  QElapsedTimer clock_;

  QString path(const QString& name) const { return dir_.filePath(name); }
  ServicePanel* service() const { return teacher_->cloudPage()->service(); }

  void timed(const char* step) {
    qInfo("lesson: %s after %.1f s", step, clock_.elapsed() / 1000.0);
    clock_.restart();
  }

  static void openProject(MainWindow& window, const QString& project) {
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openFile(project);
    QVERIFY(opened.wait(60000));
  }

  void startService() {
    service()->setPort(port_);
    service()->start();
    QTRY_VERIFY_WITH_TIMEOUT(service()->running(), 30000);
  }

  // A student's window with a kit opened, as the student clicks it; null when it did not open.
  static std::unique_ptr<MainWindow> studentWindow(const QString& kit) {
    auto window = std::make_unique<MainWindow>();
    window->show();
    window->showPage("Query");
    if (!QTest::qWaitFor([&] { return window->session()->hasImages(); }, 10000)) return nullptr;
    window->queryPage()->openKit(kit);
    if (!QTest::qWaitFor([&] { return window->session()->remote(); }, 10000)) return nullptr;
    return window;
  }

  // Compose and Send as the student clicks them; true when the cloud answered.
  static bool composeAndSend(MainWindow& student) {
    QTest::mouseClick(button(student, "compose"), Qt::LeftButton);
    if (!button(student, "send")->isEnabled()) return false;
    QTest::mouseClick(button(student, "send"), Qt::LeftButton);
    return QTest::qWaitFor([&] { return !student.session()->busy(); }, 30000) && student.session()->answer() != nullptr;
  }

  // A command-line student: compose with the kit and send; the JSON it printed, and its exit status.
  QJsonObject cliStudent(const QString& kit, const QString& name, int* status, QString* errors = nullptr) const {
    QProcess led;
    led.start(LED_CLI_PATH,
              {"query", "compose", "--kit", kit, "--target", LED_SAMPLES_DIR "/dog.jpg", "--other", LED_SAMPLES_DIR "/cat.png", "-o",
               path(name + ".ledq"), "--answer-key-out", path(name + ".ledak"), "--answer", path(name + ".ledans"), "--json"});
    led.waitForFinished(60000);
    *status = led.exitCode();
    if (errors) *errors = QString::fromUtf8(led.readAllStandardError());
    return QJsonDocument::fromJson(led.readAllStandardOutput()).object();
  }

  QStringList studentsShown() const {
    auto* table = service()->findChild<QTableWidget*>("arrivals");
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row) names << table->item(row, 1)->text();
    return names;
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    test::keepSettingsIn(path("config"));
    port_ = freePort();
    clock_.start();
  }

  void cleanupTestCase() {
    studentA_.reset();
    studentB_.reset();
    teacher_.reset();
  }

  void theTeacherSetsUpTheClass() {
    teacher_ = std::make_unique<MainWindow>();
    teacher_->show();
    teacher_->showPage("Query");
    QTRY_VERIFY_WITH_TIMEOUT(teacher_->session()->hasImages(), 10000);
    QTest::mouseClick(button(*teacher_, "setUpCloud"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!teacher_->session()->busy(), 120000);
    QVERIFY(teacher_->session()->cloudReady());
    timed("the teacher's cloud is set up");
    teacher_->showPage("Cloud");
    // Scrolling past the student count does not change it; once it has the focus, the wheel does.
    auto* students = service()->findChild<QSpinBox*>("students");
    const int count = students->value();
    const auto wheel = [students] {
      QWheelEvent event(QPointF(5, 5), students->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                        Qt::NoScrollPhase, false);
      QApplication::sendEvent(students, &event);
    };
    wheel();
    QCOMPARE(students->value(), count);
    teacher_->activateWindow();
    students->setFocus();
    QTRY_VERIFY(students->hasFocus());
    wheel();
    QCOMPARE(students->value(), count + 1);
    service()->setFolder(path("class"));
    startService();
    service()->makeKits(path("kits"), 5);
    QTRY_COMPARE_WITH_TIMEOUT(service()->kitsOut(), 5, 30000);
    QVERIFY(QFile::exists(path("kits/student-5/kit.ledproj")));
    QVERIFY(QFile::copy(path("kits/student-3/pad.ledpad"), path("borrowed-pad.ledpad")));  // a copy made before its first query
    QSignalSpy saved(teacher_.get(), &MainWindow::projectSaved);
    teacher_->saveProject(path("lesson.ledproj"));
    QVERIFY(saved.wait(60000));
    timed("the service runs, five kits are made, the project is saved");
  }

  void everyStudentIsAnswered() {
    studentA_ = studentWindow(path("kits/student-1"));
    studentB_ = studentWindow(path("kits/student-2"));
    QVERIFY(studentA_ && studentB_);
    for (MainWindow* student : {studentA_.get(), studentB_.get()}) {
      QVERIFY(composeAndSend(*student));
      QVERIFY2(student->queryPage()->answerText().contains("dog"), qPrintable(student->queryPage()->answerText()));
    }
    for (int s = 3; s <= 5; ++s) {
      int status = -1;
      const QJsonObject out = cliStudent(path(QString("kits/student-%1").arg(s)), QString("cli%1").arg(s), &status);
      QCOMPARE(status, 0);
      QCOMPARE(out["label"].toObject()["label"].toString(), QString("dog"));
    }
    // The live table names the students by their kits, and nothing else about them.
    QTRY_COMPARE_WITH_TIMEOUT(service()->shownQueries(), 5, 10000);
    QStringList shown = studentsShown();
    shown.sort();
    QCOMPARE(shown, (QStringList{"student-1", "student-2", "student-3", "student-4", "student-5"}));
    timed("two window students and three command-line students are answered");
  }

  // A late student gets the next kit; making kits again never replaces one handed out.
  void lateStudentsAddKits() {
    const PadId first = GuidePad::readId(path("kits/student-1/pad.ledpad").toStdString());
    service()->makeKits(path("kits"), 1);
    QTRY_COMPARE_WITH_TIMEOUT(service()->kitsOut(), 6, 30000);
    QVERIFY(QFile::exists(path("kits/student-6/kit.ledproj")));
    QVERIFY(GuidePad::readId(path("kits/student-1/pad.ledpad").toStdString()) == first);
    int status = -1;
    QCOMPARE(cliStudent(path("kits/student-6"), "late", &status)["label"].toObject()["label"].toString(), QString("dog"));
    QCOMPARE(status, 0);
    QVERIFY(composeAndSend(*studentA_));  // an earlier kit still works
    timed("a late student joins");
  }

  // A kit copied before its first query: its entry was spent by its owner. The cloud refuses, Send
  // stops, the student is told to compose again, and the next entry is answered.
  void aBorrowedKitIsToldToComposeAgain() {
    QVERIFY(QDir().mkpath(path("borrowed")));
    for (const QString& file : QDir(path("kits/student-3")).entryList(QDir::Files))
      QVERIFY(QFile::copy(path("kits/student-3/") + file, path("borrowed/") + file));
    QFile::remove(path("borrowed/pad.ledpad"));
    QVERIFY(QFile::copy(path("borrowed-pad.ledpad"), path("borrowed/pad.ledpad")));
    auto borrower = studentWindow(path("borrowed"));
    QVERIFY(borrower);
    QVERIFY(!composeAndSend(*borrower));
    QVERIFY(borrower->session()->refused());
    QVERIFY(!button(*borrower, "send")->isEnabled());
    QVERIFY2(borrower->messageBar()->text().contains("compose a new query"), qPrintable(borrower->messageBar()->text()));
    QVERIFY(composeAndSend(*borrower));
    QVERIFY(!borrower->messageBar()->isVisible());
  }

  // The cloud down: a command-line student is still told the coin; a window student keeps the query
  // and sends it again once the cloud is back, and the red bar goes.
  void theCloudStopsAndStartsAgain() {
    service()->stop();
    QVERIFY(!service()->serving());
    QVERIFY(!listening(port_));
    int status = -1;
    QString errors;
    const QJsonObject out = cliStudent(path("kits/student-4"), "down", &status, &errors);
    QVERIFY(status != 0);
    QVERIFY2(errors.contains("coin b = "), qPrintable(errors));
    QVERIFY2(errors.contains("led query send"), qPrintable(errors));
    QVERIFY(!composeAndSend(*studentB_));
    QVERIFY(!studentB_->session()->refused());
    QVERIFY(button(*studentB_, "send")->isEnabled());
    QVERIFY(studentB_->messageBar()->isVisible());

    startService();
    QProcess resend;
    resend.start(LED_CLI_PATH, {"query", "send", "--cloud", service()->url(), "--query", path("down.ledq"), "-o", path("down.ledans")});
    QVERIFY(resend.waitForFinished(60000));
    QVERIFY2(resend.exitCode() == 0, resend.readAllStandardError().constData());
    QTest::mouseClick(button(*studentB_, "send"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(studentB_->session()->answer() != nullptr, 30000);
    QVERIFY(!studentB_->messageBar()->isVisible());
    timed("the cloud stops and starts again");
  }

  // File > Quit asks first, stops the service, and keeps the class: reopened, the project serves the
  // same kits.
  void theTeacherQuitsAndComesBack() {
    QTimer::singleShot(200, [] {
      auto* ask = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
      QVERIFY(ask && ask->objectName() == "stopServiceQuestion");
      for (QAbstractButton* b : ask->buttons())
        if (ask->buttonRole(b) == QMessageBox::AcceptRole) b->click();
    });
    QVERIFY(teacher_->close());
    teacher_.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!listening(port_), 10000);

    teacher_ = std::make_unique<MainWindow>();
    teacher_->show();
    openProject(*teacher_, path("lesson.ledproj"));
    QCOMPARE(service()->folder(), path("class"));
    QCOMPARE(service()->kitsOut(), 6);
    startService();
    QVERIFY(composeAndSend(*studentA_));
    service()->makeKits(path("kits"), 1);  // the project holds the class's keys: a kit for one more
    QTRY_COMPARE_WITH_TIMEOUT(service()->kitsOut(), 7, 30000);
    timed("the teacher quits, reopens the project and serves the same kits");
  }

  // Student A hands over the fake keys and then the true ones; the teacher, as the coercer, opens the
  // seized log and both folders side by side, with the meter.
  void theCoercionOfAStudentsQuery() {
    studentA_->showPage("Coercion");
    CoercionPage* own = studentA_->coercionPage();
    QTRY_VERIFY_WITH_TIMEOUT(!own->meterBusy(), 20000);
    own->handOver(path("handed-fake"), true);
    own->handOver(path("handed-true"), false);
    QVERIFY(QFile::exists(path("handed-fake/guide.ledgk")) && QFile::exists(path("handed-true/answer.ledans")));

    teacher_->showPage("Coercion");
    CoercionPage* coercer = teacher_->coercionPage();
    SeizedLogPanel* seized = coercer->seized();
    seized->openLog(service()->logPath());
    QTRY_VERIFY_WITH_TIMEOUT(seized->logLines() >= 10, 10000);
    seized->openHandOver(path("handed-fake"));
    QTRY_VERIFY_WITH_TIMEOUT(seized->matchedLine() >= 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(coercer->trueLabel().contains("cat"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!coercer->meterBusy(), 20000);
    QVERIFY2(coercer->meterVerdict().startsWith("Indistinguishable"), qPrintable(coercer->meterVerdict()));
    seized->openHandOver(path("handed-true"));
    QTRY_VERIFY_WITH_TIMEOUT(coercer->fakeLabel().contains("dog"), 10000);
    QVERIFY(coercer->columnTitle(0).contains("(1)") && coercer->columnTitle(1).contains("(2)"));
    QVERIFY(coercer->trueGuide()->image() != coercer->fakeGuide()->image());
    QTRY_VERIFY_WITH_TIMEOUT(!coercer->meterBusy(), 20000);
    QVERIFY2(coercer->meterVerdict().startsWith("Indistinguishable"), qPrintable(coercer->meterVerdict()));
    timed("a student's query is opened both ways");
  }

  // Replacing the class is asked for, and then every kit handed out is unknown to the cloud.
  void replacingTheClassIsExplicit() {
    service()->stop();
    service()->replaceClass();
    QCOMPARE(service()->kitsOut(), 0);
    startService();
    int status = -1;
    QString errors;
    cliStudent(path("kits/student-5"), "replaced", &status, &errors);
    QVERIFY(status != 0);
    QVERIFY2(errors.contains("403"), qPrintable(errors));
    service()->stop();
  }

  // led-studio ended by a signal, or killed outright, takes its service along: the port is free again.
  void theServiceEndsWithTheWindow() {
    const QString home = path("home");
    QVERIFY(QDir().mkpath(home + "/config/LED Studio"));
    QFile settings(home + "/config/LED Studio/LED Studio.conf");
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write(("[classroom]\nfolder=" + path("class") + "\n").toUtf8());
    settings.close();
    for (int signal : {SIGTERM, SIGKILL}) {
      QProcess studio;
      QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
      env.insert("HOME", home);
      env.insert("XDG_CONFIG_HOME", home + "/config");
      env.insert("XDG_DATA_HOME", home + "/data");
      env.insert("QT_QPA_PLATFORM", "offscreen");
      studio.setProcessEnvironment(env);
      studio.start(LED_STUDIO_PATH, {"--serve", QString::number(port_)});
      QTRY_VERIFY_WITH_TIMEOUT(listening(port_), 30000);
      ::kill(pid_t(studio.processId()), signal);
      QVERIFY(studio.waitForFinished(10000));
      QTRY_VERIFY_WITH_TIMEOUT(!listening(port_), 10000);
    }
  }
};

QTEST_MAIN(TestLesson)
#include "tst_lesson.moc"
