#include "core/cloud/service/Transport.h"

#include <sys/socket.h>

#include <cerrno>

#include "core/shared/common/Error.h"

#ifdef LED_WITH_TLS
#include <openssl/err.h>
#include <openssl/ssl.h>
#endif

namespace led {
namespace {

bool wouldBlock(int error) { return error == EAGAIN || error == EWOULDBLOCK; }

class PlainTransport : public Transport {
 public:
  explicit PlainTransport(int socket) : socket_(socket) {}

  IoResult read(char* into, std::size_t size) override {
    for (;;) {
      const ssize_t n = ::recv(socket_, into, size, 0);
      if (n > 0) return {std::size_t(n), false, IoWait::None};
      if (n == 0) return {0, true, IoWait::None};
      if (errno == EINTR) continue;
      return wouldBlock(errno) ? IoResult{0, false, IoWait::Readable} : IoResult{0, true, IoWait::None};
    }
  }

  IoResult write(const char* from, std::size_t size) override {
    for (;;) {
      const ssize_t n = ::send(socket_, from, size, MSG_NOSIGNAL);  // a vanished client is an error, not SIGPIPE
      if (n >= 0) return {std::size_t(n), false, IoWait::None};
      if (errno == EINTR) continue;
      return wouldBlock(errno) ? IoResult{0, false, IoWait::Writable} : IoResult{0, true, IoWait::None};
    }
  }

 private:
  int socket_;
};

}  // namespace

std::unique_ptr<Transport> plainTransport(int socket) { return std::make_unique<PlainTransport>(socket); }

#ifdef LED_WITH_TLS

struct TlsContext::State {
  SSL_CTX* context = nullptr;
  ~State() { SSL_CTX_free(context); }
};

namespace {

class TlsTransport : public Transport {
 public:
  TlsTransport(SSL_CTX* context, int socket) : ssl_(SSL_new(context)) {
    if (!ssl_ || SSL_set_fd(ssl_, socket) != 1) fail(ErrorKind::Io, LED_PHRASE("led", "cannot start a TLS session"));
    SSL_set_accept_state(ssl_);  // the handshake happens inside the first reads
  }
  ~TlsTransport() override { SSL_free(ssl_); }

  IoResult read(char* into, std::size_t size) override {
    std::size_t n = 0;
    if (SSL_read_ex(ssl_, into, size, &n) == 1) return {n, false, IoWait::None};
    return unfinished(SSL_get_error(ssl_, 0));
  }

  IoResult write(const char* from, std::size_t size) override {
    std::size_t n = 0;
    if (SSL_write_ex(ssl_, from, size, &n) == 1) return {n, false, IoWait::None};
    return unfinished(SSL_get_error(ssl_, 0));
  }

  void finish() override {
    if (SSL_is_init_finished(ssl_)) SSL_shutdown(ssl_);
  }

 private:
  static IoResult unfinished(int error) {
    ERR_clear_error();  // the queue is per thread: leave nothing for the next connection
    if (error == SSL_ERROR_WANT_READ) return {0, false, IoWait::Readable};
    if (error == SSL_ERROR_WANT_WRITE) return {0, false, IoWait::Writable};
    return {0, true, IoWait::None};
  }

  SSL* ssl_;
};

}  // namespace

TlsContext::TlsContext(const std::string& certificate, const std::string& key) : state_(std::make_unique<State>()) {
  state_->context = SSL_CTX_new(TLS_server_method());
  SSL_CTX* c = state_->context;
  const bool loaded = c && SSL_CTX_set_min_proto_version(c, TLS1_2_VERSION) == 1 &&
                      SSL_CTX_use_certificate_chain_file(c, certificate.c_str()) == 1 &&
                      SSL_CTX_use_PrivateKey_file(c, key.c_str(), SSL_FILETYPE_PEM) == 1 && SSL_CTX_check_private_key(c) == 1;
  ERR_clear_error();
  if (!loaded)
    fail(ErrorKind::BadFile,
         {LED_PHRASE("led", "cannot serve HTTPS with %1 and %2: not a certificate and its private key in PEM"), {certificate, key}});
  // Writes may end part-way on a full socket and go on from another copy of the same bytes.
  SSL_CTX_set_mode(c, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
}

std::unique_ptr<Transport> TlsContext::accept(int socket) const { return std::make_unique<TlsTransport>(state_->context, socket); }

#else

struct TlsContext::State {};

TlsContext::TlsContext(const std::string&, const std::string&) {
  fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "this led-cloud was built without OpenSSL: it serves HTTP only"));
}

std::unique_ptr<Transport> TlsContext::accept(int) const { return nullptr; }

#endif

TlsContext::~TlsContext() = default;

}  // namespace led
