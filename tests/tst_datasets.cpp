// Dataset loaders and the encrypted view: real Fashion-MNIST, generated IDX, CIFAR-10 and image-folder
// files, and a clear error for each way such files go wrong.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <zlib.h>

#include "TestSupport.h"
#include "core/user/data/Cifar10.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/data/EncryptedView.h"
#include "core/user/data/FashionMnist.h"
#include "core/user/data/Idx.h"
#include "core/user/data/ImageFolder.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/schemes/SchemeRegistry.h"

using namespace led;

namespace {

std::vector<std::uint8_t> idx(const std::vector<std::uint32_t>& dims, std::uint8_t seed) {
  std::vector<std::uint8_t> bytes{0, 0, 0x08, std::uint8_t(dims.size())};
  std::size_t count = 1;
  for (std::uint32_t d : dims) {
    for (int s = 24; s >= 0; s -= 8) bytes.push_back(std::uint8_t(d >> s));
    count *= d;
  }
  for (std::size_t i = 0; i < count; ++i) bytes.push_back(std::uint8_t((i * 7 + seed) % (dims.size() == 1 ? 10 : 256)));
  return bytes;
}

std::vector<std::uint8_t> gzip(const std::vector<std::uint8_t>& bytes) {
  z_stream s{};
  deflateInit2(&s, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::vector<std::uint8_t> out(deflateBound(&s, uLong(bytes.size())) + 32);
  s.next_in = const_cast<std::uint8_t*>(bytes.data());
  s.avail_in = uInt(bytes.size());
  s.next_out = out.data();
  s.avail_out = uInt(out.size());
  deflate(&s, Z_FINISH);
  out.resize(s.total_out);
  deflateEnd(&s);
  return out;
}

// CIFAR-10 records: label, then the red, green and blue planes.
std::vector<std::uint8_t> cifarBatch(int records, std::uint8_t seed) {
  std::vector<std::uint8_t> bytes;
  for (int r = 0; r < records; ++r) {
    bytes.push_back(std::uint8_t((r + seed) % 10));
    for (int i = 0; i < 3 * 1024; ++i) bytes.push_back(std::uint8_t((i + r * 3 + seed) % 251));
  }
  return bytes;
}

}  // namespace

class TestDatasets : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private slots:
  void debianFashionMnist() {
    const DatasetSplit split = loadFashionMnist(defaultFashionMnistFolder());
    QCOMPARE(split.train.size(), std::size_t(60000));
    QCOMPARE(split.test.size(), std::size_t(10000));
    QCOMPARE(split.train.shape, (ImageShape{28, 28, 1}));
    QCOMPARE(split.train.classNames.size(), std::size_t(10));
    std::vector<int> perClass(10);
    for (std::uint16_t l : split.test.labels) ++perClass[l];
    for (int n : perClass) QCOMPARE(n, 1000);
    QCOMPARE(loadDataset("fashion-mnist").test.size(), std::size_t(10000));
  }

  void idxPlainAndGzipped() {
    test::writeBytes(path("a-idx3"), idx({3, 4, 5}, 1));
    test::writeBytes(path("a-idx3.gz"), gzip(idx({3, 4, 5}, 1)));
    const IdxArray plain = readIdx(path("a-idx3").toStdString(), 3);
    const IdxArray packed = readIdx(path("a-idx3.gz").toStdString(), 3);
    QCOMPARE(plain.dims, (std::vector<std::uint32_t>{3, 4, 5}));
    QCOMPARE(plain.data, packed.data);
    QCOMPARE(plain.data[7], std::uint8_t(50));
  }

  void idxErrors() {
    std::vector<std::uint8_t> good = idx({3, 4, 5}, 1);
    test::writeBytes(path("cut"), std::vector<std::uint8_t>(good.begin(), good.end() - 3));
    test::expectError(
        ErrorKind::BadFile, [&] { readIdx(path("cut").toStdString(), 3); }, "truncated");
    const std::vector<std::uint8_t> gz = gzip(good);
    test::writeBytes(path("cut.gz"), std::vector<std::uint8_t>(gz.begin(), gz.begin() + std::ptrdiff_t(gz.size() / 2)));
    test::expectError(
        ErrorKind::BadFile, [&] { readIdx(path("cut.gz").toStdString(), 3); }, "gzip");
    std::vector<std::uint8_t> magic = good;
    magic[2] = 0x0d;  // float elements
    test::writeBytes(path("magic"), magic);
    test::expectError(
        ErrorKind::BadFile, [&] { readIdx(path("magic").toStdString(), 3); }, "magic number");
    test::expectError(
        ErrorKind::BadFile, [&] { readIdx(path("cut").toStdString(), 1); }, "magic number");
    std::vector<std::uint8_t> huge = good;
    huge[4] = 0x7f;
    test::writeBytes(path("huge"), huge);
    test::expectError(
        ErrorKind::BadFile, [&] { readIdx(path("huge").toStdString(), 3); }, "implausible");
  }

