#include "core/shared/common/Error.h"

namespace led {

Error::Error(ErrorKind kind, const Phrase& sentence) : std::runtime_error(render(sentence)), kind_(kind), sentence_(sentence) {}

const char* Error::kindName() const {
  switch (kind_) {
    case ErrorKind::InvalidArgument:
      return "invalid-argument";
    case ErrorKind::BadFile:
      return "bad-file";
    case ErrorKind::Mismatch:
      return "mismatch";
    case ErrorKind::Io:
      return "io";
    case ErrorKind::Cancelled:
      return "cancelled";
  }
  return "error";
}

void fail(ErrorKind kind, const Phrase& sentence) { throw Error(kind, sentence); }

}  // namespace led
