#include "core/shared/training/DataParallel.h"

#include <cerrno>
#include <cstdlib>

#include "core/shared/common/Error.h"

namespace led {
namespace {

std::optional<std::string> variable(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? std::optional<std::string>(value) : std::nullopt;
}

int whole(const char* name, const std::string& text, long low, long high) {
  char* end = nullptr;
  errno = 0;
  const long v = std::strtol(text.c_str(), &end, 10);
  if (errno != 0 || end != text.c_str() + text.size() || v < low || v > high)
    fail(ErrorKind::InvalidArgument, {LED_PHRASE("led", "%1 should be a whole number from %2 to %3, not '%4'"),
                                      {std::string(name), std::to_string(low), std::to_string(high), text}});
  return int(v);
}

}  // namespace

std::optional<DataParallel> dataParallelFromEnvironment(std::chrono::seconds timeout) {
  const std::optional<std::string> world = variable("WORLD_SIZE");
  if (!world || *world == "1") return std::nullopt;
  DataParallel d;
  d.worldSize = whole("WORLD_SIZE", *world, 1, 4096);
  d.rank = whole("RANK", variable("RANK").value_or(""), 0, d.worldSize - 1);
  d.localRank = whole("LOCAL_RANK", variable("LOCAL_RANK").value_or("0"), 0, 4095);
  d.localWorldSize = whole("LOCAL_WORLD_SIZE", variable("LOCAL_WORLD_SIZE").value_or("1"), 1, 4096);
  const std::optional<std::string> address = variable("MASTER_ADDR");
  if (!address) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "MASTER_ADDR is not set: the ranks do not know where to meet"));
  d.address = *address;
  d.port = whole("MASTER_PORT", variable("MASTER_PORT").value_or(""), 1, 65535);
  d.agentStore = variable("TORCHELASTIC_USE_AGENT_STORE").value_or("") == "True";
  d.attempt = variable("TORCHELASTIC_RESTART_COUNT").value_or("0");
  d.timeout = timeout;
  return d;
}

}  // namespace led
