// Encrypted datasets: what the user exports is what the cloud reads (the same model input the user's own
// training computes), every shard is checked, an interrupted export resumes, and NumPy reads a shard.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

#include "SmallExport.h"
#include "TestSupport.h"
#include "core/shared/common/AtomicFile.h"
#include "core/user/data/DatasetExport.h"
#include "core/user/data/EncryptedView.h"
#include "core/user/data/FashionMnist.h"
#include "core/user/schemes/SchemeRegistry.h"
#include "core/shared/shards/Npy.h"
#include "core/shared/shards/ShardedDataset.h"

using namespace led;

namespace {

const DatasetSplit& fashion() {
  static const DatasetSplit split = loadFashionMnist(defaultFashionMnistFolder());
  return split;
}

ExportPlan smallPlan() { return test::smallExportPlan(600, 200, 11); }

std::vector<float> filled(const BatchSource& source, const std::vector<std::size_t>& indices, int epoch) {
  std::vector<float> out(indices.size() * source.inputShape().size());
  std::vector<std::int64_t> labels(indices.size());
  source.fill(indices.data(), indices.size(), epoch, nullptr, out.data(), labels.data());
  return out;
}

const std::atomic<bool> never{false};

}  // namespace

class TestShards : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::string path(const QString& name) const { return dir_.filePath(name).toStdString(); }

 private slots:
  void npyRoundTripsAndRefusesWhatItDoesNotWrite() {
    const NpyArray array{NpyType::Int64, {3}, {1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0}};
    const std::vector<std::uint8_t> bytes = encodeNpy(array);
    QCOMPARE(bytes.size() % 64, std::size_t(24));  // the header aligned to 64 bytes, then the data
    QVERIFY(decodeNpy(bytes, "a.npy").data == array.data);
    std::vector<std::uint8_t> fortran = bytes;
    const std::string header(fortran.begin(), fortran.begin() + 64);
    const std::size_t at = header.find("False");
    std::copy_n("True ", 5, fortran.begin() + std::ptrdiff_t(at));
    test::expectError(
        ErrorKind::BadFile, [&] { decodeNpy(fortran, "a.npy"); }, "a.npy");
    test::expectError(
        ErrorKind::BadFile,
        [&] {
          decodeNpy({bytes.begin(), bytes.end() - 8}, "a.npy");
        },
        "another number of values");
  }

  // The test part carries no augmentation, so the cloud's input from the shards is exactly the user's
  // own (encrypt, then lay out); the training copies differ from each other by their augmentation.
  void theCloudReadsWhatTheUserComputes() {
    const Key key = test::seededKey(SchemeId::Le, 3);
    const ExportResult r = exportEncryptedDataset(fashion(), key, smallPlan(), path("le"), {}, never);
    QVERIFY(!r.cancelled);
    QCOMPARE(r.written, std::size_t(2 * 3 + 1));
    const EncryptedDataset d = readEncryptedDataset(path("le"));
    QCOMPARE(d.keyFingerprint, key.fingerprint());
    QCOMPARE(d.encoding, SampleEncoding::Nibbles);
    QCOMPARE(d.train.images, std::size_t(600));
    QCOMPARE(d.modelInfo("baseline").input, (InputShape{2, 28, 28}));
    const ShardedDataset test(path("le"), d, true), train(path("le"), d, false);
    const Dataset plainTest = fashion().test.head(200);
    const ModelInput input(makeCipher(key), plainTest.shape);
    const EncryptedView view(plainTest, input, {});
    const std::vector<std::size_t> some{0, 57, 199};
    QVERIFY(filled(test, some, 0) == filled(view, some, 0));
    const std::vector<std::size_t> first{0, 1, 2, 3, 4, 5, 6, 7};
    QVERIFY(filled(train, first, 1) != filled(train, first, 2));  // copy 0, copy 1
    QVERIFY(filled(train, first, 1) == filled(train, first, 3));  // copy 0 again
    // Partitions are contiguous halves, whatever the shards: part 1 of 2 is images 300-599.
    QCOMPARE(train.partition(1, 2).front(), std::size_t(300));
    QCOMPARE(train.partition(1, 2).size(), std::size_t(300));
    QCOMPARE(train.partition(0, 2).size(), std::size_t(300));
  }

  void plainAndRmtDatasetsStoreTheirOwnKind() {
    exportEncryptedDataset(fashion(), std::nullopt, smallPlan(), path("plain"), {}, never);
    const EncryptedDataset plain = readEncryptedDataset(path("plain"));
    QVERIFY(!plain.scheme);
    QCOMPARE(plain.encoding, SampleEncoding::Bytes);
    SchemeParams rmt = SchemeParams::defaults(SchemeId::Rmt);
    StreamRandom random(4);
    exportEncryptedDataset(fashion(), generateKey({rmt, {28, 28, 1}}, random), smallPlan(), path("rmt"), {}, never);
    const EncryptedDataset d = readEncryptedDataset(path("rmt"));
    QCOMPARE(d.encoding, SampleEncoding::Reals);
    QCOMPARE(decodeNpy(readWholeFile(path("rmt/") + d.test.shards.front().inputs, 1 << 30), "x").type, NpyType::Float32);
  }

  void aDamagedShardIsNamed() {
    exportEncryptedDataset(fashion(), test::seededKey(SchemeId::Etc, 5), smallPlan(), path("damaged"), {}, never);
    const EncryptedDataset d = readEncryptedDataset(path("damaged"));
    const std::string shard = path("damaged/") + d.train.shards[1].inputs;
    std::vector<std::uint8_t> bytes = readWholeFile(shard, 1 << 30);
    bytes[bytes.size() / 2] ^= 1;
    test::writeBytes(QString::fromStdString(shard), bytes);
    const ShardedDataset train(path("damaged"), d, false);
    QVERIFY(!filled(train, {0}, 1).empty());  // shard 0 is intact
    test::expectError(
        ErrorKind::BadFile, [&] { filled(train, {300}, 1); }, d.train.shards[1].inputs);
    test::expectError(
        ErrorKind::BadFile, [&] { train.verify(); }, "SHA-256");
    test::writeBytes(dir_.filePath("damaged/manifest.json"), {'{', '"'});
    test::expectError(
        ErrorKind::BadFile, [&] { readEncryptedDataset(path("damaged")); }, "JSON");
    test::expectError(
        ErrorKind::Io, [&] { readEncryptedDataset(path("nowhere")); }, "not an encrypted dataset");
  }

  // Two shards' inputs swapped in the manifest, each with its own digest: each file is intact, but in
  // the other's place, under the other's labels, and is refused.
  void aShardInAnotherPlaceIsRefused() {
    exportEncryptedDataset(fashion(), test::seededKey(SchemeId::Le, 8), smallPlan(), path("swapped"), {}, never);
    EncryptedDataset d = readEncryptedDataset(path("swapped"));
    DatasetShard& a = d.train.shards[0];
    DatasetShard& b = d.train.shards[1];
    std::swap(a.inputs, b.inputs);
    std::swap(a.inputsSha256, b.inputsSha256);
    const std::string text = encodeDatasetManifest(d, true);
    test::writeBytes(dir_.filePath("swapped/manifest.json"), std::vector<std::uint8_t>(text.begin(), text.end()));
    const ShardedDataset train(path("swapped"), readEncryptedDataset(path("swapped")), false);
    test::expectError(
        ErrorKind::BadFile, [&] { filled(train, {0}, 1); }, "another shard's place");
    test::expectError(
        ErrorKind::BadFile, [&] { filled(train, {300}, 1); }, "another shard's place");
  }

  // An export stopped after three shards finishes when run again, and gives what an uninterrupted one
  // gives (seeded here, so the two can be compared file by file); other settings are refused.
  void anInterruptedExportResumes() {
    const Key key = test::seededKey(SchemeId::Le, 6);
    exportEncryptedDataset(fashion(), key, smallPlan(), path("whole"), {}, never);
    std::atomic<bool> stop{false};
    const ExportResult first = exportEncryptedDataset(
        fashion(), key, smallPlan(), path("resumed"), [&](const ExportProgress& p) { stop = p.done == 3; }, stop);
    QVERIFY(first.cancelled);
    QCOMPARE(first.written, std::size_t(3));
    test::expectError(
        ErrorKind::BadFile, [&] { readEncryptedDataset(path("resumed")); }, "3 of 7 shards");
    ExportPlan other = smallPlan();
    other.copies = 3;
    test::expectError(
        ErrorKind::Mismatch, [&] { exportEncryptedDataset(fashion(), key, other, path("resumed"), {}, never); }, "other settings");
    const ExportResult second = exportEncryptedDataset(fashion(), key, smallPlan(), path("resumed"), {}, never);
    QCOMPARE(second.kept, std::size_t(3));
    QCOMPARE(second.written, std::size_t(4));
    const EncryptedDataset a = readEncryptedDataset(path("whole")), b = readEncryptedDataset(path("resumed"));
    for (std::size_t i = 0; i < a.train.shards.size(); ++i) QCOMPARE(b.train.shards[i].inputsSha256, a.train.shards[i].inputsSha256);
    QVERIFY(!QFile::exists(dir_.filePath("resumed/progress.json")));
    test::expectError(
        ErrorKind::Io, [&] { exportEncryptedDataset(fashion(), key, smallPlan(), path("resumed"), {}, never); }, "already holds");
  }

  // A researcher's own script reads the shards with NumPy, without LED Studio.
  void numpyReadsAShard() {
    exportEncryptedDataset(fashion(), test::seededKey(SchemeId::Le, 7), smallPlan(), path("numpy"), {}, never);
    const EncryptedDataset d = readEncryptedDataset(path("numpy"));
    QProcess python;
    python.start("/usr/bin/python3", {"-c",
                                      "import json, numpy, sys\n"
                                      "d = json.load(open(sys.argv[1] + '/manifest.json'))\n"
                                      "s = d['train']['shards'][0]\n"
                                      "x = numpy.load(sys.argv[1] + '/' + s['inputs'])\n"
                                      "y = numpy.load(sys.argv[1] + '/' + s['labels'])\n"
                                      "print(x.shape, x.dtype, y.shape, y.dtype, int(y[0]), int(x.max()))",
                                      QString::fromStdString(path("numpy"))});
    QVERIFY(python.waitForFinished(60000));
    const QString out = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const ShardedDataset train(path("numpy"), d, false);
    std::int64_t label = -1;
    std::vector<float> one(train.inputShape().size());
    const std::size_t zero = 0;
    train.fill(&zero, 1, 1, nullptr, one.data(), &label);
    QCOMPARE(out, QString("(250, 1, 28, 28) uint8 (250,) int64 %1 255").arg(label));
  }
};

QTEST_APPLESS_MAIN(TestShards)
#include "tst_shards.moc"
