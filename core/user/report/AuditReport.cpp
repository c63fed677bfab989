#include "core/user/report/AuditReport.h"

#include <cmath>
#include <cstdio>
#include <sstream>

#include "core/shared/common/AtomicFile.h"
#include "core/shared/common/Base64.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/imageio/Resize.h"
#include "core/user/chart/LineChart.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

std::string escaped(const std::string& text) {
  std::string out;
  for (char ch : text) {
    switch (ch) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

std::string format(const char* pattern, double value) {
  char text[64];
  std::snprintf(text, sizeof text, pattern, value);
  return text;
}

std::string decibels(double db) { return std::isinf(db) ? "&infin;" : format("%.2f dB", db); }

std::string pngTag(const std::vector<std::uint8_t>& png, const std::string& alt, int width) {
  return "<img alt=\"" + escaped(alt) + "\" width=\"" + std::to_string(width) + "\" src=\"data:image/png;base64," + base64(png) + "\">";
}

// Small images are shown enlarged without smoothing, so blocks stay visible.
std::string figure(const Image& image, const std::string& caption) {
  const int width = std::max(160, std::min(320, image.width() * 4));
  return "<figure>" + pngTag(encodeImage(image, ".png"), caption, width) + "<figcaption>" + escaped(caption) + "</figcaption></figure>";
}

std::string jpegSection(const JpegCurve& curve, const std::string& scheme) {
  std::ostringstream html;
  html << "<h2>JPEG robustness (encryption then compression)</h2><table><tr><th>quality</th><th>plain bpp</th><th>plain PSNR</th>"
       << "<th>encrypted bpp</th><th>encrypted PSNR</th></tr>";
  for (std::size_t i = 0; i < curve.plain.size(); ++i) {
    const RatePoint &p = curve.plain[i], &e = curve.encrypted[i];
    html << "<tr><td>" << p.quality << "</td><td>" << format("%.3f", p.bitsPerPixel) << "</td><td>" << decibels(p.psnr) << "</td><td>"
         << format("%.3f", e.bitsPerPixel) << "</td><td>" << decibels(e.psnr) << "</td></tr>";
  }
  html << "</table>"
       << pngTag(lineChartPng("JPEG rate-distortion", "bits per pixel", "PSNR (dB)",
                              rateDistortionSeries(curve, scheme + ", JPEG, decrypted")),
                 "rate-distortion curve", 640);
  return html.str();
}

}  // namespace

std::string auditReportHtml(const SchemeAudit& a, const std::string& imageName) {
  const std::string scheme = schemeName(a.params.scheme), params = a.params.text();
  std::ostringstream html;
  html << "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>LED Studio report: " << escaped(params)
       << "</title><style>"
       << "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}table{border-collapse:collapse;margin:1em 0}"
       << "td,th{border:1px solid #bbb;padding:.3em .6em;text-align:right}th{background:#eee}td:first-child{text-align:left}"
       << "figure{display:inline-block;margin:.5em;text-align:center}figure img{image-rendering:pixelated}"
       << ".ok{color:#1a7f37}.bad{color:#b42318}.na{color:#777}</style></head><body>";
  html << "<h1>" << escaped(schemeFor(a.params.scheme).title()) << "</h1><p>Scheme <b>" << escaped(params) << "</b> on <b>"
       << escaped(imageName) << "</b> (" << escaped(a.plain.shape.text())
       << "), under a fresh key from the operating system's generator.</p>";
  if (a.cancelled) html << "<p class=\"bad\">The audit was cancelled; what follows is what it measured before.</p>";
  html << "<h2>What the ciphertext keeps</h2><table><tr><th>measure</th><th>value</th></tr>"
       << "<tr><td>SSIM, ciphertext against plain (1: identical)</td><td>" << format("%.4f", a.ssim) << "</td></tr>"
       << "<tr><td>PSNR, ciphertext against plain</td><td>" << decibels(a.psnr) << "</td></tr>"
       << "<tr><td>key space</td><td>"
       << (std::isinf(a.keyBits) ? std::string("infinite (real-valued key)") : format("%.0f bits", a.keyBits)) << "</td></tr></table>";
  html << figure(a.plain, "plain image") << figure(a.ciphertext, "ciphertext (what the cloud sees)")
       << figure(a.wrongKey, "decrypted with a wrong key");
  html << "<h2>Attacks</h2><table><tr><th>attack</th><th>outcome</th><th>details</th></tr>";
  for (const AttackOutcome& o : a.attacks) {
    const char* cls = !o.applies ? "na" : o.succeeded ? "bad" : "ok";
    const char* verdict = !o.applies ? "does not apply" : o.succeeded ? "reads the picture" : "fails";
    html << "<tr><td>" << escaped(render(o.name)) << "</td><td class=\"" << cls << "\">" << verdict << "</td><td style=\"text-align:left\">"
         << escaped(render(o.summary)) << "</td></tr>";
  }
  html << "</table>";
  for (const AttackOutcome& o : a.attacks)
    if (o.recovered)
      html << figure(*o.recovered, render(o.name) + ": the attacker's image (PSNR " +
                                       (std::isinf(o.psnr) ? "infinite" : format("%.1f dB", o.psnr)) + ")");
  if (a.jpeg) html << jpegSection(*a.jpeg, scheme);
  html << "<p style=\"color:#777\">Written by LED Studio (led report). Success of an attack means its image keeps the plain image's "
       << "structure (SSIM at least 0.5) or, for the jigsaw, that at least half of the joined edges are true.</p></body></html>\n";
  return html.str();
}

void writeAuditReport(const std::string& path, const SchemeAudit& audit, const std::string& imageName) {
  const std::string html = auditReportHtml(audit, imageName);
  writeFileAtomically(path, std::vector<std::uint8_t>(html.begin(), html.end()), 0644);
}

}  // namespace led
