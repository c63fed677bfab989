#include "core/user/project/HandOver.h"

#include "core/shared/common/Error.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/keyfile/KeyFile.h"
#include "core/user/project/FolderManifest.h"
#include "core/user/project/ProjectFolder.h"

namespace led {
namespace {

const std::string kManifest = "handed-over.ledproj";

std::string keyName(std::size_t member) { return "key-" + std::to_string(member + 1) + ".ledkey"; }

}  // namespace

void writeHandOver(const std::string& dir, const HandOver& h) {
  if (h.answer.has_value() != h.answerKey.has_value())
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "an answer is handed over with its answer key, or neither is"));
  writeProjectFolder(dir, kManifest, {LED_PHRASE("led", "%1 exists and is not a folder of handed-over keys: choose another folder"), {dir}},
                     [&](const std::string& staging) {
                       writeQueryFile(folderFile(staging, "query.ledq"), h.query);
                       writeGuideKeyFile(folderFile(staging, "guide.ledgk"), h.guideKey);
                       for (std::size_t m = 0; m < h.modelKeys.size(); ++m) writeKeyFile(folderFile(staging, keyName(m)), h.modelKeys[m]);
                       if (h.answer) {
                         writeAnswerFile(folderFile(staging, "answer.ledans"), *h.answer);
                         writeAnswerKeyFile(folderFile(staging, "answer.ledak"), *h.answerKey);
                       }
                       Project m;
                       m.set("members", std::to_string(h.modelKeys.size()));
                       m.set("answered", h.answer ? "yes" : "no");
                       writeProjectFile(folderFile(staging, kManifest), m);
                     });
}

HandOver readHandOver(const std::string& dir) {
  if (!isProjectFolder(dir, kManifest))
    fail(ErrorKind::Io, {LED_PHRASE("led", "%1 holds no handed-over keys (it has no %2)"), {dir, kManifest}});
  const FolderManifest m(dir, kManifest);
  HandOver h;
  h.query = readQueryFile(folderFile(dir, "query.ledq"));
  h.guideKey = readGuideKeyFile(folderFile(dir, "guide.ledgk"));
  if (h.guideKey.padIndex != h.query.padIndex || h.guideKey.side != h.query.garbledGuide.width())
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 is a guide key for another query"), {folderFile(dir, "guide.ledgk")}});
  const int members = m.whole("members", 0, 16);
  for (int k = 0; k < members; ++k) h.modelKeys.push_back(readKeyFile(folderFile(dir, keyName(std::size_t(k)))));
  const std::string answered = m.text("answered");
  if (answered != "yes" && answered != "no") m.bad(LED_PHRASE("led", "an answer that is neither there nor absent"));
  if (answered == "yes") {
    h.answer = readAnswerFile(folderFile(dir, "answer.ledans"));
    h.answerKey = readAnswerKeyFile(folderFile(dir, "answer.ledak"));
    if (h.answer->queryDigest != queryDigest(h.query) || h.answerKey->padIndex != h.query.padIndex)
      fail(ErrorKind::Mismatch, {LED_PHRASE("led", "%1 answers another query"), {folderFile(dir, "answer.ledans")}});
  }
  return h;
}

}  // namespace led
