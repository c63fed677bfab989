#include "core/user/report/AuditTable.h"

#include <cmath>
#include <sstream>

#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
std::string field(const std::string& text) {
  if (text.find_first_of(",\"\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string number(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  std::ostringstream out;
  out.precision(6);
  out << v;
  return out.str();
}

std::string outcome(const AttackOutcome& o) { return !o.applies ? "does not apply" : o.succeeded ? "reads the picture" : "fails"; }

}  // namespace

std::string auditTableCsv(const std::vector<SchemeAudit>& audits) {
  std::string csv =
      "scheme,parameters,ciphertext_ssim,ciphertext_psnr_db,key_bits,attack,outcome,attack_psnr_db,verdict_measure,verdict_value,"
      "verdict_threshold,details\n";
  for (const SchemeAudit& a : audits)
    for (const AttackOutcome& o : a.attacks) {
      const bool measured = !o.verdictOn.name.empty();
      csv += field(schemeName(a.params.scheme)) + "," + field(a.params.text()) + "," + number(a.ssim) + "," + number(a.psnr) + "," +
             number(a.keyBits) + "," + field(render(o.name)) + "," + outcome(o) + "," + (o.applies ? number(o.psnr) : std::string()) + "," +
             o.verdictOn.name + "," + (measured ? number(o.verdictOn.value) : std::string()) + "," +
             (measured ? number(o.verdictOn.threshold) : std::string()) + "," + field(render(o.summary)) + "\n";
    }
  return csv;
}

std::vector<SchemeAudit> auditEveryScheme(const Image& plain, RandomSource& random, const std::function<void(int, int)>& progress,
                                          const std::atomic<bool>& cancel) {
  const std::vector<SchemeId> schemes = allSchemes();
  std::vector<SchemeAudit> audits;
  for (std::size_t i = 0; i < schemes.size() && !cancel; ++i) {
    if (progress) progress(int(i), int(schemes.size()));
    SchemeAudit a = auditScheme(plain, SchemeParams::defaults(schemes[i]), {}, random, nullptr, cancel);
    if (a.cancelled) break;
    audits.push_back(std::move(a));
  }
  if (progress) progress(int(audits.size()), int(schemes.size()));
  return audits;
}

}  // namespace led
