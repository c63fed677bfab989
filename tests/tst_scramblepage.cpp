// The Scramble page with real widgets, offscreen: every scheme on the dog photo, keys, errors, hover.
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <sys/stat.h>

#include "ui/MainWindow.h"
#include "TestSupport.h"
#include "ui/common/MessageBar.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/keyfile/KeyFile.h"
#include "ui/scramble/KeyBox.h"
#include "ui/scramble/SchemeControls.h"
#include "ui/scramble/ScramblePage.h"
#include "ui/scramble/StepView.h"
#include "ui/tour/Tour.h"
#include "LanguagesAndScreens.h"
#include "core/user/schemes/SchemeRegistry.h"

using namespace led;
using namespace led::ui;

namespace {

constexpr int kWait = 30000;

double meanAbsoluteDifference(const QImage& a, const QImage& b) {
  double sum = 0;
  for (int y = 0; y < a.height(); ++y) {
    const uchar* p = a.constScanLine(y);
    const uchar* q = b.constScanLine(y);
    for (qsizetype i = 0; i < a.bytesPerLine(); ++i) sum += std::abs(int(p[i]) - int(q[i]));
  }
  return sum / double(a.bytesPerLine() * a.height());
}

double shareEqual(const QImage& a, const QImage& b) {
  if (a.size() != b.size() || a.format() != b.format()) return 0;
  qsizetype same = 0;
  for (int y = 0; y < a.height(); ++y) {
    const uchar* p = a.constScanLine(y);
    const uchar* q = b.constScanLine(y);
    for (qsizetype i = 0; i < a.bytesPerLine(); ++i) same += p[i] == q[i];
  }
  return double(same) / double(a.bytesPerLine() * a.height());
}

}  // namespace

class TestScramblePage : public QObject {
  Q_OBJECT
  MainWindow* window_ = nullptr;
  ScramblePage* page_ = nullptr;
  QTemporaryDir dir_;

