#pragma once
// Typed errors with a human sentence. core never crashes on bad input: it throws one of these,
// the GUI shows the sentence in its message bar, in the user's language, and the CLI prints it (in
// English: what()) and exits non-zero.
#include <stdexcept>
#include <string>

#include "core/shared/common/Phrase.h"

namespace led {

enum class ErrorKind {
  InvalidArgument,  // a parameter the caller chose is out of range
  BadFile,          // a file exists but is malformed, truncated or corrupted
  Mismatch,         // well-formed input that does not belong with the rest (wrong scheme, size, key)
  Io,               // the operating system refused (missing file, permissions, disk full)
  Cancelled,        // the user asked a long job to stop
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const Phrase& sentence);
  ErrorKind kind() const { return kind_; }
  const char* kindName() const;
  const Phrase& sentence() const { return sentence_; }

 private:
  ErrorKind kind_;
  Phrase sentence_;
};

[[noreturn]] void fail(ErrorKind kind, const Phrase& sentence);

}  // namespace led
