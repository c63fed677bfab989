#include "core/user/restoration/LearnedAudit.h"

#include "core/shared/common/Decimals.h"
#include "core/user/imageio/Resize.h"

namespace led {

RestorationPlan learnedAuditPlan() {
  RestorationPlan plan;  // the sizes of led attack table, so the audit's verdict is the table's
  plan.samples = 1;
  return plan;
}

AttackOutcome learnedAttackOutcome(const RestorationScore& s, const std::string& publicSet, const ImageShape& pictureShape) {
  AttackOutcome o{restorationTitle(s.attack), true, s.ssimMean >= kRecognisableSsim, std::string(), std::nullopt, s.psnrMean};
  o.verdictOn = {"dataset_mean_ssim", s.ssimMean, kRecognisableSsim};
  if (!s.samples.empty())
    o.recovered = enlargeNearest(s.samples.front(), pictureShape);  // among the other attackers' pictures, kept with them
  const Phrase how =
      s.attack == RestorationAttack::InverseNetwork
          ? Phrase(LED_PHRASE("led", "Trained on %1 images of the %2, each encrypted under a fresh key, in %3 s (%4)."),
                   {std::to_string(s.trainedOn), publicSet, decimals(s.seconds, 0), s.device})
          : Phrase(LED_PHRASE("led", "Trained on the victim's ciphertexts against %1 plain images of the %2, unpaired, in %3 s (%4)."),
                   {std::to_string(s.trainedOn), publicSet, decimals(s.seconds, 0), s.device});
  const Phrase measured{
      LED_PHRASE("led", "It restores %1 other images, encrypted under one unknown key, at SSIM %2 ± %3 and PSNR %4 ± %5 dB."),
      {std::to_string(s.images), decimals(s.ssimMean, 2), decimals(s.ssimSpread, 2), decimals(s.psnrMean, 1), decimals(s.psnrSpread, 1)}};
  const Phrase verdict{o.succeeded ? LED_PHRASE("led", "Verdict: reads the picture, since the restorations' mean SSIM %1 is at least %2.")
                                   : LED_PHRASE("led", "Verdict: fails, since the restorations' mean SSIM %1 is below %2."),
                       {decimals(s.ssimMean, 2), decimals(kRecognisableSsim, 2)}};
  o.summary = {LED_PHRASE("led", "%1 %2 %3"), {how, measured, verdict}};
  return o;
}

void addLearnedAttacks(SchemeAudit& audit, RestorationPlan plan, const DatasetSplit& data, const RestorationCallback& progress,
                       const std::atomic<bool>& cancel) {
  plan.params = audit.params;
  for (RestorationAttack attack : {RestorationAttack::InverseNetwork, RestorationAttack::Gan}) {
    const RestorationScore s = runRestorationAttack(attack, plan, data.train, data.test, progress, cancel);
    audit.attacks.push_back(learnedAttackOutcome(s, data.train.name, audit.plain.shape));
  }
}

}  // namespace led
