// The six schemes: exact inverses, tolerances of the lossy ones, key spaces, wrong keys, traces.
#include <QTest>
#include <cmath>

#include "TestSupport.h"
#include "core/user/schemes/BlockGrid.h"
#include "core/user/schemes/SchemeRegistry.h"

using namespace led;
Q_DECLARE_METATYPE(led::SchemeParams)
Q_DECLARE_METATYPE(led::ImageShape)

namespace {

SchemeParams params(SchemeId id, int block) {
  SchemeParams p = SchemeParams::defaults(id);
  p.blockSize = block;
  if (id == SchemeId::Rmt) p.noise = 0;
  return p;
}

double rmse(const Image& a, const Image& b) {
  double sum = 0;
  for (std::size_t i = 0; i < a.data.size(); ++i) sum += std::pow(double(a.data[i]) - b.data[i], 2);
  return std::sqrt(sum / double(a.data.size()));
}

int maxDifference(const Image& a, const Image& b) {
  int worst = 0;
  for (std::size_t i = 0; i < a.data.size(); ++i) worst = std::max(worst, std::abs(int(a.data[i]) - int(b.data[i])));
  return worst;
}

double shareEqual(const Image& a, const Image& b) {
  std::size_t same = 0;
  for (std::size_t i = 0; i < a.data.size(); ++i) same += a.data[i] == b.data[i];
  return double(same) / double(a.data.size());
}

Key manualKey(SchemeParams p, ImageShape shape, std::vector<KeyTable> tables) {
  Key key({p, shape}, std::nullopt, std::move(tables));
  schemeFor(p.scheme).validateKey(key);
  return key;
}

}  // namespace

class TestSchemes : public QObject {
  Q_OBJECT
 private slots:
  void exactRoundTrip_data() {
    QTest::addColumn<SchemeParams>("params");
    QTest::addColumn<ImageShape>("shape");
    const std::vector<ImageShape> shapes{{32, 32, 3}, {28, 28, 1}, {30, 29, 3}, {17, 5, 1}, {1, 1, 3}, {9, 16, 3}};
    for (SchemeId id : allSchemes()) {
      const std::vector<int> blocks = id == SchemeId::Pe    ? std::vector<int>{1}
                                      : id == SchemeId::Rmt ? std::vector<int>{2, 4, 8}
                                                            : std::vector<int>{1, 2, 3, 4, 8};
      for (int block : blocks)
        for (const ImageShape& shape : shapes) {
          if (id == SchemeId::EtcGray && shape.channels == 3) continue;  // lossy by colour conversion: see below
          const SchemeParams p = params(id, block);
          QTest::addRow("%s M=%d %s", schemeName(id).c_str(), block, shape.text().c_str()) << p << shape;
        }
    }
    // le and ele with every combination of their options.
    for (SchemeId id : {SchemeId::Le, SchemeId::Ele})
      for (int options = 0; options < 8; ++options) {
        SchemeParams p = params(id, 4);
        p.split = options & 1;
        p.reverse = options & 2;
        p.shuffle = options & 4;
        QTest::addRow("%s options %d", schemeName(id).c_str(), options) << p << ImageShape{13, 14, 3};
      }
  }
  void exactRoundTrip() {
    QFETCH(SchemeParams, params);
    QFETCH(ImageShape, shape);
    StreamRandom random(11);
    const Key key = generateKey({params, shape}, random);
    const auto cipher = makeCipher(key);
    const Image plain = test::randomImage(shape, 17);
    const Ciphertext c = cipher->encrypt(plain);
    QCOMPARE(c.shape, cipher->cipherShape());
    const Image back = cipher->decrypt(c);
    QCOMPARE(back.shape, plain.shape);
    QVERIFY2(back.data == plain.data, "decrypt(encrypt(x)) differs from x");
    QVERIFY(schemeFor(params.scheme).exact({params, shape}));
  }

