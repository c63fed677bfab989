// The service's counters as Prometheus reads them: answers, refusals by reason, batch sizes and answer
// times as histograms.
#include <QTest>

#include "core/service/ServiceMetrics.h"

using namespace led;

class TestServiceMetrics : public QObject {
  Q_OBJECT

 private slots:
  void countsAndTheirText() {
    ServiceMetrics m;
    m.answered(0.003);
    m.answered(0.3);
    m.refused(Refusal::Busy);
    m.refused(Refusal::Busy);
    m.refused(Refusal::Unproven);
    m.batch(1);
    m.batch(5);
    QCOMPARE(m.answeredCount(), std::uint64_t(2));
    QCOMPARE(m.refusedCount(), std::uint64_t(3));
    QCOMPARE(m.meanBatch(), 3.0);
    const QString text = QString::fromStdString(m.prometheusText(7));
    QVERIFY(text.contains("led_queries_answered_total 2\n"));
    QVERIFY(text.contains("led_queries_refused_total{reason=\"busy\"} 2\n"));
    QVERIFY(text.contains("led_queries_refused_total{reason=\"unproven\"} 1\n"));
    QVERIFY(!text.contains("reason=\"evicted\""));  // only reasons that happened
    QVERIFY(text.contains("led_queue_length 7\n"));
    QVERIFY(text.contains("led_batch_size_bucket{le=\"1\"} 1\n"));
    QVERIFY(text.contains("led_batch_size_bucket{le=\"8\"} 2\n"));
    QVERIFY(text.contains("led_batch_size_sum 6\n"));
    QVERIFY(text.contains("led_answer_seconds_bucket{le=\"0.005\"} 1\n"));
    QVERIFY(text.contains("led_answer_seconds_bucket{le=\"+Inf\"} 2\n"));
  }

  void everyReasonHasItsOwnName() {
    QSet<QString> names;
    for (std::size_t r = 0; r < kRefusals; ++r) names.insert(QString::fromLatin1(refusalName(Refusal(r)).data(), qsizetype(refusalName(Refusal(r)).size())));
    QCOMPARE(names.size(), qsizetype(kRefusals));
    QVERIFY(!names.contains(QString()));
  }
};

QTEST_APPLESS_MAIN(TestServiceMetrics)
#include "tst_servicemetrics.moc"
