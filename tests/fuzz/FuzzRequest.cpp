// libFuzzer target for the cloud's request handler: the body of POST /v1/query as the service reads it,
// behind HTTP (CloudService::answer). The input is made to name the fuzzer's own client pad and is
// re-sealed; one that decodes as a query also gets the proof of the entry it names (the fuzzer holds
// the user's copy of the pad), so the fuzzer reaches the checks behind the checksum and the proof: the
// models' fit, the pad entry, the guide, the batch. Every input must come back as a reply; a crash or a
// sanitizer report is a finding.
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>

#include "core/shared/common/Error.h"
#include "core/shared/crypto/Sha256.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/shared/deniable/QueryProof.h"
#include "core/user/models/ImageTraining.h"
#include "core/user/schemes/SchemeRegistry.h"
#include "core/cloud/service/CloudService.h"

namespace {

using namespace led;

constexpr std::size_t kPadIdAt = 12;  // after the magic and the version

struct Fixture {
  std::string folder = (access("/dev/shm", W_OK) == 0 ? "/dev/shm/led-fuzz-request-" : "/tmp/led-fuzz-request-") + std::to_string(getpid());
  PadId pad{};
  std::vector<PadEntry> entries;  // the user's side of the pad: what proves a query
  std::unique_ptr<Classifier> model;
  CloudModels models;
  std::unique_ptr<CloudService> service;

  Fixture() {
    std::filesystem::create_directories(folder + "/pads");
    OsRandom os;
    const GuidePad guidePad = GuidePad::generate(16, 4096, os);
    guidePad.write(folder + "/pads/client.ledpad");
    guidePad.write(folder + "/user.ledpad");
    for (std::size_t i = 0; i < guidePad.size(); ++i) entries.push_back(GuidePad::takeNext(folder + "/user.ledpad"));
    pad = guidePad.id();
    // The shape and scheme of the seed queries (fuzz-seeds): 8x8x3 images under le.
    StreamRandom random(1);  // a fixture's key, never anyone's
    Dataset d;
    d.name = "fuzz";
    d.shape = {8, 8, 3};
    d.classNames = {"a", "b"};
    const Key key = generateKey({SchemeParams::defaults(SchemeId::Le), d.shape}, random);
    model = std::make_unique<Classifier>(modelInfoFor("baseline", d, key), 1);
    models = CloudModels::normal({model.get()});
    BatchOptions batching;
    batching.maxBatch = 1;
    batching.maxWait = std::chrono::microseconds(0);
    service = std::make_unique<CloudService>(models, folder + "/pads", folder + "/cloud.log", batching);
  }
  ~Fixture() { std::filesystem::remove_all(folder); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Fixture fixture;
  std::string body(reinterpret_cast<const char*>(data), size);
  if (body.size() >= kPadIdAt + fixture.pad.size() + 32) {
    std::memcpy(body.data() + kPadIdAt, fixture.pad.data(), fixture.pad.size());
    const auto digest = Sha256::of(body.data(), body.size() - 32);
    std::memcpy(body.data() + body.size() - 32, digest.data(), 32);
    try {
      Query query = decodeQuery({body.begin(), body.end()}, "fuzz");
      if (query.padIndex < fixture.entries.size()) {
        query.proof = proveQuery(query, fixture.entries[query.padIndex].answerKey);
        const std::vector<std::uint8_t> proven = encodeQuery(query);
        body.assign(proven.begin(), proven.end());
      }
    } catch (const Error&) {
      // not a query: the handler refuses it as sent
    }
  }
  const Reply reply = fixture.service->answer(body);
  if (reply.status < 200 || reply.status > 599 || reply.body.empty()) __builtin_trap();
  return 0;
}