  void ciphertextHidesThePlainImage_data() {
    QTest::addColumn<SchemeParams>("params");
    for (SchemeId id : allSchemes()) QTest::newRow(schemeName(id).c_str()) << SchemeParams::defaults(id);
  }
  void ciphertextHidesThePlainImage() {
    QFETCH(SchemeParams, params);
    StreamRandom random(12);
    const ImageShape shape{32, 32, 3};
    const Image plain = test::gradientImage(shape);
    const auto cipher = makeCipher(generateKey({params, shape}, random));
    const Ciphertext c = cipher->encrypt(plain);
    if (c.real) return;  // rmt: checked by its own tests
    QVERIFY2(shareEqual(Image(c.shape, c.bytes), plain) < 0.5, "more than half the samples are unchanged");
  }

  void etcGrayIsWithinRoundingOfTheColourConversion() {
    StreamRandom random(13);
    for (const ImageShape& shape : {ImageShape{32, 32, 3}, ImageShape{30, 45, 3}}) {
      const Image plain = test::randomImage(shape, 5);
      const auto cipher = makeCipher(generateKey({SchemeParams::defaults(SchemeId::EtcGray), shape}, random));
      const Ciphertext c = cipher->encrypt(plain);
      QCOMPARE(c.shape.channels, 1);
      QCOMPARE(c.shape.height, paddedShape(shape, 4).height);
      QCOMPARE(c.shape.width, 3 * paddedShape(shape, 4).width);
      const Image back = cipher->decrypt(c);
      // 8-bit YCbCr loses up to half a step per plane; the inverse spreads that over R, G, B.
      QVERIFY2(maxDifference(back, plain) <= 3, qPrintable(QString("max error %1").arg(maxDifference(back, plain))));
      QVERIFY(rmse(back, plain) < 1.0);
    }
  }

  void noisyRmtIsApproximate() {
    StreamRandom random(14);
    const ImageShape shape{32, 32, 3};
    SchemeParams p = SchemeParams::defaults(SchemeId::Rmt);
    QCOMPARE(p.noise, 25.0);
    QVERIFY(!schemeFor(SchemeId::Rmt).exact({p, shape}));
    const Image plain = test::gradientImage(shape);
    const auto cipher = makeCipher(generateKey({p, shape}, random));
    const Image back = cipher->decrypt(cipher->encrypt(plain));
    // Uniform noise on [0, 25) minus its mean has RMS 25 / sqrt(12) = 7.2; rotation keeps it, clamping trims it.
    const double error = rmse(back, plain);
    QVERIFY2(error > 4.0 && error < 7.6, qPrintable(QString("rmse %1").arg(error)));
    // Two encryptions of one image differ: the noise is fresh every time.
    QVERIFY(cipher->encrypt(plain).reals != cipher->encrypt(plain).reals);
  }

  void wrongKeyDoesNotDecrypt_data() { ciphertextHidesThePlainImage_data(); }
  void wrongKeyDoesNotDecrypt() {
    QFETCH(SchemeParams, params);
    StreamRandom random(15);
    const ImageShape shape{32, 32, 3};
    const Image plain = test::gradientImage(shape);
    const Key right = generateKey({params, shape}, random);
    const Key wrong = generateKey({params, shape}, random);
    QVERIFY(right.fingerprint() != wrong.fingerprint());
    const Image opened = makeCipher(wrong)->decrypt(makeCipher(right)->encrypt(plain));
    QVERIFY2(rmse(opened, plain) > 40, qPrintable(QString("a wrong key came within rmse %1").arg(rmse(opened, plain))));
  }

