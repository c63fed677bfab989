#pragma once
// The part of HTTP/1.1 (RFC 9112) the cloud speaks, as bytes: a request's head read strictly, and a
// response written. The cloud takes bodies by Content-Length only, so the rules that let a proxy and a
// server disagree about where a request ends are refused outright: any Transfer-Encoding, a second
// Content-Length, a folded or malformed header line, a bare CR or LF. Every limit is checked on the
// head alone, before any body is read.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace led {

struct HttpLimits {
  std::size_t maxTarget = 8192;                 // the request line's URL; longer: 414
  std::size_t maxHead = 16384;                  // request line and header lines together; more: 431
  std::size_t maxFields = 64;                   // header lines; more: 431
  std::size_t maxBody = std::size_t(16) << 20;  // Content-Length; more: 413
};

struct HttpRequest {
  std::string method, path, query;  // the target split at '?'
  bool keepAlive = true;            // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with "keep-alive"
  bool expectContinue = false;      // "Expect: 100-continue": the client waits for a go-ahead
  std::size_t contentLength = 0;
  std::string body;
};

// A head is refused with its status (400, 411, 413, 414, 417, 431, 505) and one sentence.
struct HttpHead {
  int status = 0;  // 0: a request
  std::string sentence;
  HttpRequest request;
};

// Where the head ends (just past its empty line) in what has arrived, or npos while it is incomplete.
std::size_t headEnd(std::string_view received);
// Digits only, at most 18 of them (no sign, no space, no list): a Content-Length, a line number.
std::optional<std::size_t> parseDecimal(std::string_view digits);

// Whether what has arrived, with no head end yet, already breaks a limit: 414 or 431, else 0.
int incompleteHeadStatus(std::string_view received, const HttpLimits& limits);
// `head` is everything up to headEnd().
HttpHead parseRequestHead(std::string_view head, const HttpLimits& limits);

struct HttpResponse {
  int status = 200;
  std::string contentType = "text/plain; charset=utf-8";
  std::string body;
  int retryAfterSeconds = 0;
  std::string allow;  // with 405
};

// A status with one sentence as plain text; a 503 asks the client to try again in a second.
HttpResponse sentenceResponse(int status, const std::string& sentence);

// Status line, headers and body. `close`: the connection ends after it ("Connection: close").
std::string renderResponse(const HttpResponse& response, bool close);

}  // namespace led
