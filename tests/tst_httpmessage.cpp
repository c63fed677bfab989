// The cloud's reading of HTTP/1.1 heads: what a request may say, what is refused and with which status,
// before any body is read. Every case that lets a proxy and the cloud disagree on where a request ends
// is refused.
#include <QTest>

#include "core/service/HttpMessage.h"

using namespace led;

class TestHttpMessage : public QObject {
  Q_OBJECT

  static HttpHead parse(const std::string& head, HttpLimits limits = {}) { return parseRequestHead(head, limits); }

 private slots:
  void aPlainRequestIsRead() {
    const HttpHead h = parse("POST /v1/query?x=1 HTTP/1.1\r\nHost: cloud\r\nContent-Length: 12\r\nConnection: keep-alive\r\n\r\n");
    QCOMPARE(h.status, 0);
    QCOMPARE(QString::fromStdString(h.request.method), QString("POST"));
    QCOMPARE(QString::fromStdString(h.request.path), QString("/v1/query"));
    QCOMPARE(QString::fromStdString(h.request.query), QString("x=1"));
    QCOMPARE(h.request.contentLength, std::size_t(12));
    QVERIFY(h.request.keepAlive);
  }

  void connectionRulesFollowTheVersion() {
    QVERIFY(!parse("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n").request.keepAlive);
    QVERIFY(!parse("GET / HTTP/1.0\r\n\r\n").request.keepAlive);
    QVERIFY(parse("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").request.keepAlive);
    QVERIFY(parse("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n").request.expectContinue);
  }

  void refusalsCarryTheirStatus_data() {
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\n") << 400;
    QTest::newRow("a length list") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 3\r\n\r\n") << 400;
    QTest::newRow("a signed length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +3\r\n\r\n") << 400;
    QTest::newRow("length and encoding") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n") << 411;
    QTest::newRow("post without length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n\r\n") << 411;
    QTest::newRow("too large") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\n") << 413;
    QTest::newRow("folded line") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nA: b\r\n c\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\r\nHost: x\nEvil: y\r\n\r\n") << 400;
    QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nHost: x\rEvil: y\r\n\r\n") << 400;
    QTest::newRow("NUL in a value") << QByteArray("GET / HTTP/1.1\r\nHost: x\0y\r\n\r\n", 28) << 400;
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("absolute form") << QByteArray("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("not HTTP") << QByteArray("GARBAGE\r\n\r\n") << 400;
    QTest::newRow("other expectation") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nExpect: magic\r\n\r\n") << 417;
    QTest::newRow("long URL") << QByteArray("GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n") << 414;
    QByteArray many = "GET / HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 100; ++i) many += "A: b\r\n";
    QTest::newRow("100 header lines") << many + "\r\n" << 431;
    QTest::newRow("a 20 KB header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nA: " + QByteArray(20000, 'b') + "\r\n\r\n") << 431;
  }

  void refusalsCarryTheirStatus() {
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    const HttpHead h = parse(head.toStdString());
    QCOMPARE(h.status, status);
    QVERIFY(!h.sentence.empty());
  }

  // The limits hold before the head is complete: a client cannot make the cloud wait for an end.
  void limitsHoldOnAnUnfinishedHead() {
    HttpLimits limits;
    QCOMPARE(incompleteHeadStatus("GET /" + std::string(9000, 'a'), limits), 414);
    QCOMPARE(incompleteHeadStatus("GET / HTTP/1.1\r\nA: " + std::string(17000, 'b'), limits), 431);
    QCOMPARE(incompleteHeadStatus("GET / HTTP/1.1\r\nHost: x\r\n", limits), 0);
  }

  // Pipelined requests: the head ends at the first empty line, the next request stays for later.
  void aHeadEndsAtItsEmptyLine() {
    const std::string two = "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n";
    const std::size_t end = headEnd(two);
    QCOMPARE(end, std::size_t(28));
    QCOMPARE(QString::fromStdString(parse(two.substr(0, end)).request.path), QString("/a"));
    QCOMPARE(headEnd("GET / HTTP/1.1\r\nHost: x\r\n"), std::string::npos);
  }

  void aResponseSaysItsLengthAndWhetherItCloses() {
    const std::string r = renderResponse({503, "text/plain", "busy\n", 1, {}}, true);
    QVERIFY(r.rfind("HTTP/1.1 503 Service Unavailable\r\n", 0) == 0);
    QVERIFY(r.find("Content-Length: 5\r\n") != std::string::npos);
    QVERIFY(r.find("Retry-After: 1\r\n") != std::string::npos);
    QVERIFY(r.find("Connection: close\r\n\r\nbusy\n") != std::string::npos);
    QVERIFY(renderResponse({200, "text/plain", "", 0, {}}, false).find("Connection") == std::string::npos);
  }
};

QTEST_GUILESS_MAIN(TestHttpMessage)
#include "tst_httpmessage.moc"