  void keySpaceMatchesFormulas() {
    const ImageShape shape{32, 32, 3};
    auto bits = [&](SchemeParams p) { return schemeFor(p.scheme).keySpaceBits({p, shape}); };
    auto logFact = [](int n) {
      double s = 0;
      for (int k = 2; k <= n; ++k) s += std::log2(k);
      return s;
    };
    const int n = 64, d = 48;  // 8x8 blocks of 4x4x3
    QVERIFY(std::abs(bits(SchemeParams::defaults(SchemeId::Le)) - (logFact(2 * d) + 2 * d)) < 1e-6);
    SchemeParams bytes = SchemeParams::defaults(SchemeId::Le);
    bytes.split = false;
    QVERIFY(std::abs(bits(bytes) - (logFact(d) + d)) < 1e-6);
    bytes.shuffle = false;
    QCOMPARE(bits(bytes), double(d));
    QVERIFY(std::abs(bits(SchemeParams::defaults(SchemeId::Ele)) - (n * (logFact(2 * d) + 2 * d) + logFact(n))) < 1e-6);
    QVERIFY(std::abs(bits(SchemeParams::defaults(SchemeId::Etc)) - (logFact(n) + n * (3 + 1 + std::log2(6)))) < 1e-6);
    QVERIFY(std::abs(bits(SchemeParams::defaults(SchemeId::EtcGray)) - (logFact(3 * n) + 3 * n * 4)) < 1e-6);
    QVERIFY(std::abs(bits(SchemeParams::defaults(SchemeId::Pe)) - (1024 * 3 + 1024 * std::log2(6))) < 1e-6);
    QVERIFY(std::isinf(bits(SchemeParams::defaults(SchemeId::Rmt))));
  }

  void leKnownAnswer() {
    // One 1x1 gray block: nibbles [lo, hi] = [0xA, 0x3]. Reverse lo (15 - 10 = 5), then swap: out = [3, 5] -> 0x53.
    SchemeParams p = params(SchemeId::Le, 1);
    const Key key = manualKey(p, {1, 1, 1}, {{"permutation", {2}, {1, 0}, {}}, {"reversal", {2}, {1, 0}, {}}});
    const Ciphertext c = makeCipher(key)->encrypt(Image({1, 1, 1}, {0x3a}));
    QCOMPARE(int(c.bytes[0]), 0x53);
    QCOMPARE(int(makeCipher(key)->decrypt(c).data[0]), 0x3a);
  }

  void etcKnownAnswer() {
    // One 2x2 gray block [1 2; 3 4] turned a quarter clockwise is [3 1; 4 2]; then negated.
    SchemeParams p = params(SchemeId::Etc, 2);
    const Key key = manualKey(
        p, {2, 2, 1},
        {{"block-permutation", {1}, {0}, {}}, {"rotation", {1}, {1}, {}}, {"flip", {1}, {0}, {}}, {"negative-positive", {1}, {1}, {}}});
    const Ciphertext c = makeCipher(key)->encrypt(Image({2, 2, 1}, {1, 2, 3, 4}));
    QCOMPARE(c.bytes, (std::vector<std::uint8_t>{252, 254, 251, 253}));
  }

  void traceEndsInTheCiphertext_data() {
    QTest::addColumn<SchemeParams>("params");
    QTest::addColumn<ImageShape>("shape");
    for (SchemeId id : allSchemes())
      for (const ImageShape& shape : {ImageShape{24, 20, 3}, ImageShape{14, 10, 1}}) {
        QTest::addRow("%s %s", schemeName(id).c_str(), shape.text().c_str()) << params(id, id == SchemeId::Pe ? 1 : 4) << shape;
      }
  }
  void traceEndsInTheCiphertext() {
    // The trace computes each step plainly; the cipher uses compiled tables. They must agree.
    QFETCH(SchemeParams, params);
    QFETCH(ImageShape, shape);
    StreamRandom random(16);
    const Key key = generateKey({params, shape}, random);
    const Image plain = test::gradientImage(shape);
    const std::vector<TraceStep> steps = schemeFor(params.scheme).trace(plain, key);
    QVERIFY(steps.size() >= 2);
    QVERIFY(steps.back().image.data == makeCipher(key)->encrypt(plain).view().data);
    for (const TraceStep& step : steps) {
      QVERIFY(!step.title.empty() && !render(step.explanation).empty());
      if (step.grid > 0 && !step.origin.empty())
        QCOMPARE(int(step.origin.size()), (step.image.height() / step.grid) * (step.image.width() / step.grid));
    }
  }

