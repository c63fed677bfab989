#include "common/Error.h"

namespace led {

Error::Error(ErrorKind kind, const std::string& sentence) : std::runtime_error(sentence), kind_(kind) {}

const char* Error::kindName() const {
  switch (kind_) {
    case ErrorKind::InvalidArgument: return "invalid-argument";
    case ErrorKind::BadFile: return "bad-file";
    case ErrorKind::Mismatch: return "mismatch";
    case ErrorKind::Io: return "io";
    case ErrorKind::Cancelled: return "cancelled";
  }
  return "error";
}

void fail(ErrorKind kind, const std::string& sentence) { throw Error(kind, sentence); }

}  // namespace led
