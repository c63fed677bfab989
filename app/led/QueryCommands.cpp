// led query compose | open | read: the user's side of the deniable query.
#include <chrono>
#include <filesystem>
#include <tuple>

#include "app/command/Command.h"
#include "app/command/Output.h"
#include "app/command/Validators.h"
#include "app/led/KeyDescription.h"
#include "app/led/Options.h"
#include "app/led/UserCommands.h"
#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/Error.h"
#include "core/shared/deniable/GuideKeyFile.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/project/ClassroomKit.h"
#include "core/user/project/HandOver.h"
#include "core/user/remote/CloudClient.h"
#include "core/user/query/Compose.h"
#include "core/user/query/Opening.h"

namespace led::cli {
namespace {

Json slotJson(const Answer& answer, const AnswerSlot& slot) {
  return {{"label", answer.classNames[std::size_t(slot.label)]}, {"class", slot.label}, {"confidence", slot.confidence}};
}

// slotJson's value: "dog (93.1 %)".
std::string slotText(const Json& slot) {
  return format("%s (%.1f %%)", slot["label"].get<std::string>().c_str(), 100.0 * slot["confidence"].get<double>());
}

// A guide key that opens the query's guide to no shape tells a lie anyone sees: led query open and
// led query hand-over refuse it alike.
void requireShape(const Opening& o) {
  if (!o.shape)
    fail(ErrorKind::Mismatch,
         LED_PHRASE("led", "this guide key opens the query's guide to neither a triangle nor a square: the opening shows a lie"));
}

// How the user's commands reach a cloud's service: its address, a certificate to trust, patience.
struct CloudOptions {
  std::string url, caCert;
  int timeout = 30;

  CLI::Option* add(CLI::App& app, const std::string& what) {
    auto* option = app.add_option("--cloud", url, what);
    app.add_option("--ca-cert", caCert, "HTTPS: trust this certificate (PEM), e.g. the cloud's own self-signed one.");
    app.add_option("--timeout", timeout, "Seconds to wait for the answer (default 30).")->check(wholeNumber(1, 3600));
    return option;
  }

  // Sends the query's bytes and writes the answer; returns the answer and how long it took.
  std::pair<Answer, double> ask(const std::string& queryPath, const std::string& answerPath) const {
    ClientOptions options;
    options.answerTimeout = std::chrono::seconds(timeout);
    options.caCert = caCert;
    CloudClient client(url, options);
    const auto start = std::chrono::steady_clock::now();
    const std::vector<std::uint8_t> bytes = client.ask(readWholeFile(queryPath, std::size_t(1) << 31));
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const Answer answer = decodeAnswer(bytes, "the cloud's answer");  // checked before it is kept
    writeAnswerFile(answerPath, answer);
    return {answer, ms};
  }
};

class Compose : public Command {
 public:
  void define(CLI::App& app) override {
    process_ = app.add_option("--process", processName_, "deniable or normal; the keys given say which, so this only checks them.")
                   ->check(oneOf({"deniable", "normal"}));
    app.add_option("--target", target_, "The real image (default: the bundled dog.jpg, as the window).");
    app.add_option("--other", other_, "The fake image (deniable) or the decoy, any natural image (normal; default: the bundled cat.png).");
    keys_.add(app, "the cloud's models were trained with");
    app.add_option("--pad", pad_, "Your guide pad; its next entry is taken (never to be used again) for this query.");
    app.add_option(
        "--kit", kit_,
        "A classroom kit (led kit new): its keys, its pad and (with --answer) its cloud, instead of --part0-keys, --part1-keys, --keys, "
        "--pad, --cloud.");
    app.add_option("-o,--output", output_, "The query file to write (.ledq).")->required();
    app.add_option("--answer-key-out", answerKeyOut_, "Where to keep the query's answer key (.ledak), to read the answer.")->required();
    app.add_option("--guide-key-out", guideKeyOut_, "Also keep the true guide key (.ledgk). Demos only: it defeats deniability.");
    auto* cloud = cloud_.add(app, "Send the query to the cloud's service at this address (http://HOST:PORT) right away...");
    app.add_option("--answer", answerOut_, "...and keep its answer here (.ledans).");
    cloud->needs("--answer");
  }

