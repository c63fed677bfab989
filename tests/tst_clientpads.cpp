// The cloud's copies of its clients' pads: found by the identity a query names, a pad added while the
// service runs is found, a file that is not a pad is no client, a folder that is not one is an error.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

#include "TestSupport.h"
#include "core/random/RandomSource.h"
#include "core/service/ClientPads.h"

using namespace led;

class TestClientPads : public QObject {
  Q_OBJECT

 private slots:
  void padsAreFoundByTheirIdentity() {
    QTemporaryDir dir;
    OsRandom random;
    const GuidePad a = GuidePad::generate(16, 2, random), b = GuidePad::generate(16, 2, random);
    a.write(dir.filePath("a.ledpad").toStdString());
    QFile note(dir.filePath("notes.txt"));
    QVERIFY(note.open(QIODevice::WriteOnly) && note.write("not a pad") > 0);
    note.close();
    ClientPads pads(dir.path().toStdString());
    QCOMPARE(pads.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(pads.pathOf(a.id()).value_or("")), dir.filePath("a.ledpad"));
    QVERIFY(!pads.pathOf(b.id()));
    // A pad the operator adds later: the folder changed, so the next query naming it finds it. (File
    // times have a coarse clock on some file systems: the new pad is written a moment later.)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    b.write(dir.filePath("b.ledpad").toStdString());
    QTRY_VERIFY_WITH_TIMEOUT(pads.pathOf(b.id()).has_value(), 5000);
    QCOMPARE(pads.size(), std::size_t(2));
  }

  void aFolderThatIsNotOneIsAnError() {
    QTemporaryDir dir;
    test::expectError(ErrorKind::Io, [&] { ClientPads(dir.filePath("nowhere").toStdString()); }, "not a folder of guide pads");
  }
};

QTEST_GUILESS_MAIN(TestClientPads)
#include "tst_clientpads.moc"