  void traceOriginFollowsTheBlocks() {
    // For a scheme that only moves blocks (ele without in-block steps), block j of the last step
    // must be exactly the plain block its origin names.
    SchemeParams p = params(SchemeId::Ele, 4);
    p.reverse = false;
    p.shuffle = false;
    StreamRandom random(18);
    const ImageShape shape{16, 16, 1};
    const Key key = generateKey({p, shape}, random);
    const Image plain = test::randomImage(shape, 3);
    const TraceStep last = schemeFor(SchemeId::Ele).trace(plain, key).back();
    const BlockGrid grid(shape, 4);
    for (int j = 0; j < grid.count(); ++j)
      for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c) {
          const int from = last.origin[std::size_t(j)];
          QCOMPARE(last.image.at(j / 4 * 4 + r, j % 4 * 4 + c, 0), plain.at(from / 4 * 4 + r, from % 4 * 4 + c, 0));
        }
  }

  void seededKeysAreReproducibleAndMarked() {
    const KeySpec spec{SchemeParams::defaults(SchemeId::Ele), {32, 32, 3}};
    StreamRandom a(99), b(99);
    const Key k1 = generateKey(spec, a), k2 = generateKey(spec, b);
    QCOMPARE(k1.fingerprint(), k2.fingerprint());
    QVERIFY(k1.seeded());
    OsRandom os;
    const Key k3 = generateKey(spec, os), k4 = generateKey(spec, os);
    QVERIFY(!k3.seeded());
    QVERIFY(k3.fingerprint() != k4.fingerprint());
    QCOMPARE(k3.shortFingerprint().size(), std::size_t(19));
  }

  void imageOfAnotherShapeIsRefused() {
    StreamRandom random(20);
    const auto cipher = makeCipher(generateKey({SchemeParams::defaults(SchemeId::Le), {32, 32, 3}}, random));
    test::expectError(
        ErrorKind::Mismatch,
        [&] {
          cipher->encrypt(test::randomImage({28, 28, 1}, 1));
        },
        "32x32x3");
    Ciphertext c = cipher->encrypt(test::randomImage({32, 32, 3}, 1));
    c.shape = {16, 64, 3};
    test::expectError(
        ErrorKind::Mismatch, [&] { cipher->decrypt(c); }, "this ciphertext is 64x16x3");
  }

  void badParametersAreRefused() {
    StreamRandom random(21);
    SchemeParams p = SchemeParams::defaults(SchemeId::Pe);
    p.blockSize = 4;
    test::expectError(
        ErrorKind::InvalidArgument,
        [&] {
          generateKey({p, {8, 8, 3}}, random);
        },
        "pe");
    p = SchemeParams::defaults(SchemeId::Le);
    p.blockSize = 0;
    test::expectError(
        ErrorKind::InvalidArgument,
        [&] {
          generateKey({p, {8, 8, 3}}, random);
        },
        "block size");
    p.blockSize = 4;
    p.noise = 3;
    test::expectError(
        ErrorKind::InvalidArgument,
        [&] {
          generateKey({p, {8, 8, 3}}, random);
        },
        "noise");
    test::expectError(ErrorKind::InvalidArgument, [&] {
      schemeFor(SchemeId::Etc).generateKey({SchemeParams::defaults(SchemeId::Le), {8, 8, 3}}, random);
    });
    test::expectError(
        ErrorKind::InvalidArgument, [] { parseSchemeName("aes"); }, "known: le, ele");
  }
};

QTEST_APPLESS_MAIN(TestSchemes)
#include "tst_schemes.moc"