  void fashionMnistFolderErrors() {
    QDir(dir_.path()).mkpath("fm");
    test::writeBytes(path("fm/train-images-idx3-ubyte"), idx({5, 28, 28}, 1));
    test::writeBytes(path("fm/train-labels-idx1-ubyte"), idx({4}, 1));
    test::writeBytes(path("fm/t10k-images-idx3-ubyte"), idx({2, 28, 28}, 1));
    test::writeBytes(path("fm/t10k-labels-idx1-ubyte"), idx({2}, 1));
    test::expectError(
        ErrorKind::BadFile, [&] { loadFashionMnist(path("fm").toStdString()); }, "5 images but");
    test::writeBytes(path("fm/train-labels-idx1-ubyte"), idx({5}, 1));
    QCOMPARE(loadFashionMnist(path("fm").toStdString()).train.size(), std::size_t(5));
    test::expectError(
        ErrorKind::Io, [&] { loadFashionMnist(dir_.path().toStdString()); }, "not a Fashion-MNIST folder");
  }

  void cifar10Binary() {
    QDir(dir_.path()).mkpath("cifar");
    test::writeBytes(path("cifar/data_batch_1.bin"), cifarBatch(12, 0));
    test::writeBytes(path("cifar/data_batch_2.bin"), cifarBatch(8, 3));
    test::writeBytes(path("cifar/test_batch.bin"), cifarBatch(5, 1));
    QFile meta(path("cifar/batches.meta.txt"));
    QVERIFY(meta.open(QIODevice::WriteOnly));
    meta.write("airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n\n");
    meta.close();
    const DatasetSplit split = loadDataset(("cifar10:" + path("cifar")).toStdString());
    QCOMPARE(split.train.size(), std::size_t(20));
    QCOMPARE(split.test.size(), std::size_t(5));
    QCOMPARE(split.train.classNames[5], std::string("dog"));
    // Record 1 of batch 1: label 1, red plane starts at (0 + 3) % 251; pixel (0, 1) green = (1024 + 1 + 3) % 251.
    const Image first = split.train.image(1);
    QCOMPARE(int(split.train.labels[1]), 1);
    QCOMPARE(int(first.at(0, 0, 0)), 3);
    QCOMPARE(int(first.at(0, 1, 1)), (1024 + 1 + 3) % 251);
    QCOMPARE(int(split.train.labels[12]), 3);  // first record of batch 2
  }

  void cifar10Errors() {
    QDir(dir_.path()).mkpath("bad");
    std::vector<std::uint8_t> batch = cifarBatch(3, 0);
    test::writeBytes(path("bad/test_batch.bin"), std::vector<std::uint8_t>(batch.begin(), batch.end() - 100));
    test::writeBytes(path("bad/data_batch_1.bin"), batch);
    test::expectError(
        ErrorKind::BadFile, [&] { loadCifar10(path("bad").toStdString()); }, "whole number");
    batch[kCifarRecord] = 10;
    test::writeBytes(path("bad/test_batch.bin"), batch);
    test::expectError(
        ErrorKind::BadFile, [&] { loadCifar10(path("bad").toStdString()); }, "label 10");
    test::expectError(
        ErrorKind::Io, [&] { loadCifar10(path("nowhere").toStdString()); }, "test_batch.bin");
  }

  void imageFolder() {
    for (const char* cls : {"cat", "dog"}) {
      QDir(dir_.path()).mkpath(QString("pets/%1").arg(cls));
      for (int i = 0; i < 7; ++i)
        writeImage(path(QString("pets/%1/%2.png").arg(cls).arg(i)).toStdString(), test::randomImage({30, 40, 3}, std::uint64_t(i)));
    }
    const DatasetSplit split = loadDataset(("folder:" + path("pets") + "@16x12x1").toStdString());
    QCOMPARE(split.train.size(), std::size_t(12));
    QCOMPARE(split.test.size(), std::size_t(2));
    QCOMPARE(split.train.shape, (ImageShape{12, 16, 1}));
    QCOMPARE(split.train.classNames, (std::vector<std::string>{"cat", "dog"}));
    // A broken image is named; so is an empty class.
    test::writeBytes(path("pets/dog/broken.png"), {0x89, 'P', 'N', 'G', 1, 2, 3});
    test::expectError(
        ErrorKind::BadFile, [&] { loadDataset(("folder:" + path("pets")).toStdString()); }, "broken.png");
    QFile::remove(path("pets/dog/broken.png"));
    QDir(dir_.path()).mkpath("pets/bird");
    test::expectError(
        ErrorKind::BadFile, [&] { loadDataset(("folder:" + path("pets")).toStdString()); }, "holds no images");
    test::expectError(
        ErrorKind::InvalidArgument, [&] { loadDataset(("folder:" + path("pets") + "@16x12").toStdString()); }, "WIDTHxHEIGHT");
    test::expectError(
        ErrorKind::InvalidArgument, [] { loadDataset("imagenet:/x"); }, "unknown dataset");
  }

