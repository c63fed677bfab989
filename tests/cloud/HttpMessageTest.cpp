// The cloud's reading of HTTP/1.1 heads: what a request may say, what is refused and with which status,
// before any body is read. Every case that lets a proxy and the cloud disagree on where a request ends
// is refused.
#include <gtest/gtest.h>

#include <ostream>

#include "core/cloud/service/HttpMessage.h"

namespace led {
namespace {

HttpHead parse(const std::string& head) { return parseRequestHead(head, HttpLimits{}); }

TEST(HttpMessage, APlainRequestIsRead) {
  const HttpHead h = parse("POST /v1/query?x=1 HTTP/1.1\r\nHost: cloud\r\nContent-Length: 12\r\nConnection: keep-alive\r\n\r\n");
  ASSERT_EQ(h.status, 0);
  EXPECT_EQ(h.request.method, "POST");
  EXPECT_EQ(h.request.path, "/v1/query");
  EXPECT_EQ(h.request.query, "x=1");
  EXPECT_EQ(h.request.contentLength, 12u);
  EXPECT_TRUE(h.request.keepAlive);
}

TEST(HttpMessage, ConnectionRulesFollowTheVersion) {
  EXPECT_FALSE(parse("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n").request.keepAlive);
  EXPECT_FALSE(parse("GET / HTTP/1.0\r\n\r\n").request.keepAlive);
  EXPECT_TRUE(parse("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").request.keepAlive);
  EXPECT_TRUE(parse("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n").request.expectContinue);
}

struct Refused {
  const char* name;
  std::string head;
  int status;
};

// How the test log names a case: its name and the status it expects, not the struct's bytes.
void PrintTo(const Refused& refused, std::ostream* out) { *out << refused.name << " -> " << refused.status; }

class HttpRefusal : public testing::TestWithParam<Refused> {};

TEST_P(HttpRefusal, CarriesItsStatusAndASentence) {
  const HttpHead h = parse(GetParam().head);
  EXPECT_EQ(h.status, GetParam().status);
  EXPECT_FALSE(h.sentence.empty());
}

std::string manyLines() {
  std::string head = "GET / HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 100; ++i) head += "A: b\r\n";
  return head + "\r\n";
}

INSTANTIATE_TEST_SUITE_P(
    Heads, HttpRefusal,
    testing::Values(Refused{"TwoLengths", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\n", 400},
                    Refused{"ALengthList", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 3\r\n\r\n", 400},
                    Refused{"ASignedLength", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +3\r\n\r\n", 400},
                    Refused{"LengthAndEncoding", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
                            400},
                    Refused{"Chunked", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", 411},
                    Refused{"PostWithoutLength", "POST / HTTP/1.1\r\nHost: x\r\n\r\n", 411},
                    Refused{"TooLarge", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\n", 413},
                    Refused{"FoldedLine", "GET / HTTP/1.1\r\nHost: x\r\nA: b\r\n c\r\n\r\n", 400},
                    Refused{"SpaceBeforeColon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400},
                    Refused{"BareLF", "GET / HTTP/1.1\r\nHost: x\nEvil: y\r\n\r\n", 400},
                    Refused{"BareCR", "GET / HTTP/1.1\r\nHost: x\rEvil: y\r\n\r\n", 400},
                    Refused{"NulInAValue", std::string("GET / HTTP/1.1\r\nHost: x\0y\r\n\r\n", 28), 400},
                    Refused{"NoHost", "GET / HTTP/1.1\r\n\r\n", 400},
                    Refused{"AbsoluteForm", "GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n", 400},
                    Refused{"Http2", "GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505}, Refused{"NotHttp", "GARBAGE\r\n\r\n", 400},
                    Refused{"OtherExpectation", "GET / HTTP/1.1\r\nHost: x\r\nExpect: magic\r\n\r\n", 417},
                    Refused{"LongUrl", "GET /" + std::string(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n", 414},
                    Refused{"HundredHeaderLines", manyLines(), 431},
                    Refused{"A20KBHeader", "GET / HTTP/1.1\r\nHost: x\r\nA: " + std::string(20000, 'b') + "\r\n\r\n", 431}),
    [](const testing::TestParamInfo<Refused>& info) { return std::string(info.param.name); });

// The limits hold before the head is complete: a client cannot make the cloud wait for an end.
TEST(HttpMessage, LimitsHoldOnAnUnfinishedHead) {
  const HttpLimits limits;
  EXPECT_EQ(incompleteHeadStatus("GET /" + std::string(9000, 'a'), limits), 414);
  EXPECT_EQ(incompleteHeadStatus("GET / HTTP/1.1\r\nA: " + std::string(17000, 'b'), limits), 431);
  EXPECT_EQ(incompleteHeadStatus("GET / HTTP/1.1\r\nHost: x\r\n", limits), 0);
}

// Pipelined requests: the head ends at the first empty line, the next request stays for later.
TEST(HttpMessage, AHeadEndsAtItsEmptyLine) {
  const std::string two = "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n";
  const std::size_t end = headEnd(two);
  EXPECT_EQ(end, 28u);
  EXPECT_EQ(parse(two.substr(0, end)).request.path, "/a");
  EXPECT_EQ(headEnd("GET / HTTP/1.1\r\nHost: x\r\n"), std::string::npos);
}

TEST(HttpMessage, AResponseSaysItsLengthAndWhetherItCloses) {
  const std::string r = renderResponse({503, "text/plain", "busy\n", 1, {}}, true);
  EXPECT_EQ(r.rfind("HTTP/1.1 503 Service Unavailable\r\n", 0), 0u);
  EXPECT_NE(r.find("Content-Length: 5\r\n"), std::string::npos);
  EXPECT_NE(r.find("Retry-After: 1\r\n"), std::string::npos);
  EXPECT_NE(r.find("Connection: close\r\n\r\nbusy\n"), std::string::npos);
  EXPECT_EQ(renderResponse({200, "text/plain", "", 0, {}}, false).find("Connection"), std::string::npos);
}

}  // namespace
}  // namespace led
