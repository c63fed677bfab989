#pragma once
// The Query page's cloud session kept beside a project, as a folder of the program's own files: the
// model keys (.ledkey) and the cloud's models (.ledmodel) of each part, both copies of every guide pad
// (.ledpad), the last query (.ledq) with its true guide key (.ledgk) and answer key (.ledak), the
// cloud's answer (.ledans), and a manifest (session.ledproj) with the rest: the process, the coin, what
// the cloud saw and its log. Key material is only in those files, in a folder readable by its owner
// only; the project names the folder.
//
// The true guide key is kept for the demonstration, as the session keeps it in memory (see
// DeniableSession.h): a real user keeps none.
#include <QString>

#include "query/DeniableSession.h"

namespace led::ui {

// Writes the folder whole under a temporary name beside `dir`, then puts it in place of an earlier
// session folder. Refuses to replace anything at `dir` that is not a session folder.
void writeSessionFolder(const QString& dir, const DeniableSession::State& state);
// Reads a folder and checks that its files belong together (each model to its key, the keys to the
// query, the answer to the query); BadFile or Mismatch naming the file at fault.
DeniableSession::State readSessionFolder(const QString& dir);

}  // namespace led::ui