  Json run() override {
    QueryProcess process = QueryProcess::Deniable;
    std::array<std::vector<Key>, 2> partKeys;
    if (!kit_.empty()) {
      if (keys_.given() || !pad_.empty()) usageError("--kit brings the keys and the pad: give neither with it");
      const ClassroomKit kit = readClassroomKit(kit_);
      process = kit.process;
      partKeys = kit.keys;
      pad_ = kit.pad;
      // Sent at once when --answer says where the answer goes; composed only (led query send later) otherwise.
      if (cloud_.url.empty() && !answerOut_.empty()) cloud_.url = kit.cloud;
      kitCloud_ = kit.cloud;
    } else {
      std::tie(process, partKeys) = keys_.read();
    }
    const bool deniable = process == QueryProcess::Deniable;
    if (process_->count() && (processName_ == "deniable") != deniable)
      usageError(deniable ? "--process normal goes with --keys, not --part0-keys and --part1-keys"
                          : "--process deniable goes with --part0-keys and --part1-keys, not --keys");
    if (pad_.empty()) usageError("give --pad (your guide pad) or --kit");
    if (!answerOut_.empty() && cloud_.url.empty()) usageError("--answer keeps the cloud's answer: give --cloud too (or --kit)");
    if (target_.empty()) target_ = bundledSample("dog.jpg");
    if (other_.empty()) other_ = bundledSample("cat.png");
    const Image target = readImage(target_), other = readImage(other_);

    const PadEntry entry = GuidePad::takeNext(pad_);  // erased from the pad before use
    OsRandom random;
    const ComposedQuery c =
        deniable ? composeDeniable(target, other, partKeys, entry, random) : composeNormal(target, other, partKeys[0], entry, random);
    writeAnswerKeyFile(answerKeyOut_, {entry.index, entry.answerKey});
    writeQueryFile(output_, c.query);
    if (!guideKeyOut_.empty()) {
      warn("led", "--guide-key-out keeps the true guide key: whoever finds that file can open the query honestly. Demos only.");
      writeGuideKeyFile(guideKeyOut_, {entry.index, c.guide.width(), entry.key});
    }
    const auto bytes = std::filesystem::file_size(output_);
    const std::string processName = deniable ? "deniable" : "normal";
    Json out{{"query", output_}, {"process", processName},     {"coin", c.coin}, {"pad_index", entry.index}, {"members", c.query.members()},
             {"bytes", bytes},   {"answer_key", answerKeyOut_}};
    if (!cloud_.url.empty()) {
      const auto [answer, ms] = askKeepingTheCoin(output_, c.coin);
      const AnswerSlot slot = openAnswerSlot(answer, c.coin, entry.answerKey);
      out["answer"] = answerOut_;
      out["milliseconds"] = ms;
      out["label"] = slotJson(answer, slot);
    } else if (!kitCloud_.empty()) {
      out["send_to"] = kitCloud_;
    }
    return out;
  }

  // A cloud that does not answer leaves the query composed and its entry spent: the coin is said
  // before the error, or a student who sends again could not tell which part is theirs.
  std::pair<Answer, double> askKeepingTheCoin(const std::string& query, int coin) const {
    try {
      return cloud_.ask(query, answerOut_);
    } catch (const Error&) {
      warn("led", format("the query is kept in %s; your image is part %d (coin b = %d). Send it again with: led query send --cloud %s "
                         "--query %s -o %s",
                         query.c_str(), coin, coin, cloud_.url.c_str(), query.c_str(), answerOut_.c_str()));
      throw;
    }
  }

