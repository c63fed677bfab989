#pragma once
// A classroom kit: what one student needs to query the teacher's cloud (led-cloud serve) from their own
// machine: the model keys the class shares (the cloud's models were trained with them), a guide pad of
// the student's own, and the cloud's address. The cloud's copy of the pad goes into the service's pad
// folder as the kit is made, so the student is a client the cloud knows.
//
// Layout: kit.ledproj (the manifest: process, cloud, members), part0-<m>.ledkey (and part1-<m>.ledkey for
// the deniable process), pad.ledpad.
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/shared/deniable/GuidePad.h"
#include "core/shared/deniable/Query.h"
#include "core/user/keys/Key.h"

namespace led {

struct ClassroomKit {
  QueryProcess process = QueryProcess::Deniable;
  std::string cloud;                     // http://HOST:PORT
  std::array<std::vector<Key>, 2> keys;  // normal process: keys[0] only
  std::string pad;                       // the student's pad file, in the kit
};

// Writes the kit into the new folder `dir` and the cloud's copy of its pad into cloudPads/<name>.ledpad.
// The pad comes from the operating system's generator. A cloud copy already there belongs to a kit
// handed out before: it is never replaced (Mismatch), so that kit keeps working.
void writeClassroomKit(const std::string& dir, const std::string& name, const ClassroomKit& kit, std::uint32_t entries, int guideSide,
                       const std::string& cloudPads);
// Names for `count` more students of the class whose cloud copies are in cloudPads: student-N, numbered
// on after the highest there, so that a late student's kit never takes an earlier one's name.
std::vector<std::string> newStudentNames(const std::string& cloudPads, int count);
// The student each pad in cloudPads belongs to (its file's name), by the pad's identity; pads that
// cannot be read are left out.
std::map<PadId, std::string> studentsByPad(const std::string& cloudPads);

// BadFile or Io when dir is not a kit, or a file in it is damaged.
ClassroomKit readClassroomKit(const std::string& dir);

}  // namespace led
