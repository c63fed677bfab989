#pragma once
// The table the field's papers are made of: every scheme against every ciphertext-only restoration
// attack on one dataset, beside the ciphertext itself as the baseline, written as CSV and as a picture
// grid (a row per scheme: the plain image, the ciphertext, then each attack's restoration).
#include <atomic>
#include <string>
#include <vector>

#include "core/user/restoration/RestorationAttack.h"

namespace led {

struct AttackTablePlan {
  std::vector<SchemeParams> schemes;
  std::vector<RestorationAttack> attacks;  // the baseline is always measured too
  RestorationPlan attack;                  // sizes, epochs, seed; its params are each scheme's in turn
};

struct AttackTable {
  std::string dataset;
  std::vector<RestorationScore> scores;  // per scheme: the baseline, then the attacks in the plan's order
  bool cancelled = false;                // what was measured before the cancel stays
};

// progress: the step and how many of the table's cells are done.
AttackTable runAttackTable(const AttackTablePlan& plan, const DatasetSplit& data, const RestorationCallback& progress,
                           const std::atomic<bool>& cancel);

// One row per score: scheme, parameters, attack, images, SSIM and PSNR means and spreads, seconds, device.
std::string attackTableCsv(const AttackTable& table);
// A row per scheme, labelled; a column group per stage (plain, the ciphertext, each attack), each with
// the first `perScheme` victim images side by side, enlarged to about 64 pixels.
Image attackTableGrid(const AttackTable& table, int perScheme);

}  // namespace led
