// Image files: exact round trips where the format is lossless, and a clear error for anything broken.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "TestSupport.h"
#include "core/shared/common/AtomicFile.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/imageio/ImageHeader.h"
#include "core/user/imageio/Resize.h"

using namespace led;

class TestImageFile : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

 private slots:
  void headersAreReadBeforeDecoding() {
    const Image image = test::gradientImage({20, 36, 3});
    for (const char* extension : {".png", ".jpg", ".bmp"}) {
      const auto size = claimedSize(encodeImage(image, extension));
      QVERIFY2(size, extension);
      QCOMPARE(size->width, std::uint64_t(36));
      QCOMPARE(size->height, std::uint64_t(20));
    }
    QVERIFY(!claimedSize({1, 2, 3}));
    // The fuzzer's finding: 246 bytes of BMP that asked OpenCV for 3 GB. Refused from its header.
    const std::vector<std::uint8_t> bomb = readWholeFile(LED_FUZZ_REGRESSIONS "/image-bmp-claims-3gb.bmp", 4096);
    test::expectError(
        ErrorKind::BadFile, [&] { decodeImage(bomb, "bomb.bmp"); }, "claims 2048 x 524288 pixels");
    // The second: bytes OpenCV handed to Debian's DICOM reader, which aborted the process. Not a format we read.
    const std::vector<std::uint8_t> dicom = readWholeFile(LED_FUZZ_REGRESSIONS "/image-dicom-aborts-gdcm.bin", 4096);
    test::expectError(
        ErrorKind::BadFile, [&] { decodeImage(dicom, "x.png"); }, "is not an image this program reads");
    for (const char* extension : {".png", ".jpg", ".bmp", ".tif", ".webp", ".ppm"}) {
      const Image back = decodeImage(encodeImage(image, extension), extension);
      QCOMPARE(back.shape, image.shape);
    }
  }

  void losslessRoundTrip_data() {
    QTest::addColumn<QString>("extension");
    QTest::addColumn<int>("channels");
    for (const char* ext : {"png", "bmp", "tif"})
      for (int ch : {1, 3}) QTest::addRow("%s %d", ext, ch) << QString(ext) << ch;
  }
  void losslessRoundTrip() {
    QFETCH(QString, extension);
    QFETCH(int, channels);
    const Image image = test::randomImage({21, 34, channels}, 4);
    const std::string path = dir_.filePath("x." + extension).toStdString();
    writeImage(path, image);
    const Image back = readImage(path);
    QCOMPARE(back.shape, image.shape);
    QVERIFY(back.data == image.data);
  }

  void colourOrderIsRgb() {
    Image red({1, 1, 3}, {255, 0, 0});
    const std::string path = dir_.filePath("red.png").toStdString();
    writeImage(path, red);
    QCOMPARE(readImage(path).data, red.data);
  }

  void truncatedFilesAreRefused_data() {
    QTest::addColumn<QString>("extension");
    for (const char* ext : {"png", "jpg", "bmp"}) QTest::newRow(ext) << QString(ext);
  }
  void truncatedFilesAreRefused() {
    QFETCH(QString, extension);
    const std::string whole = dir_.filePath("whole." + extension).toStdString();
    writeImage(whole, test::gradientImage({64, 64, 3}));
    const std::vector<std::uint8_t> bytes = readWholeFile(whole, 1 << 24);
    for (double share : {0.3, 0.6, 0.9, 0.99}) {
      const QString cut = dir_.filePath("cut." + extension);
      test::writeBytes(cut, std::vector<std::uint8_t>(bytes.begin(), bytes.begin() + std::ptrdiff_t(bytes.size() * share)));
      test::expectError(
          ErrorKind::BadFile, [&] { readImage(cut.toStdString()); }, "truncated");
    }
  }

  void garbageAndEmptyFilesAreRefused() {
    const QString garbage = dir_.filePath("garbage.png");
    test::writeBytes(garbage, {1, 2, 3, 4, 5, 6, 7, 8, 9});
    test::expectError(
        ErrorKind::BadFile, [&] { readImage(garbage.toStdString()); }, "not an image");
    const QString empty = dir_.filePath("empty.png");
    test::writeBytes(empty, {});
    test::expectError(
        ErrorKind::BadFile, [&] { readImage(empty.toStdString()); }, "empty");
    test::expectError(
        ErrorKind::Io, [&] { readImage(dir_.filePath("none.png").toStdString()); }, "cannot open");
    test::expectError(
        ErrorKind::Io, [&] { readImage(dir_.path().toStdString()); }, "folder");
  }

  void samplesLoad() {
    const Image dog = readImage(LED_SAMPLES_DIR "/dog.jpg");
    QCOMPARE(dog.shape, (ImageShape{576, 768, 3}));
    const Image cat = readImage(LED_SAMPLES_DIR "/cat.png");
    QCOMPARE(cat.shape, (ImageShape{300, 451, 3}));
  }

  // A photo for a square model keeps its aspect: its centre is kept and its sides are cut, never squashed.
  void aPhotoIsCroppedToTheShapesAspectNotStretched() {
    Image wide({40, 120, 1});  // three 40x40 thirds: 0, 128, 255
    for (int r = 0; r < 40; ++r)
      for (int c = 0; c < 120; ++c) wide.at(r, c, 0) = std::uint8_t(c < 40 ? 0 : c < 80 ? 128 : 255);
    const Image square = cropAndConform(wide, {20, 20, 1});
    QCOMPARE(square.shape, (ImageShape{20, 20, 1}));
    for (std::uint8_t v : square.data) QCOMPARE(int(v), 128);  // only the middle third
    const Image stretched = conformTo(wide, {20, 20, 1});
    QVERIFY(stretched.data != square.data);                // what it replaced squeezed all three
    const Image tall = cropAndConform(wide, {40, 10, 1});  // a portrait shape from a landscape photo
    QCOMPARE(tall.shape, (ImageShape{40, 10, 1}));
    for (std::uint8_t v : tall.data) QCOMPARE(int(v), 128);
    QCOMPARE(cropAndConform(wide, {40, 120, 1}).data, wide.data);  // the shape's own aspect: unchanged
  }

  void unknownOutputFormatIsRefused() {
    test::expectError(
        ErrorKind::InvalidArgument,
        [&] {
          writeImage(dir_.filePath("x.xyz").toStdString(), Image({1, 1, 1}));
        },
        "unknown image format");
  }
};

QTEST_APPLESS_MAIN(TestImageFile)
#include "tst_imagefile.moc"
