#pragma once
// The cloud as a service, apart from HTTP (cloud/service/HttpService.h carries it): what each request gets.
// A query (the bytes of a .ledq) is answered with the bytes of a .ledans, or refused with a status and
// one sentence:
//   400 not a query; 403 a pad the cloud does not hold; 409 its pad entry was used already or does not
//   exist; 422 a query the models do not fit, that does not prove it was made with its pad entry
//   (QueryProof.h), or whose guide the entry does not open; 503 the queue is full (Retry-After); 500 the
//   cloud failed (its disk, its models).
// A pad entry is spent only for a query that proves it was made with it and whose guide it opens, and
// it is given back when the answer could not be logged: a refused query spends nothing.
#include <cstdint>
#include <mutex>
#include <string>

#include "core/cloud/service/ClientPads.h"
#include "core/cloud/service/HttpMessage.h"
#include "core/cloud/service/QueryBatcher.h"
#include "core/cloud/service/ServiceMetrics.h"

namespace led {

// A status, its body and, with 503, Retry-After.
using Reply = HttpResponse;

class CloudService {
 public:
  // The models (and the classifiers they point to) must outlive the service.
  CloudService(const CloudModels& models, const std::string& padFolder, const std::string& logPath, const BatchOptions& batching);

  Reply answer(const std::string& body);
  Reply health() const;
  Reply metrics() const;
  // The log's lines from line `from` on (0: all), for the operator's live view. Read from where the
  // last call ended when `from` is past it (the Cloud page asks for the new lines every second), so a
  // long log is not read again whole each time.
  Reply log(std::size_t from) const;
  // Counted with the refusals the service makes itself.
  void refusedByTransport(Refusal reason) { metrics_.refused(reason); }

  const ServiceMetrics& counters() const { return metrics_; }

 private:
  Reply refuse(int status, Refusal reason, const std::string& sentence);

  // How far the log has been read: its whole lines so far and the byte they end at. The log only grows
  // by whole lines (a failed append is cut back), so this stays true until the file is replaced.
  struct LogCursor {
    std::size_t lines = 0;
    std::uint64_t offset = 0;
  };

  std::string logPath_;
  mutable std::mutex logMutex_;
  mutable LogCursor logRead_;
  BatchOptions batching_;
  ServiceMetrics metrics_;
  ClientPads pads_;
  QueryBatcher batcher_;
};

}  // namespace led
