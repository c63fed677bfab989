// Damaged files of every format the window opens, opened the way a user would (File > Open, a dataset
// on the Train page): each gives a sentence naming the file in the message bar, nothing that was shown
// before is lost, and the window keeps working. The parsers themselves are tried far harder by
// tst_malformed and the fuzz targets; this is the GUI's side.
#include <QFile>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include "ui/MainWindow.h"
#include "TestSupport.h"
#include "ui/common/MessageBar.h"
#include "core/shared/deniable/GuidePad.h"
#include "core/user/query/Compose.h"
#include "core/shared/deniable/Query.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/project/ProjectFile.h"
#include "core/user/schemes/SchemeRegistry.h"
#include "ui/scramble/ScramblePage.h"
#include "ui/train/TrainPage.h"

using namespace led;
using namespace led::ui;

namespace {

// Keeps the first `keep` bytes of a file.
void truncate(const QString& path, qint64 keep) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::ReadWrite));
  QVERIFY(f.resize(std::min(keep, f.size() - 1)));
}

}  // namespace

class TestBadFiles : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  MainWindow* window_ = nullptr;

  QString path(const QString& name) const { return dir_.filePath(name); }

  // Writes a valid file of `format`, then damages it; returns the damaged file's path.
  QString damaged(const QString& format) {
    StreamRandom random(9);
    const Image image = test::gradientImage({40, 48, 3});
    const QString file = path("damaged." + format);
    if (format == "png" || format == "jpg" || format == "bmp") {
      writeImage(file.toStdString(), image);
      truncate(file, 60);
    } else if (format == "ledkey") {
      writeKeyFile(file.toStdString(), generateKey({SchemeParams::defaults(SchemeId::Etc), image.shape}, random));
      truncate(file, 100);
    } else if (format == "ledq") {
      OsRandom os;
      GuidePad::generate(16, 1, os).write(path("p.ledpad").toStdString());
      const PadEntry entry = GuidePad::takeNext(path("p.ledpad").toStdString());
      const Key key = generateKey({SchemeParams::defaults(SchemeId::Le), {16, 16, 3}}, random);
      writeQueryFile(file.toStdString(),
                     composeNormal(test::gradientImage({16, 16, 3}), test::randomImage({16, 16, 3}, 2), {key}, entry, random).query);
      truncate(file, 200);
    } else if (format == "ledproj") {
      Project p;
      p.set("scramble.image", "sample:cat");
      writeProjectFile(file.toStdString(), p);
      truncate(file, 30);
    } else if (format == "ledmodel") {
      test::writeBytes(file, {'L', 'E', 'D', 'T', 'O', 'R', 'C', 'H', 1, 0, 0, 0, 'P', 'K', 3, 4});
    }
    return file;
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    test::keepSettingsIn(dir_.filePath("config"));
    window_ = new MainWindow;
    window_->show();
    QSignalSpy ready(window_->scramblePage(), &ScramblePage::ready);
    window_->scramblePage()->loadSample("dog");
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0 && !window_->scramblePage()->busy(), 30000);
  }

  void cleanupTestCase() { delete window_; }

  void damagedFilesGiveASentence_data() {
    QTest::addColumn<QString>("format");
    for (const char* f : {"png", "jpg", "bmp", "ledkey", "ledq", "ledproj", "ledmodel"}) QTest::newRow(f) << f;
  }

  void damagedFilesGiveASentence() {
    QFETCH(QString, format);
    const QString file = damaged(format);
    const std::string keyBefore = window_->scramblePage()->key()->fingerprint();
    window_->messageBar()->hide();
    window_->openFile(file);
    QTRY_VERIFY_WITH_TIMEOUT(window_->messageBar()->text().contains("damaged." + format), 15000);
    QVERIFY2(!window_->messageBar()->text().contains('\n'), "one sentence, not a dump");
    qInfo("%s: %s", qPrintable(format), qPrintable(window_->messageBar()->text()));
    // Nothing shown before is lost: the dog and its key are still on the Scramble page.
    QTRY_VERIFY_WITH_TIMEOUT(!window_->scramblePage()->busy(), 15000);
    QCOMPARE(window_->scramblePage()->imageSource(), QString("sample:dog"));
    QCOMPARE(window_->scramblePage()->key()->fingerprint(), keyBefore);
    for (const QString& page : window_->pageNames()) QVERIFY(window_->showPage(page));
  }

  // A key opened together with the image it belongs to, as led-studio FILE does at start: the key waits
  // for the image. A damaged one is named in the message bar and stays named once the image is shown; a
  // good one is the key shown.
  void aKeyOpenedWithItsImageWaitsForIt() {
    const QString bad = damaged("ledkey");
    StreamRandom random(10);
    const Key good = generateKey({SchemeParams::defaults(SchemeId::Etc), {576, 768, 3}}, random);
    writeKeyFile(path("good.ledkey").toStdString(), good);
    for (const QString& file : {bad, path("good.ledkey")}) {
      MainWindow window;
      window.show();
      QSignalSpy ready(window.scramblePage(), &ScramblePage::ready);
      window.scramblePage()->loadSample("dog");
      window.openFile(file);
      QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0 && !window.scramblePage()->busy(), 30000);
      QVERIFY(test::backgroundWorkDone());
      QVERIFY(!window.scramblePage()->busy());
      if (file == bad) {
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY2(window.messageBar()->text().contains("damaged.ledkey"), qPrintable(window.messageBar()->text()));
      } else {
        QVERIFY2(!window.messageBar()->isVisible(), qPrintable(window.messageBar()->text()));
        QCOMPARE(window.scramblePage()->key()->fingerprint(), good.fingerprint());
      }
    }
  }

  // Dataset sources on the Train page: a folder that is none, truncated IDX files, a truncated
  // CIFAR-10 batch, an empty class folder.
  void datasetsThatAreNoneGiveASentence_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("named");
    QTest::newRow("no folder") << "folder:" + path("nowhere") << "nowhere";
    QTest::newRow("IDX") << "fashion-mnist:" + path("idx") << "idx";
    QTest::newRow("CIFAR-10") << "cifar10:" + path("cifar") << "cifar";
    QTest::newRow("empty class") << "folder:" + path("classes") << "empty";
  }

  void datasetsThatAreNoneGiveASentence() {
    QFETCH(QString, source);
    QFETCH(QString, named);
    QDir().mkpath(path("idx"));
    for (const char* name : {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"})
      test::writeBytes(path("idx/") + name, {0, 0, 8, 3, 0, 0, 0, 9});
    QDir().mkpath(path("cifar"));
    std::vector<std::uint8_t> batch(3073 + 100, 1);
    for (const char* name : {"data_batch_1.bin", "test_batch.bin"}) test::writeBytes(path("cifar/") + name, batch);
    QDir().mkpath(path("classes/full"));
    QDir().mkpath(path("classes/empty"));
    QVERIFY(QImage(8, 8, QImage::Format_RGB888).save(path("classes/full/a.png")));

    TrainPage* train = window_->trainPage();
    window_->showPage("Train");
    window_->messageBar()->hide();
    train->setDatasetSource(source);
    train->start();
    QTRY_VERIFY_WITH_TIMEOUT(!train->running(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window_->messageBar()->text().contains(named), 15000);
    qInfo("%s: %s", QTest::currentDataTag(), qPrintable(window_->messageBar()->text()));
    QVERIFY(window_->showPage("Scramble"));
  }
};

QTEST_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
