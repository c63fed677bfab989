#pragma once
// Audits as one CSV table, a row per attack of every audited scheme: the scheme's own measures repeated
// on each row (SSIM and PSNR of its ciphertext, key space) beside the attack's outcome, its PSNR, and
// the sentence with the numbers and the verdict's measure and threshold. For comparing schemes in a
// spreadsheet: led report --all-schemes --csv, and the Evaluate page's "Every scheme as CSV".
#include <string>
#include <vector>

#include "core/user/attacks/SchemeAudit.h"

namespace led {

std::string auditTableCsv(const std::vector<SchemeAudit>& audits);

// Every scheme's audit with its default parameters, on one image, in the order of allSchemes().
// progress(scheme done, schemes); cancelling stops between schemes and returns those done.
std::vector<SchemeAudit> auditEveryScheme(const Image& plain, RandomSource& random, const std::function<void(int, int)>& progress,
                                          const std::atomic<bool>& cancel);

}  // namespace led
