// Guides, guide keys and fake keys: the fake opening shows the claimed shape exactly, and only the
// uniform construction cannot be told from honest keys.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <set>
#include <thread>

#include "TestSupport.h"
#include "core/shared/common/AtomicFile.h"
#include "core/shared/deniable/DeniabilityTest.h"
#include "core/shared/deniable/Guide.h"
#include "core/shared/deniable/GuidePad.h"

using namespace led;

namespace {

int foreground(const Image& g) { return int(std::count(g.data.begin(), g.data.end(), kGuideForeground)); }

// Width of the foreground in row r.
int rowWidth(const Image& g, int r) {
  int n = 0;
  for (int c = 0; c < g.width(); ++c) n += g.at(r, c, 0) == kGuideForeground;
  return n;
}

// Whether `needle` occurs in `bytes` (an erased key must not).
bool containsBytes(const std::vector<std::uint8_t>& bytes, const std::uint8_t* needle, std::size_t n) {
  return std::search(bytes.begin(), bytes.end(), needle, needle + n) != bytes.end();
}

}  // namespace

class TestDeniable : public QObject {
  Q_OBJECT
 private slots:
  void guidesShareTheirHistogram_data() {
    QTest::addColumn<int>("side");
    QTest::newRow("16") << 16;
    QTest::newRow("32") << 32;
  }
  void guidesShareTheirHistogram() {
    QFETCH(int, side);
    const Image triangle = drawGuide(GuideShape::Triangle, side), square = drawGuide(GuideShape::Square, side);
    QCOMPARE(foreground(triangle), foreground(square));
    QCOMPARE(foreground(triangle), side == 16 ? 100 : 400);
    QVERIFY(triangle.data != square.data);
    GuideShape read;
    QVERIFY(readGuide(triangle, read) && read == GuideShape::Triangle);
    QVERIFY(readGuide(square, read) && read == GuideShape::Square);
    QVERIFY(!readGuide(test::randomImage({side, side, 1}, 1), read));
    // A triangle widens downwards; a square's full rows are all as wide.
    int top = -1, bottom = -1;
    for (int r = 0; r < side; ++r)
      if (rowWidth(triangle, r) > 0) (top < 0 ? top : bottom) = r;
    QVERIFY(rowWidth(triangle, top) * 3 < rowWidth(triangle, bottom));
    QCOMPARE(rowWidth(square, side / 2), rowWidth(square, side / 2 - 2));
    QCOMPARE(guidePart(GuideShape::Triangle), 0);
    QCOMPARE(guidePart(GuideShape::Square), 1);
  }

  void fakeKeysOpenTheGarbledGuideToTheClaimedShape() {
    StreamRandom random(7);
    const Image triangle = drawGuide(GuideShape::Triangle, 16), square = drawGuide(GuideShape::Square, 16);
    for (int trial = 0; trial < 1000; ++trial) {
      const Permutation sk = randomPermutation(square.data.size(), random);
      const Image garbled = garbleGuide(square, sk);
      QVERIFY(openGuide(garbled, sk).data == square.data);
      for (FakeKeyMode mode : {FakeKeyMode::Uniform, FakeKeyMode::Paper}) {
        const Permutation fake = fakeGuideKey(garbled, triangle, mode, random);
        QVERIFY(isPermutation(fake.data(), fake.size()));
        QVERIFY2(openGuide(garbled, fake).data == triangle.data, qPrintable(QString("trial %1").arg(trial)));
      }
    }
  }

  void differentHistogramsHaveNoFakeKey() {
    StreamRandom random(8);
    const Image square = drawGuide(GuideShape::Square, 16);
    test::expectError(
        ErrorKind::Mismatch,
        [&] {
          fakeGuideKey(square, test::randomImage({16, 16, 1}, 2), FakeKeyMode::Uniform, random);
        },
        "histograms");
    test::expectError(ErrorKind::Mismatch,
                      [&] { fakeGuideKey(square, drawGuide(GuideShape::Triangle, 32), FakeKeyMode::Uniform, random); });
  }

  void kolmogorovSmirnovSanity() {
    std::vector<double> a, b, c;
    for (int i = 0; i < 100; ++i) {
      a.push_back(i);
      b.push_back(i + 50);
      c.push_back(i);
    }
    const KsResult same = kolmogorovSmirnov(a, c), shifted = kolmogorovSmirnov(a, b);
    QCOMPARE(same.distance, 0.0);
    QCOMPARE(same.pValue, 1.0);
    QCOMPARE(shifted.distance, 0.5);
    QVERIFY(shifted.pValue < 1e-6);
  }

  void padEntriesAreUsedOnceAndErasedFirst() {
    QTemporaryDir dir;
    const std::string user = dir.filePath("user.ledpad").toStdString(), cloud = dir.filePath("cloud.ledpad").toStdString();
    OsRandom random;
    GuidePad::generate(16, 4, random).write(user);
    QVERIFY(QFile::copy(QString::fromStdString(user), QString::fromStdString(cloud)));
    QVERIFY(GuidePad::readId(user) == GuidePad::read(cloud).id());
    std::vector<PadEntry> taken;
    for (int i = 0; i < 4; ++i) {
      taken.push_back(GuidePad::takeNext(user));
      QCOMPARE(taken.back().index, std::uint64_t(i));
      QVERIFY(isPermutation(taken.back().key.data(), 256));
      // Marked used and erased on disk before the key was handed out.
      QCOMPARE(GuidePad::read(user).remaining(), std::size_t(3 - i));
      QVERIFY(!containsBytes(readWholeFile(user, 1 << 20), taken.back().answerKey.data(), taken.back().answerKey.size()));
    }
    QVERIFY(taken[0].key != taken[1].key);
    test::expectError(
        ErrorKind::Mismatch, [&] { GuidePad::takeNext(user); }, "used up");
    // The cloud takes the entries queries name, in any order, each once.
    QVERIFY(GuidePad::take(cloud, 2, nullptr).value().key == taken[2].key);
    QVERIFY(GuidePad::take(cloud, 0, nullptr).value().key == taken[0].key);
    test::expectError(
        ErrorKind::Mismatch, [&] { GuidePad::take(cloud, 2, nullptr).value(); }, "never used twice");
    test::expectError(
        ErrorKind::Mismatch, [&] { GuidePad::take(cloud, 4, nullptr).value(); }, "no entry 4");
    QCOMPARE(GuidePad::read(cloud).nextUnused(), std::optional<std::uint64_t>(1));
    QVERIFY(GuidePad::take(cloud, 1, nullptr).value().answerKey == taken[1].answerKey);
  }

