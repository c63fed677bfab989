#include "core/cloud/service/HttpMessage.h"

#include <algorithm>
#include <cctype>

namespace led {
namespace {

constexpr std::string_view kCrlf = "\r\n";

HttpHead refused(int status, std::string sentence) { return {status, std::move(sentence), {}}; }

// RFC 9110 tchar.
bool isTokenChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), isTokenChar); }

// Field values: visible characters, spaces, tabs and obs-text; no control character (a bare CR among them).
bool isFieldValue(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || u >= 0x20 ? u != 0x7f : false;
  });
}

// The request target in origin form: it starts with '/', and holds no space or control character.
bool isOriginForm(std::string_view s) {
  return !s.empty() && s.front() == '/' && std::all_of(s.begin(), s.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u != 0x7f;
  });
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Whether a comma-separated list (Connection) holds `token`.
bool listHolds(std::string_view list, std::string_view token) {
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    if (equalsIgnoringCase(trimmed(list.substr(0, comma)), token)) return true;
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return false;
}

struct RequestLine {
  std::string_view method, target;
  int minor = 1;
};

// "METHOD SP target SP HTTP/1.x"; status 0 when it is one.
int parseRequestLine(std::string_view line, const HttpLimits& limits, RequestLine& out, std::string& sentence) {
  const std::size_t first = line.find(' ');
  const std::size_t last = line.rfind(' ');
  if (first == std::string_view::npos || first == last) return sentence = "the request line is not METHOD /path HTTP/1.1", 400;
  out.method = line.substr(0, first);
  out.target = line.substr(first + 1, last - first - 1);
  const std::string_view version = line.substr(last + 1);
  if (out.target.size() > limits.maxTarget)
    return sentence = "the URL is longer than this cloud reads (" + std::to_string(limits.maxTarget) + " bytes)", 414;
  if (!isToken(out.method) || !isOriginForm(out.target)) return sentence = "the request line is not METHOD /path HTTP/1.1", 400;
  if (version == "HTTP/1.1")
    out.minor = 1;
  else if (version == "HTTP/1.0")
    out.minor = 0;
  else if (version.substr(0, 5) == "HTTP/")
    return sentence = "this cloud speaks HTTP/1.1", 505;
  else
    return sentence = "the request line is not METHOD /path HTTP/1.1", 400;
  return 0;
}

// What the header lines say that the cloud needs, each seen at most once where that matters.
struct Fields {
  std::size_t count = 0;
  int lengths = 0;
  std::size_t length = 0;
  bool host = false, transferEncoding = false, close = false, keepAlive = false, expectContinue = false, otherExpect = false;
};

int readField(std::string_view line, Fields& f, std::string& sentence) {
  if (line.front() == ' ' || line.front() == '\t') return sentence = "folded header lines are not accepted", 400;
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || !isToken(line.substr(0, colon))) return sentence = "a header line is not NAME: value", 400;
  const std::string_view name = line.substr(0, colon), value = trimmed(line.substr(colon + 1));
  if (!isFieldValue(value)) return sentence = "a header value holds a control character", 400;
  if (equalsIgnoringCase(name, "content-length")) {
    if (++f.lengths > 1) return sentence = "the request names its length twice", 400;
    const std::optional<std::size_t> length = parseDecimal(value);
    if (!length) return sentence = "Content-Length is not a number of bytes", 400;
    f.length = *length;
  } else if (equalsIgnoringCase(name, "transfer-encoding")) {
    f.transferEncoding = true;
  } else if (equalsIgnoringCase(name, "host")) {
    f.host = true;
  } else if (equalsIgnoringCase(name, "connection")) {
    f.close = f.close || listHolds(value, "close");
    f.keepAlive = f.keepAlive || listHolds(value, "keep-alive");
  } else if (equalsIgnoringCase(name, "expect")) {
    (equalsIgnoringCase(value, "100-continue") ? f.expectContinue : f.otherExpect) = true;
  }
  return 0;
}

}  // namespace