  // Waits for the page to finish what the last action started.
  void settle(QSignalSpy& ready) {
    QVERIFY(ready.wait(kWait) || ready.count() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!page_->busy(), kWait);
  }
  void chooseScheme(const QString& name) {
    auto* combo = page_->findChild<QComboBox*>("scheme");
    if (combo->currentText() == name) return;  // already shown; choosing it again changes nothing
    QSignalSpy ready(page_, &ScramblePage::ready);
    combo->setCurrentIndex(combo->findText(name));
    settle(ready);
  }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    test::keepSettingsIn(dir_.filePath("config"));
    window_ = new MainWindow;
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_));
    page_ = window_->scramblePage();
    QSignalSpy ready(page_, &ScramblePage::ready);
    page_->findChild<QPushButton*>("sampleDog")->click();
    settle(ready);
  }
  void cleanupTestCase() { delete window_; }

  void everySchemeEncryptsTheDogAndTheRightKeyOpensIt_data() {
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("lastStep");
    QTest::newRow("le") << "le"
                        << "after shuffle";
    QTest::newRow("ele") << "ele"
                         << "after block permutation";
    QTest::newRow("etc") << "etc"
                         << "after colour shuffle";
    QTest::newRow("etc-gray") << "etc-gray"
                              << "after negative-positive";
    QTest::newRow("pe") << "pe"
                        << "after colour shuffle";
    QTest::newRow("rmt") << "rmt"
                         << "after noise";
  }
  void everySchemeEncryptsTheDogAndTheRightKeyOpensIt() {
    QFETCH(QString, scheme);
    QFETCH(QString, lastStep);
    chooseScheme(scheme);
    const QList<StepView*> steps = page_->stepViews();
    QVERIFY(steps.size() >= 3);
    QCOMPARE(steps.last()->title(), lastStep);
    QCOMPARE(page_->key()->scheme(), parseSchemeName(scheme.toStdString()));
    const QImage plain = steps.first()->image().convertToFormat(QImage::Format_RGB888);
    QCOMPARE(plain.size(), QSize(768, 576));
    const QImage right = page_->rightView()->image().convertToFormat(QImage::Format_RGB888);
    const QImage wrong = page_->wrongView()->image().convertToFormat(QImage::Format_RGB888);
    const bool exact = schemeFor(page_->key()->scheme()).exact(page_->key()->spec());
    if (exact)
      QCOMPARE(right, plain);
    else
      QVERIFY2(meanAbsoluteDifference(right, plain) < 8, "the right key should come close");
    QVERIFY2(meanAbsoluteDifference(wrong, plain) > 30, "a wrong key must not come close");
    QVERIFY2(shareEqual(wrong, plain) < 0.2, "a wrong key must not open the image");
    QVERIFY(shareEqual(steps.last()->image().convertToFormat(QImage::Format_RGB888), plain) < 0.3);
    QVERIFY(page_->keyBox()->fingerprintText().contains('-'));
  }

  void newKeyChangesTheFingerprint() {
    chooseScheme("le");
    const QString before = page_->keyBox()->fingerprintText();
    QSignalSpy ready(page_, &ScramblePage::ready);
    page_->findChild<QPushButton*>("newKey")->click();
    settle(ready);
    QVERIFY(page_->keyBox()->fingerprintText() != before);
    QVERIFY(!page_->key()->seeded());
  }

  void seededDemoKeysAreReproducibleAndMarked() {
    auto* seeded = page_->findChild<QCheckBox*>("seededKeys");
    QSignalSpy ready(page_, &ScramblePage::ready);
    seeded->setChecked(true);
    settle(ready);
    QVERIFY(page_->key()->seeded());
    const QString first = page_->keyBox()->fingerprintText();
    ready.clear();
    page_->findChild<QPushButton*>("newKey")->click();
    settle(ready);
    QCOMPARE(page_->keyBox()->fingerprintText(), first);
    ready.clear();
    seeded->setChecked(false);
    settle(ready);
    QVERIFY(!page_->key()->seeded());
  }

  void savedKeyIsOwnerOnlyAndLoadsBack() {
    const QString path = dir_.filePath("dog.ledkey");
    const QString fingerprint = page_->keyBox()->fingerprintText();
    page_->saveKeyFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), kWait);
    struct stat st {};
    QCOMPARE(::stat(path.toLocal8Bit().constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QSignalSpy ready(page_, &ScramblePage::ready);
    page_->findChild<QPushButton*>("newKey")->click();
    settle(ready);
    QVERIFY(page_->keyBox()->fingerprintText() != fingerprint);
    ready.clear();
    page_->loadKeyFile(path);
    settle(ready);
    QCOMPARE(page_->keyBox()->fingerprintText(), fingerprint);
  }

  void loadingAnEtcKeySwitchesTheScheme() {
    StreamRandom random(4);
    const QString path = dir_.filePath("etc.ledkey");
    SchemeParams p = SchemeParams::defaults(SchemeId::Etc);
    p.blockSize = 16;
    writeKeyFile(path.toStdString(), generateKey({p, {576, 768, 3}}, random));
    QSignalSpy ready(page_, &ScramblePage::ready);
    page_->loadKeyFile(path);
    settle(ready);
    QCOMPARE(page_->schemeControls()->params().scheme, SchemeId::Etc);
    QCOMPARE(page_->schemeControls()->params().blockSize, 16);
    QCOMPARE(page_->rightView()->image().convertToFormat(QImage::Format_RGB888),
             page_->stepViews().first()->image().convertToFormat(QImage::Format_RGB888));
  }

  // Edit > Undo and Redo walk back and forth through scheme, parameter and key edits, restoring the
  // very keys (by fingerprint), not merely new keys of the same scheme.
  void undoAndRedoRestoreSchemesAndKeys() {
    chooseScheme("le");
    QUndoStack* undo = page_->undoStack();
    const QString leKey = page_->keyBox()->fingerprintText();
    const int depth = undo->count();
    chooseScheme("etc");
    const QString etcKey = page_->keyBox()->fingerprintText();
    QSignalSpy ready(page_, &ScramblePage::ready);
    page_->findChild<QPushButton*>("newKey")->click();
    settle(ready);
    const QString newEtcKey = page_->keyBox()->fingerprintText();
    QVERIFY(newEtcKey != etcKey);
    QCOMPARE(undo->count(), depth + 2);
    QVERIFY(undo->undoText().startsWith("Key"));

    ready.clear();
    undo->undo();
    settle(ready);
    QCOMPARE(page_->keyBox()->fingerprintText(), etcKey);
    ready.clear();
    undo->undo();
    settle(ready);
    QCOMPARE(page_->keyBox()->fingerprintText(), leKey);
    QCOMPARE(page_->schemeControls()->params().scheme, SchemeId::Le);
    QCOMPARE(page_->key()->scheme(), SchemeId::Le);
    ready.clear();
    undo->redo();
    settle(ready);
    QCOMPARE(page_->schemeControls()->params().scheme, SchemeId::Etc);
    QCOMPARE(page_->keyBox()->fingerprintText(), etcKey);
    QCOMPARE(undo->count(), depth + 2);  // undoing and redoing records nothing new

    // A new edit after an undo drops the redo branch.
    ready.clear();
    page_->findChild<QPushButton*>("newKey")->click();
    settle(ready);
    QCOMPARE(undo->count(), depth + 2);
    QVERIFY(!undo->canRedo());
    QVERIFY(page_->keyBox()->fingerprintText() != newEtcKey);
  }

  void badFilesShowASentenceAndTheWindowKeepsWorking_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("needle");
    QTest::newRow("garbage key") << "garbage-key"
                                 << "not an LED Studio key file";
    QTest::newRow("damaged key") << "damaged-key"
                                 << "damaged";
    QTest::newRow("key of another size") << "small-key"
                                         << "32x32x3";
    QTest::newRow("truncated image") << "truncated-image"
                                     << "truncated";
  }
  void badFilesShowASentenceAndTheWindowKeepsWorking() {
    QFETCH(QString, kind);
    QFETCH(QString, needle);
    StreamRandom random(5);
    const QString path = dir_.filePath(kind);
    if (kind == "truncated-image") {
      writeImage((path + ".png").toStdString(), test::gradientImage({64, 64, 3}));
      QFile f(path + ".png");
      QVERIFY(f.open(QIODevice::ReadWrite));
      f.resize(f.size() / 2);
      f.close();
      page_->loadImageFile(path + ".png");
    } else {
      std::vector<std::uint8_t> bytes = encodeKey(generateKey({SchemeParams::defaults(SchemeId::Le), {32, 32, 3}}, random));
      if (kind == "garbage-key") bytes.assign(100, 7);
      if (kind == "damaged-key") bytes[bytes.size() / 2] ^= 0x40;
      QFile f(path);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size()));
      f.close();
      page_->loadKeyFile(path);
    }
    QTRY_VERIFY_WITH_TIMEOUT(window_->messageBar()->text().contains(needle), kWait);
    // The page still works and still shows the dog.
    QSignalSpy ready(page_, &ScramblePage::ready);
    page_->findChild<QPushButton*>("newKey")->click();
    settle(ready);
    QCOMPARE(page_->stepViews().first()->image().size(), QSize(768, 576));
  }

  void hoverNamesTheBlockAndWhereItWent() {
    chooseScheme("ele");
    page_->findChild<QSlider*>("zoom")->setValue(800);  // 4-pixel blocks become 32 screen pixels
    StepView* first = page_->stepViews().first();
    QWidget* canvas = nullptr;
    for (QWidget* w : first->findChildren<QWidget*>())
      if (w->hasMouseTracking()) canvas = w;
    QVERIFY(canvas);
    QTest::mouseMove(canvas, QPoint(5, 5));
    QTRY_VERIFY2(page_->hoverText().startsWith("Plain block 0"), qPrintable(page_->hoverText()));
    QTest::mouseMove(canvas, QPoint(32 * 2 + 5, 32 + 5));  // row 1, column 2 of 192 columns
    QTRY_VERIFY2(page_->hoverText().startsWith("Plain block 194 \u2192 block "), qPrintable(page_->hoverText()));
    // The block it names in the ciphertext is where the key's block permutation sent it.
    const int to = page_->hoverText().section(' ', 5, 5).toInt();
    QCOMPARE(int(page_->key()->table("block-permutation").ints[std::size_t(to)]), 194);
  }

  void navigationCoversTheStory() {
    QCOMPARE(window_->pageNames(), (QStringList{"Scramble", "Query", "Cloud", "Train", "Predict", "Coercion", "Evaluate"}));
    for (const QString& name : window_->pageNames()) QVERIFY(window_->showPage(name));
    QVERIFY(!window_->showPage("Nowhere"));
    window_->showPage("Scramble");
  }

  // Beside the tour's panel, and after leaving it, every picture of the Scramble page keeps its title and
  // caption whole and clear of the pictures around it, and the pictures stay large enough to see
  // (several to a row at 1920x1080). Runs last: each language's translators stay installed.
  void scrambleCaptionsShowBesideTheTour_data() { test::addLanguageAndScreenRows({QSize(1280, 720), QSize(1920, 1080)}); }

  void scrambleCaptionsShowBesideTheTour() {
    QFETCH(QSize, screen);
    const auto shown = test::mainWindowForRow();
    QVERIFY(shown);
    MainWindow& window = *shown;
    window.tour()->go(0);
    window.tour()->act();  // as its button: the dog under le
    QTRY_VERIFY_WITH_TIMEOUT(!window.tour()->busy() && !window.scramblePage()->busy() && window.scramblePage()->key(), 30000);
    for (const char* when : {"beside the tour", "after Leave"}) {
      test::settleLayouts();  // a refit follows the layout
      const QList<StepView*> views = window.scramblePage()->findChildren<StepView*>();
      QVERIFY(views.size() >= 4);
      QStringList problems;
      QWidget* page = window.scramblePage();
      for (StepView* view : views) {
        const QRect at(view->mapTo(page, QPoint(0, 0)), view->size());
        QRect picture;
        for (QWidget* child : view->findChildren<QWidget*>())
          if (!qobject_cast<QLabel*>(child)) picture = child->geometry();
        for (QLabel* label : view->findChildren<QLabel*>()) {
          const QRect place(label->mapTo(view, QPoint(0, 0)), label->size());
          const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : label->minimumSizeHint().height();
          if (label->height() < needed - 1 || (!label->wordWrap() && label->width() < label->minimumSizeHint().width() - 1))
            problems << QString("\"%1\" is cut: %2x%3").arg(label->text().left(40)).arg(label->width()).arg(label->height());
          if (!view->rect().contains(place)) problems << QString("\"%1\" reaches out of its picture's place").arg(label->text().left(40));
          if (place.intersects(picture)) problems << QString("\"%1\" is drawn over by its picture").arg(label->text().left(40));
        }
        for (StepView* other : views)
          if (other != view && at.intersects(QRect(other->mapTo(page, QPoint(0, 0)), other->size())))
            problems << QString("\"%1\" overlaps \"%2\"").arg(view->title(), other->title());
      }
      const double zoom = window.scramblePage()->findChild<QSlider*>("zoom")->value() / 100.0;
      const double side = zoom * views.first()->image().height();
      if (screen.width() >= 1920 && side < 150) problems << QString("the pictures are %1 px tall").arg(side);
      QVERIFY2(problems.isEmpty(), qPrintable(QString("%1: ").arg(when) + problems.join("; ")));
      window.tour()->leave();
    }
  }
};

QTEST_MAIN(TestScramblePage)
#include "tst_scramblepage.moc"
