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
#include <string>
#include <vector>

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
// The pad comes from the operating system's generator.
void writeClassroomKit(const std::string& dir, const std::string& name, const ClassroomKit& kit, std::uint32_t entries, int guideSide,
                       const std::string& cloudPads);
// BadFile or Io when dir is not a kit, or a file in it is damaged.
ClassroomKit readClassroomKit(const std::string& dir);

}  // namespace led