std::optional<std::size_t> parseDecimal(std::string_view digits) {
  if (digits.empty() || digits.size() > 18 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  std::size_t n = 0;
  for (char c : digits) n = n * 10 + std::size_t(c - '0');
  return n;
}

std::size_t headEnd(std::string_view received) {
  const std::size_t at = received.find("\r\n\r\n");
  return at == std::string_view::npos ? at : at + 4;
}

int incompleteHeadStatus(std::string_view received, const HttpLimits& limits) {
  // The request line's other parts (method, version, spaces) take far less than 64 bytes.
  if (received.find(kCrlf) == std::string_view::npos && received.size() > limits.maxTarget + 64) return 414;
  return received.size() > limits.maxHead ? 431 : 0;
}

HttpHead parseRequestHead(std::string_view head, const HttpLimits& limits) {
  if (head.size() > limits.maxHead)
    return refused(431, "the request's header is larger than this cloud reads (" + std::to_string(limits.maxHead) + " bytes)");
  if (headEnd(head) != head.size()) return refused(400, "the request's header does not end with an empty line");
  std::size_t lineEnd = head.find(kCrlf);
  RequestLine line;
  std::string sentence;
  if (const int status = parseRequestLine(head.substr(0, lineEnd), limits, line, sentence)) return refused(status, sentence);
  Fields fields;
  for (std::size_t start = lineEnd + 2; (lineEnd = head.find(kCrlf, start)) != start; start = lineEnd + 2) {
    const std::string_view field = head.substr(start, lineEnd - start);
    if (field.find_first_of("\r\n") != std::string_view::npos) return refused(400, "a header line holds a bare CR or LF");
    if (++fields.count > limits.maxFields)
      return refused(431, "the request has more header lines than this cloud reads (" + std::to_string(limits.maxFields) + ")");
    if (const int status = readField(field, fields, sentence)) return refused(status, sentence);
  }
  if (line.minor == 1 && !fields.host) return refused(400, "an HTTP/1.1 request names its Host");
  if (fields.transferEncoding && fields.lengths > 0) return refused(400, "the request names both a length and a transfer encoding");
  if (fields.transferEncoding) return refused(411, "send the query with its length (Content-Length), not in chunks");
  if (fields.otherExpect) return refused(417, "the only expectation this cloud meets is 100-continue");
  if (fields.length > limits.maxBody)
    return refused(413, "the request is larger than this cloud takes (" + std::to_string(limits.maxBody) + " bytes)");
  if (line.method == "POST" && fields.lengths == 0) return refused(411, "send the query with its length (Content-Length)");

  HttpHead out;
  HttpRequest& r = out.request;
  r.method = std::string(line.method);
  const std::size_t question = line.target.find('?');
  r.path = std::string(line.target.substr(0, question));
  if (question != std::string_view::npos) r.query = std::string(line.target.substr(question + 1));
  r.keepAlive = line.minor == 1 ? !fields.close : fields.keepAlive && !fields.close;
  r.expectContinue = fields.expectContinue && line.minor == 1;
  r.contentLength = fields.length;
  return out;
}

HttpResponse sentenceResponse(int status, const std::string& sentence) {
  return {status, "text/plain; charset=utf-8", sentence + "\n", status == 503 ? 1 : 0, {}};
}

std::string renderResponse(const HttpResponse& response, bool close) {
  static constexpr std::pair<int, std::string_view> kReasons[] = {{100, "Continue"},
                                                                  {200, "OK"},
                                                                  {400, "Bad Request"},
                                                                  {403, "Forbidden"},
                                                                  {404, "Not Found"},
                                                                  {405, "Method Not Allowed"},
                                                                  {408, "Request Timeout"},
                                                                  {409, "Conflict"},
                                                                  {411, "Length Required"},
                                                                  {413, "Content Too Large"},
                                                                  {414, "URI Too Long"},
                                                                  {417, "Expectation Failed"},
                                                                  {422, "Unprocessable Content"},
                                                                  {431, "Request Header Fields Too Large"},
                                                                  {500, "Internal Server Error"},
                                                                  {503, "Service Unavailable"},
                                                                  {505, "HTTP Version Not Supported"}};
  std::string_view reason = "Unknown";
  for (const auto& [status, text] : kReasons)
    if (status == response.status) reason = text;
  std::string out = "HTTP/1.1 " + std::to_string(response.status) + " " + std::string(reason) + "\r\n";
  out += "Content-Type: " + response.contentType + "\r\nContent-Length: " + std::to_string(response.body.size()) + "\r\n";
  if (response.retryAfterSeconds > 0) out += "Retry-After: " + std::to_string(response.retryAfterSeconds) + "\r\n";
  if (!response.allow.empty()) out += "Allow: " + response.allow + "\r\n";
  out += close ? "Connection: close\r\n\r\n" : "\r\n";
  return out + response.body;
}

}  // namespace led
