#pragma once
// The learned attacks in a scheme audit: the inverse transformation network and the GAN restoration,
// trained on a dataset for the audited scheme, judged by the audit's one rule (the restorations' mean
// SSIM against kRecognisableSsim). A network restores images of its dataset's shape, so the outcome's
// picture is the restoration of the dataset's first victim image, enlarged to the audited picture's
// shape, not a restoration of the audited picture.
#include <atomic>

#include "core/user/attacks/SchemeAudit.h"
#include "core/user/restoration/RestorationAttack.h"

namespace led {

// The sizes the Evaluate page and `led report --learned-on` use, those of `led attack table`: 15 to 30 s
// an attack on Fashion-MNIST on two cores, and about a minute for pe's full-resolution network.
RestorationPlan learnedAuditPlan();

// publicSet: the name of the set the attacker trained on ("Fashion-MNIST training set").
AttackOutcome learnedAttackOutcome(const RestorationScore& score, const std::string& publicSet, const ImageShape& pictureShape);

// Appends itn's and gan's outcomes for audit.params (plan.params is replaced by them). Throws Cancelled.
void addLearnedAttacks(SchemeAudit& audit, RestorationPlan plan, const DatasetSplit& data, const RestorationCallback& progress,
                       const std::atomic<bool>& cancel);

}  // namespace led
