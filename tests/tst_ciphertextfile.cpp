// .ledc files: exact round trip of real and byte ciphertexts; damage is detected.
#include <QTemporaryDir>
#include <QTest>

#include "TestSupport.h"
#include "core/shared/common/AtomicFile.h"
#include "core/user/imageio/CiphertextFile.h"
#include "core/user/schemes/SchemeRegistry.h"

using namespace led;

class TestCiphertextFile : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

 private slots:
  void roundTrip_data() {
    QTest::addColumn<int>("scheme");
    for (SchemeId id : {SchemeId::Rmt, SchemeId::EtcGray, SchemeId::Le}) QTest::newRow(schemeName(id).c_str()) << int(id);
  }
  void roundTrip() {
    QFETCH(int, scheme);
    StreamRandom random(1);
    SchemeParams p = SchemeParams::defaults(SchemeId(scheme));
    p.noise = 0;
    const ImageShape shape{30, 22, 3};
    const Key key = generateKey({p, shape}, random);
    const auto cipher = makeCipher(key);
    const Image plain = test::randomImage(shape, 2);
    const std::string path = dir_.filePath("c.ledc").toStdString();
    writeCiphertextFile(path, {p.scheme, shape, cipher->encrypt(plain)});
    const CiphertextRecord back = readCiphertextFile(path);
    QCOMPARE(int(back.scheme), scheme);
    QCOMPARE(back.plainShape, shape);
    const Image opened = cipher->decrypt(back.ciphertext);
    if (schemeFor(p.scheme).exact({p, shape}))
      QVERIFY(opened.data == plain.data);
    else
      QCOMPARE(opened.shape, plain.shape);
  }

  void damageIsDetected() {
    StreamRandom random(3);
    const ImageShape shape{8, 8, 1};
    const auto cipher = makeCipher(generateKey({SchemeParams::defaults(SchemeId::Rmt), shape}, random));
    const std::string path = dir_.filePath("d.ledc").toStdString();
    writeCiphertextFile(path, {SchemeId::Rmt, shape, cipher->encrypt(test::randomImage(shape, 1))});
    const std::vector<std::uint8_t> bytes = readWholeFile(path, 1 << 20);
    for (std::size_t at = 0; at < bytes.size(); at += 5) {
      std::vector<std::uint8_t> bad = bytes;
      bad[at] ^= 1;
      test::expectError(ErrorKind::BadFile, [&] { decodeCiphertext(bad, "d.ledc"); });
    }
    for (std::size_t cut = 0; cut < bytes.size(); cut += 9)
      test::expectError(ErrorKind::BadFile, [&] { decodeCiphertext({bytes.begin(), bytes.begin() + std::ptrdiff_t(cut)}, "d.ledc"); });
  }
};

QTEST_APPLESS_MAIN(TestCiphertextFile)
#include "tst_ciphertextfile.moc"