  std::string text(const Json& r) const override {
    const int coin = r["coin"];
    std::string lines =
        format("%s (%s process, pad entry %llu, %zu ciphertexts per part, %llu bytes)\n", r["query"].get<std::string>().c_str(),
               r["process"].get<std::string>().c_str(), r["pad_index"].get<unsigned long long>(), r["members"].get<std::size_t>(),
               r["bytes"].get<unsigned long long>());
    lines += format("coin b = %d: your image is part %d (remember it; it is saved nowhere)", coin, coin);
    if (r.contains("label"))
      lines += format("\nthe cloud answered in %.0f ms -> %s; your image (part %d): ", r["milliseconds"].get<double>(),
                      r["answer"].get<std::string>().c_str(), coin) +
               slotText(r["label"]);
    if (r.contains("send_to"))
      lines += format("\nnot sent: send it with led query send --cloud %s --query %s -o answer.ledans",
                      r["send_to"].get<std::string>().c_str(), r["query"].get<std::string>().c_str());
    return lines;
  }

 private:
  CLI::Option* process_ = nullptr;
  std::string processName_, target_, other_, pad_, kit_, kitCloud_, output_, answerKeyOut_, guideKeyOut_, answerOut_;
  PartKeyOptions keys_;
  CloudOptions cloud_;
};

class Send : public Command {
 public:
  void define(CLI::App& app) override {
    cloud_.add(app, "The cloud's service: http://HOST:PORT or https://HOST:PORT.")->required();
    app.add_option("--query", query_, "The query file (.ledq).")->required();
    app.add_option("-o,--output", output_, "Where to keep the answer (.ledans).")->required();
  }

  Json run() override {
    const Query query = readQueryFile(query_);  // a damaged query is caught here, not by the cloud
    const auto [answer, ms] = cloud_.ask(query_, output_);
    if (answer.queryDigest != queryDigest(query) || answer.padIndex != query.padIndex)
      fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the cloud answered another query than %1"), {query_}});
    return {{"answer", output_}, {"pad_index", answer.padIndex}, {"milliseconds", ms}};
  }

  std::string text(const Json& r) const override {
    return format("answer -> %s (pad entry %llu, %.0f ms); read it with led query read", r["answer"].get<std::string>().c_str(),
                  r["pad_index"].get<unsigned long long>(), r["milliseconds"].get<double>());
  }

 private:
  CloudOptions cloud_;
  std::string query_, output_;
};

class Open : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--query", query_, "The query file.")->required();
    app.add_option("--guide-key", guideKey_, "A guide key file (.ledgk), honest or fake.")->required();
    app.add_option("--model-keys", modelKeys_, "The model keys revealed for the part, one per ensemble member.")->required();
    auto* answer = app.add_option("--answer", answer_, "The cloud's answer (.ledans).");
    auto* answerKey = app.add_option("--answer-key", answerKey_, "The answer key (.ledak).");
    answer->needs(answerKey);
    answerKey->needs(answer);
    app.add_option("--image-out", imageOut_, "Write the decrypted image here.");
    app.add_option("--guide-out", guideOut_, "Write the opened guide here.");
  }

  Json run() override {
    const Query query = readQueryFile(query_);
    const GuideKeyRecord guideKey = readGuideKeyFile(guideKey_);
    if (guideKey.side != query.garbledGuide.width())
      fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the guide key is for a %1-pixel guide, the query's is %2"),
                                 {std::to_string(guideKey.side), std::to_string(query.garbledGuide.width())}});
    std::optional<Answer> answer;
    std::optional<AnswerKeyRecord> answerKey;
    if (!answer_.empty()) {
      answer = readAnswerFile(answer_);
      answerKey = readAnswerKeyFile(answerKey_);
    }
    const Opening o = openQuery(query, guideKey.key, readKeyList(modelKeys_, "--model-keys"), answer ? &*answer : nullptr,
                                answerKey ? &answerKey->key : nullptr);
    if (!guideOut_.empty()) writeImage(guideOut_, o.guide);
    requireShape(o);
    if (!imageOut_.empty()) writeImage(imageOut_, o.images.front());
    Json out{{"guide", guideShapeName(*o.shape)}, {"part", o.part}};
    if (o.slot) out["answer"] = slotJson(*answer, *o.slot);
    if (!imageOut_.empty()) out["image"] = imageOut_;
    return out;
  }

  std::string text(const Json& r) const override {
    std::string lines = format("guide: %s -> part %d", r["guide"].get<std::string>().c_str(), r["part"].get<int>());
    if (r.contains("image")) lines += "\nimage: " + r["image"].get<std::string>();
    if (r.contains("answer")) lines += "\nlabel: " + slotText(r["answer"]);
    return lines;
  }

 private:
  std::string query_, guideKey_, modelKeys_, answer_, answerKey_, imageOut_, guideOut_;
};