  // Threads taking from one pad at once (each its own open file, as separate processes would be) never
  // get one entry twice: the user's next entries, and the cloud's entries that racing queries name.
  void concurrentTakersNeverShareAnEntry() {
    QTemporaryDir dir;
    const std::string user = dir.filePath("user.ledpad").toStdString(), cloud = dir.filePath("cloud.ledpad").toStdString();
    OsRandom random;
    GuidePad::generate(16, 64, random).write(user);
    QVERIFY(QFile::copy(QString::fromStdString(user), QString::fromStdString(cloud)));
    std::vector<std::vector<std::uint64_t>> next(8), named(8);
    std::vector<std::thread> takers;
    for (std::size_t t = 0; t < next.size(); ++t)
      takers.emplace_back([&, t] {
        for (int i = 0; i < 8; ++i) next[t].push_back(GuidePad::takeNext(user).index);
        // Every thread tries every entry of the cloud's copy, each from another starting point.
        for (std::size_t i = 0; i < 64; ++i) try {
            named[t].push_back(GuidePad::take(cloud, (i + 8 * t) % 64, nullptr).value().index);
          } catch (const Error&) {
          }
      });
    for (auto& t : takers) t.join();
    for (const auto* lists : {&next, &named}) {
      std::multiset<std::uint64_t> all;
      for (const auto& indices : *lists) all.insert(indices.begin(), indices.end());
      QCOMPARE(all.size(), std::size_t(64));
      QCOMPARE(std::set<std::uint64_t>(all.begin(), all.end()).size(), std::size_t(64));
    }
    QCOMPARE(GuidePad::read(user).remaining(), std::size_t(0));
    QCOMPARE(GuidePad::read(cloud).remaining(), std::size_t(0));
  }

  void padsAreNeverSeededAndDamageIsDetected() {
    StreamRandom seeded(1);
    test::expectError(
        ErrorKind::InvalidArgument, [&] { GuidePad::generate(16, 2, seeded); }, "cannot be denied");
    QTemporaryDir dir;
    const std::string path = dir.filePath("p.ledpad").toStdString();
    OsRandom random;
    GuidePad::generate(32, 2, random).write(path);
    QCOMPARE(GuidePad::read(path).side(), 32);
    const std::vector<std::uint8_t> bytes = readWholeFile(path, 1 << 20);
    for (std::size_t at : {std::size_t(0), std::size_t(9), std::size_t(30), bytes.size() / 2, bytes.size() - 1}) {
      std::vector<std::uint8_t> bad = bytes;
      bad[at] ^= 4;
      QFile f(QString::fromStdString(path));
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(reinterpret_cast<const char*>(bad.data()), qint64(bad.size()));
      f.close();
      test::expectError(ErrorKind::BadFile, [&] { GuidePad::read(path); });
    }
  }

  void uniformFakeKeysPassPaperFakeKeysFail() {
    StreamRandom random(9);
    const DeniabilityReport uniform = runDeniabilityTest(FakeKeyMode::Uniform, 1000, 16, random);
    QVERIFY(uniform.indistinguishable);
    for (const DeniabilityRow& row : uniform.rows) QVERIFY2(row.passes, row.statistic.c_str());
    const DeniabilityReport paper = runDeniabilityTest(FakeKeyMode::Paper, 1000, 16, random);
    QVERIFY(!paper.indistinguishable);
    QCOMPARE(paper.rows[0].statistic, std::string("inversions within a colour"));
    QVERIFY(!paper.rows[0].passes);
    QVERIFY(paper.rows[0].ks.distance > 0.9);
  }

  void meterCatchesOnePaperKeyAndPassesUniformOnes() {
    StreamRandom random(10);
    const Image square = drawGuide(GuideShape::Square, 16), triangle = drawGuide(GuideShape::Triangle, 16);
    int uniformFlagged = 0;
    for (int trial = 0; trial < 40; ++trial) {
      const Image garbled = garbleGuide(square, randomPermutation(256, random));
      const Permutation uniform = fakeGuideKey(garbled, triangle, FakeKeyMode::Uniform, random);
      uniformFlagged += !judgeGuideKey(uniform, garbled, triangle, 400, random).plausible;
      const KeyPlausibility paper =
          judgeGuideKey(fakeGuideKey(garbled, triangle, FakeKeyMode::Paper, random), garbled, triangle, 400, random);
      QVERIFY(!paper.plausible);
      QVERIFY(!paper.rows[0].plausible);  // its pixels keep their order within a colour
      QVERIFY(paper.rows[0].value < paper.rows[0].honestLow);
    }
    QVERIFY2(uniformFlagged <= 3, qPrintable(QString("%1 of 40 uniform keys flagged").arg(uniformFlagged)));
  }
};

QTEST_APPLESS_MAIN(TestDeniable)
#include "tst_deniable.moc"
