// The building blocks under every scheme: hashing, random generation, permutations, padding.
#include <QTest>
#include <cmath>
#include <cstring>

#include "TestSupport.h"
#include "core/shared/common/Error.h"
#include "core/shared/common/NumberList.h"
#include "core/shared/common/Phrase.h"
#include "core/shared/image/Image.h"
#include "core/shared/crypto/Sha256.h"
#include "core/shared/crypto/ChaCha20.h"
#include "core/shared/random/Permutation.h"
#include "core/shared/random/RandomSource.h"

using namespace led;

class TestPrimitives : public QObject {
  Q_OBJECT
 private slots:
  void phrasesRenderTheirArguments() {
    QCOMPARE(render(Phrase("The image cut into %1 blocks of %2x%2 pixels.", {"12", "4"})),
             std::string("The image cut into 12 blocks of 4x4 pixels."));
    QCOMPARE(render(Phrase("no arguments: 100%")), std::string("no arguments: 100%"));
    QCOMPARE(render(Phrase("%1 and %3", {"a"})), std::string("a and %3"));  // a missing argument stays visible
    QCOMPARE(render(std::vector<Phrase>{"One.", Phrase("%1.", {"Two"})}), std::string("One. Two."));
  }

  // A kept phrase comes back whole (template, values, nested phrases) and a damaged one is refused.
  void phrasesSurviveEncoding() {
    const Phrase nested("Failed after %1 chosen images: %2",
                        {std::string("12"), Phrase("%1 is flat (%2: 100%)", {std::string("a:b/3"), "block"})});
    const std::string text = encodePhrase(nested);
    const Phrase back = decodePhrase(text);
    QCOMPARE(back.text, nested.text);
    QVERIFY(!back.value && back.args.size() == 2 && back.args[0].value && !back.args[1].value && back.args[1].args[1].text == "block");
    QCOMPARE(render(back), render(nested));
    QCOMPARE(encodePhrase(back), text);
    QCOMPARE(render(decodePhrase(encodePhrase(std::string("=3:x")))), std::string("=3:x"));  // a value that looks like a code
    for (const std::string& bad :
         {std::string(), text.substr(0, text.size() - 1), text + "=0:", std::string("#3:abc"), std::string("#3:abc/10:"),
          std::string("=99:short"), std::string("x1:a"), std::string("=:"), std::string("=99999999:a")})
      QVERIFY_THROWS_EXCEPTION(Error, decodePhrase(bad));
    std::string deep = "=0:";
    for (int i = 0; i < 40; ++i) deep = "#2:%1/1:" + deep;
    QVERIFY_THROWS_EXCEPTION(Error, decodePhrase(deep));
  }

  void numberListsParseAndRefuseWhatIsNotOne() {
    QCOMPARE(parseNumberList(" 0, 25 ,50.5,", "noise"), (std::vector<double>{0, 25, 50.5}));
    QCOMPARE(parseWholeNumberList("2,4,7", "blocks"), (std::vector<int>{2, 4, 7}));
    QVERIFY(parseNumberList("", "noise").empty());
    for (const char* bad : {"4,x", "4;7", "1e999", "nan"}) QVERIFY_THROWS_EXCEPTION(Error, parseNumberList(bad, "noise"));
    QVERIFY_THROWS_EXCEPTION(Error, parseWholeNumberList("2.5", "blocks"));
  }

  void sha256KnownAnswers_data() {
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("digest");
    QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
    QTest::newRow("million a") << QByteArray(1000000, 'a') << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
  }
  void sha256KnownAnswers() {
    QFETCH(QByteArray, message);
    QFETCH(QString, digest);
    const auto d = Sha256::of(message.constData(), std::size_t(message.size()));
    QCOMPARE(QString::fromStdString(Sha256::hex(d.data(), d.size())), digest);
  }

  void chacha20Rfc8439Block() {
    std::array<std::uint8_t, 32> key;
    for (int i = 0; i < 32; ++i) key[std::size_t(i)] = std::uint8_t(i);
    const std::array<std::uint8_t, 12> nonce{0, 0, 0, 9, 0, 0, 0, 0x4a, 0, 0, 0, 0};
    ChaCha20 cipher(key, nonce, 1);
    std::uint8_t block[64];
    cipher.nextBlock(block);
    QCOMPARE(QString::fromStdString(Sha256::hex(block, 64)), QString("10f1e7e4d13b5915500fdd1fa32071c4c7d1f4c733c068030422aa9ac3d46c4e"
                                                                     "d2826446079faa0914c2d705d98b02a2b5129cd1de164eb9cbd083e8a2503c4e"));
  }