// What a coerced user gives the coercer, as one folder (core/user/project/HandOver.h): the window's
// Coercion page opens it.
class HandOverCommand : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--query", query_, "The query file (.ledq).")->required();
    app.add_option("--guide-key", guideKey_, "The guide key revealed (.ledgk): the true one, or led fake-key's.")->required();
    app.add_option("--model-keys", modelKeys_, "The model keys revealed for the part it points at, one per ensemble member.");
    auto* answer = app.add_option("--answer", answer_, "The cloud's answer (.ledans), so that the coercer reads the label...");
    auto* answerKey = app.add_option("--answer-key", answerKey_, "...with the query's answer key (.ledak).");
    answer->needs(answerKey);
    answerKey->needs(answer);
    app.add_option("-o,--output", output_, "The folder to write (new, or one written by this command before).")->required();
  }

  Json run() override {
    HandOver h;
    h.query = readQueryFile(query_);
    h.guideKey = readGuideKeyFile(guideKey_);
    if (!modelKeys_.empty()) h.modelKeys = readKeyList(modelKeys_, "--model-keys");
    if (!answer_.empty()) {
      h.answer = readAnswerFile(answer_);
      h.answerKey = readAnswerKeyFile(answerKey_);
    }
    // Keys that do not fit the query are refused here, not found out by the coercer.
    requireShape(openQuery(h.query, h.guideKey.key, h.modelKeys));
    writeHandOver(output_, h);
    readHandOver(output_);  // the folder as the coercer reads it: the answer belongs to the query
    return {{"handed_over", output_}, {"model_keys", h.modelKeys.size()}, {"answer", h.answer.has_value()}};
  }

  std::string text(const Json& r) const override {
    return format("handed over in %s: the query, the guide key, %zu model key(s)%s", r["handed_over"].get<std::string>().c_str(),
                  r["model_keys"].get<std::size_t>(), r["answer"].get<bool>() ? " and the answer with its key" : "");
  }

 private:
  std::string query_, guideKey_, modelKeys_, answer_, answerKey_, output_;
};

class Read : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("--answer", answer_, "The cloud's answer (.ledans).")->required();
    app.add_option("--answer-key", answerKey_, "The answer key (.ledak).")->required();
  }

  Json run() override {
    const Answer answer = readAnswerFile(answer_);
    const AnswerKeyRecord key = readAnswerKeyFile(answerKey_);
    Json parts = Json::array();
    for (int part = 0; part < 2; ++part) {
      const AnswerSlot slot = openAnswerSlot(answer, part, key.key);
      parts.push_back(slotJson(answer, slot));
    }
    return {{"parts", parts}};
  }

  std::string text(const Json& r) const override { return "part 0: " + slotText(r["parts"][0]) + "\npart 1: " + slotText(r["parts"][1]); }

 private:
  std::string answer_, answerKey_;
};

}  // namespace

std::vector<CommandInfo> queryCommands() {
  return {{{"query", "compose"}, "compose a query with your next pad entry", [] { return std::make_unique<Compose>(); }},
          {{"query", "send"}, "send a query to a cloud's service and keep its answer", [] { return std::make_unique<Send>(); }},
          {{"query", "open"}, "open a query with revealed keys (honest or fake)", [] { return std::make_unique<Open>(); }},
          {{"query", "read"}, "read both slots of an answer with its answer key", [] { return std::make_unique<Read>(); }},
          {{"query", "hand-over"}, "gather a query and the keys revealed for it into one folder for the coercer", [] {
             return std::make_unique<HandOverCommand>();
           }}};
}

}  // namespace led::cli
