#pragma once
// A connection's bytes on a non-blocking socket, plain or under TLS, for the server's event loop: a
// read or write does what it can now and says what it waits for (TLS may need to write while reading,
// and read while writing). The socket belongs to the caller.
#include <cstddef>
#include <memory>
#include <string>

namespace led {

enum class IoWait { None, Readable, Writable };

struct IoResult {
  std::size_t bytes = 0;
  bool ended = false;          // the peer closed, or the connection failed
  IoWait wait = IoWait::None;  // nothing more now: call again when the socket is this
};

class Transport {
 public:
  virtual ~Transport() = default;
  virtual IoResult read(char* into, std::size_t size) = 0;
  virtual IoResult write(const char* from, std::size_t size) = 0;
  // A clean end where the protocol has one (TLS close_notify); best effort, never blocks.
  virtual void finish() {}
};

std::unique_ptr<Transport> plainTransport(int socket);

// The server's certificate and key, loaded once; every accepted connection gets its own TLS session.
class TlsContext {
 public:
  // BadFile when the files are not a certificate and its key in PEM; InvalidArgument when this build
  // has no TLS.
  TlsContext(const std::string& certificate, const std::string& key);
  ~TlsContext();
  TlsContext(const TlsContext&) = delete;
  TlsContext& operator=(const TlsContext&) = delete;

  std::unique_ptr<Transport> accept(int socket) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace led