  void viewEncryptsAfterAugmenting() {
    Dataset d;
    d.name = "tiny";
    d.shape = {8, 8, 3};
    d.classNames = {"a", "b"};
    const Image x = test::randomImage(d.shape, 2);
    d.pixels = x.data;
    d.labels = {1};
    StreamRandom random(3);
    const Key key = generateKey({SchemeParams::defaults(SchemeId::Le), d.shape}, random);
    const std::shared_ptr<const Cipher> cipher = makeCipher(key);
    const ModelInput input(cipher, d.shape);
    EncryptedView view(d, input, {0, true});
    QCOMPARE(input.layout(), InputLayout::NibblePlanes);
    QCOMPARE(input.shape().channels, 6);
    Image mirrored(d.shape);
    for (int r = 0; r < 8; ++r)
      for (int c = 0; c < 8; ++c)
        for (int ch = 0; ch < 3; ++ch) mirrored.at(r, c, ch) = x.at(r, 7 - c, ch);
    std::vector<float> expectPlain(input.shape().size()), expectMirror(input.shape().size()), out(input.shape().size());
    input.prepare(x, expectPlain.data());
    input.prepare(mirrored, expectMirror.data());
    // Nibble planes of the ciphertext: lower nibble of (0,0,channel 0) first.
    QCOMPARE(expectPlain[0], (cipher->encrypt(x).bytes[0] & 15) / 15.0f - 0.5f);
    bool sawPlain = false, sawMirror = false;
    std::int64_t label = -1;
    for (int i = 0; i < 40; ++i) {
      const std::size_t index = 0;
      view.fill(&index, 1, 1, &random, out.data(), &label);
      sawPlain |= out == expectPlain;
      sawMirror |= out == expectMirror;
      QVERIFY(out == expectPlain || out == expectMirror);
    }
    QVERIFY(sawPlain && sawMirror);
    QCOMPARE(label, std::int64_t(1));
  }

  // Pixel noise moves every plain sample by at most n (clamped to 0..255) before encryption, differently
  // each time; evaluation (no random source) sees the image as it is.
  void pixelNoiseStaysWithinItsBound() {
    Dataset d;
    d.name = "tiny";
    d.shape = {8, 8, 1};
    d.classNames = {"a"};
    const Image x = test::randomImage(d.shape, 4);
    d.pixels = x.data;
    d.pixels[0] = 0;
    d.pixels[1] = 255;
    d.labels = {0};
    const ModelInput input(nullptr, d.shape);
    Augmentation noisy;
    noisy.noise = 8;
    const EncryptedView view(d, input, noisy);
    std::vector<float> out(input.shape().size()), first;
    std::int64_t label = -1;
    const std::size_t index = 0;
    StreamRandom random(5);
    int moved = 0;
    for (int round = 0; round < 20; ++round) {
      view.fill(&index, 1, 1, &random, out.data(), &label);
      for (std::size_t p = 0; p < out.size(); ++p) {
        const int sample = int(std::lround((out[p] + 0.5f) * 255));
        QVERIFY(sample >= 0 && sample <= 255);
        QVERIFY2(std::abs(sample - int(d.pixels[p])) <= 8, qPrintable(QString("sample %1 moved by more than 8").arg(p)));
        moved += sample != int(d.pixels[p]);
      }
      if (round == 0) first = out;
    }
    QVERIFY(moved > 20 * 64 / 2);  // most samples move: P(0) is 1/17 each
    QVERIFY(out != first);
    view.fill(&index, 1, 0, nullptr, out.data(), &label);
    std::vector<float> exact(out.size());
    input.prepare(d.image(0), exact.data());
    QVERIFY(out == exact);
  }
};

QTEST_APPLESS_MAIN(TestDatasets)
#include "tst_datasets.moc"
