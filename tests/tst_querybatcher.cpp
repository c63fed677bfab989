// The service's batcher in process, without HTTP: queries that arrive together are classified together
// and each gets its own answer with one log line; a full queue refuses a place at once; a batch owns its
// queries; a log that cannot be written fails every query of the batch and leaves no line.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <future>

#include "TestSupport.h"
#include "core/cloud/answering/Cloud.h"
#include "core/shared/deniable/LogLine.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/models/ImageTraining.h"
#include "core/user/schemes/SchemeRegistry.h"
#include "core/cloud/service/QueryBatcher.h"
#include "core/user/query/Compose.h"

using namespace led;

namespace {

const ImageShape kShape{28, 28, 1};

}  // namespace

class TestQueryBatcher : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  OsRandom random_;
  Key k0_ = test::seededKey(SchemeId::Le, 1), k1_ = test::seededKey(SchemeId::Le, 2);  // fixtures, as the models are
  std::unique_ptr<Classifier> m0_, m1_;
  CloudModels models_;
  std::string pad_;

  std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }

  RecoveredQuery recovered() {
    const PadEntry entry = GuidePad::takeNext(pad_);
    const ComposedQuery q = composeDeniable(test::gradientImage(kShape), test::randomImage(kShape, 3),
                                            {std::vector<Key>{k0_}, std::vector<Key>{k1_}}, entry, random_);
    return recoverQueryGuide(q.query, entry);
  }

 private slots:
  void initTestCase() {
    Dataset d;
    d.name = "test";
    d.shape = kShape;
    d.classNames = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    m0_ = std::make_unique<Classifier>(modelInfoFor("baseline", d, k0_), 3);
    m1_ = std::make_unique<Classifier>(modelInfoFor("baseline", d, k1_), 4);
    models_ = CloudModels::deniable({m0_.get()}, {m1_.get()});
    pad_ = path("user.ledpad");
    GuidePad::generate(16, 64, random_).write(pad_);
  }

  // Eight places held, then eight queries: one batch, eight answers, each its own query's, eight lines.
  void queriesThatArriveTogetherAreOneBatch() {
    ServiceMetrics metrics;
    BatchOptions options;
    options.maxBatch = 8;
    options.maxWait = std::chrono::milliseconds(500);
    QueryBatcher batcher(models_, path("together.log"), options, metrics);
    std::vector<QueryBatcher::Place> places;
    for (int i = 0; i < 8; ++i) places.push_back(batcher.reserve());
    std::vector<std::string> digests;
    std::vector<std::future<CloudResult>> answers;
    for (auto& place : places) {
      RecoveredQuery r = recovered();
      digests.push_back(queryDigest(r.query));
      answers.push_back(batcher.submit(std::move(place), std::move(r)));  // the batch owns its query from here
    }
    for (std::size_t i = 0; i < answers.size(); ++i) QCOMPARE(answers[i].get().answer.queryDigest, digests[i]);
    QCOMPARE(metrics.meanBatch(), 8.0);
    QCOMPARE(readLogFile(path("together.log")).size(), std::size_t(8));
  }

  // A full queue refuses a place at once; a place given up frees it.
  void aFullQueueRefusesAPlace() {
    ServiceMetrics metrics;
    BatchOptions options;
    options.queueLimit = 2;
    QueryBatcher batcher(models_, "", options, metrics);
    QueryBatcher::Place a = batcher.reserve();
    {
      QueryBatcher::Place b = batcher.reserve();
      QVERIFY(a && b);
      QVERIFY(!batcher.reserve());
    }
    QVERIFY(batcher.reserve());
  }

  // A log that cannot be written: every query of the batch fails, and no line was written.
  void aLogThatCannotBeWrittenFailsTheBatch() {
    ServiceMetrics metrics;
    QueryBatcher batcher(models_, path("no-such-folder/cloud.log"), {}, metrics);
    std::future<CloudResult> answer = batcher.submit(batcher.reserve(), recovered());
    test::expectError(
        ErrorKind::Io, [&] { answer.get(); }, "cannot append to the log");
    QVERIFY(!QFile::exists(dir_.filePath("no-such-folder/cloud.log")));
    QVERIFY(batcher.reserve());  // the failed query's place was freed
  }
};

QTEST_GUILESS_MAIN(TestQueryBatcher)
#include "tst_querybatcher.moc"