  void seededStreamsAreReproducibleAndDistinct() {
    StreamRandom a(42), b(42), c(43);
    QCOMPARE(a.next64(), b.next64());
    QVERIFY(a.next64() != c.next64());
    QCOMPARE(a.seed().value(), std::uint64_t(42));
    OsRandom os;
    QVERIFY(!os.seed().has_value());
    QVERIFY(os.next64() != os.next64());
  }

  void belowIsUniform() {
    // Chi-square over 7 buckets (not a power of two, so modulo bias would show).
    StreamRandom random(1);
    const int n = 70000;
    int counts[7] = {};
    for (int i = 0; i < n; ++i) ++counts[random.below(7)];
    double chi = 0;
    for (int c : counts) chi += (c - n / 7.0) * (c - n / 7.0) / (n / 7.0);
    QVERIFY2(chi < 22.46, qPrintable(QString("chi-square %1 over the 0.1 % bound for 6 degrees of freedom").arg(chi)));
  }

  void gaussianHasUnitMoments() {
    StreamRandom random(3);
    double sum = 0, squares = 0;
    const int n = 100000;
    for (int i = 0; i < n; ++i) {
      const double g = random.gaussian();
      sum += g;
      squares += g * g;
    }
    QVERIFY(std::abs(sum / n) < 0.02);
    QVERIFY(std::abs(squares / n - 1) < 0.02);
  }

  void permutationsAreUniformAndInvertible() {
    StreamRandom random(5);
    int firstPosition[4] = {};
    for (int i = 0; i < 40000; ++i) {
      const Permutation p = randomPermutation(4, random);
      QVERIFY(isPermutation(p.data(), p.size()));
      const Permutation inv = inversePermutation(p);
      for (std::uint32_t j = 0; j < 4; ++j) QCOMPARE(inv[p[j]], j);
      ++firstPosition[p[0]];
    }
    for (int c : firstPosition) QVERIFY(std::abs(c - 10000) < 400);
    const std::uint32_t repeated[3] = {0, 0, 1}, outOfRange[3] = {0, 1, 3};
    QVERIFY(!isPermutation(repeated, 3));
    QVERIFY(!isPermutation(outOfRange, 3));
  }

  void log2FactorialMatchesSum() {
    for (std::size_t n : {0, 1, 2, 10, 96, 1000}) {
      double sum = 0;
      for (std::size_t k = 2; k <= n; ++k) sum += std::log2(double(k));
      QVERIFY(std::abs(log2Factorial(n) - sum) < 1e-6 * std::max(1.0, sum));
    }
  }

  void paddingReplicatesEdgesAndCropsBack() {
    const Image image = test::randomImage({5, 3, 3}, 9);
    const Image padded = padByEdgeReplication(image, 4);
    QCOMPARE(padded.shape, (ImageShape{8, 4, 3}));
    for (int r = 0; r < 8; ++r)
      for (int c = 0; c < 4; ++c)
        for (int ch = 0; ch < 3; ++ch) QCOMPARE(padded.at(r, c, ch), image.at(std::min(r, 4), std::min(c, 2), ch));
    const Image back = cropTopLeft(padded, 5, 3);
    QVERIFY(back.data == image.data);
  }

  void shapesAreBounded() {
    test::expectError(
        ErrorKind::InvalidArgument,
        [] {
          requireValidShape({10, 10, 2}, "x");
        },
        "channels");
    test::expectError(
        ErrorKind::InvalidArgument,
        [] {
          requireValidShape({0, 10, 3}, "x");
        },
        "no pixels");
    test::expectError(
        ErrorKind::InvalidArgument,
        [] {
          requireValidShape({kMaxImageSide + 1, 1, 1}, "x");
        },
        "too large");
  }
};

QTEST_APPLESS_MAIN(TestPrimitives)
#include "tst_primitives.moc"
