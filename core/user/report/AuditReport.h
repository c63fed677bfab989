#pragma once
// A scheme audit as one self-contained HTML file (images and plots embedded), for `led report` and the
// Evaluate page's export: something a researcher can mail or archive and open anywhere.
#include <string>

#include "core/user/attacks/SchemeAudit.h"

namespace led {

// imageName: what the plain image was (a file name), shown in the report's title.
std::string auditReportHtml(const SchemeAudit& audit, const std::string& imageName);
// Written atomically.
void writeAuditReport(const std::string& path, const SchemeAudit& audit, const std::string& imageName);

}  // namespace led
