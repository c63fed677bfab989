#pragma once
// The cloud session of the desktop application's Query, Cloud and Coercion pages, kept beside a project
// as a folder of the program's own files: the model keys (.ledkey) and the cloud's models (.ledmodel) of
// each part, both copies of every guide pad (.ledpad), the last query (.ledq) with its true guide key
// (.ledgk) and answer key (.ledak), the cloud's answer (.ledans), and a manifest (session.ledproj) with
// the rest: the process, the coin, what the cloud saw and its log. Key material is only in those files,
// in a folder readable by its owner only; the project names the folder.
//
// The true guide key is kept for the demonstration, as the session keeps it in memory: a real user keeps
// none.
#include <array>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/shared/deniable/CloudView.h"
#include "core/shared/deniable/GuidePad.h"
#include "core/user/keys/Key.h"
#include "core/shared/modelfile/ModelInfo.h"
#include "core/user/query/Compose.h"

namespace led {

struct KeptSession {
  QueryProcess process = QueryProcess::Deniable;
  std::array<std::vector<Key>, 2> keys;                // [set][member]; the normal process uses set 0; none before set-up
  std::vector<std::vector<std::string>> models;        // the cloud's model files [set][member], as read (not used in writing)
  std::vector<std::pair<std::string, GuidePad>> pads;  // by file name, the user's and the cloud's copies
  bool fixedGuideKeys = false;                         // the paper's fixed guide key instead of a pad
  std::optional<ComposedQuery> composed;
  PadEntry entry;  // of the composed query
  std::optional<CloudResult> cloud;
  std::vector<std::string> log;

  std::size_t members() const { return keys[0].size(); }
};

// Writes the folder whole under a temporary name beside `dir`, then puts it in place of an earlier
// session folder; refuses to replace anything at `dir` that is not a session folder. The caller holds
// the models: saveModel(set, member, path) writes each one.
void writeSessionFolder(const std::string& dir, const KeptSession& session,
                        const std::function<void(int set, int member, const std::string& path)>& saveModel);
// Reads a folder and checks that its files belong together (each model to its key, the keys to the query,
// the answer to the query); BadFile or Mismatch naming the file at fault. `models` names the model files,
// for the caller to load.
KeptSession readSessionFolder(const std::string& dir);

}  // namespace led
