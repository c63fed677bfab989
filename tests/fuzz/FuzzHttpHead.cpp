// libFuzzer target for the cloud's HTTP head reader (cloud/service/HttpMessage.h), as the server drives it:
// the limits of an unfinished head, the head's end, and the head itself. Every input must give a request
// or a refusal with its status and sentence; a crash, a hang or a sanitizer report is a finding.
#include <cstdint>
#include <string_view>

#include "core/cloud/service/HttpMessage.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view received(reinterpret_cast<const char*>(data), size);
  const led::HttpLimits limits;
  const std::size_t end = led::headEnd(received);
  if (end == std::string_view::npos) {
    const int status = led::incompleteHeadStatus(received, limits);
    if (status != 0 && status != 414 && status != 431) __builtin_trap();
    return 0;
  }
  const led::HttpHead head = led::parseRequestHead(received.substr(0, end), limits);
  if (head.status != 0 && head.sentence.empty()) __builtin_trap();
  if (head.status == 0 && (head.request.path.empty() || head.request.path[0] != '/' || head.request.contentLength > limits.maxBody))
    __builtin_trap();
  return 0;
}
