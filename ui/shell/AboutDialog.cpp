#include "AboutDialog.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace led::ui {

namespace {

QString aboutText() {
  return AboutDialog::tr(
             "<h2>LED Studio %1</h2>"
             "<p>Learnable image encryption with deniability, made real, visible and testable: "
             "block-scrambling encryptions a cloud can learn from, the deniable query of the LED paper, "
             "training on encrypted images, coercion with fake keys, and the attacks that measure privacy.</p>"
             "<p>Every capability is also in the <tt>led</tt> command-line tool.</p>"
             "<p>Copyright © 2026 The LED Studio developers. Licensed under the GNU General Public "
             "License, version 3 or later.</p>")
      .arg(QApplication::applicationVersion());
}

QString row(const QString& what, const QString& licence, const QString& note) {
  return QString("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>").arg(what, licence, note);
}

QString licencesText() {
  return "<table cellspacing='6'>" + row(AboutDialog::tr("Component"), AboutDialog::tr("Licence"), AboutDialog::tr("Use")) +
         row("LED Studio " + QApplication::applicationVersion(), "GPL-3.0-or-later", AboutDialog::tr("this program")) +
         row("Qt " + QString(qVersion()), "LGPL-3.0", AboutDialog::tr("windows, widgets, threads, translations (dynamically linked)")) +
         row("LibTorch", "BSD-3-Clause", AboutDialog::tr("models and training")) +
         row("OpenCV", "Apache-2.0", AboutDialog::tr("image files and resizing")) +
         row("QCustomPlot " + QString(QCUSTOMPLOT_VERSION_STR), "GPL-3.0",
             AboutDialog::tr("plots; because it is GPL-3.0, so is LED Studio as a whole")) +
         row("zlib", "Zlib", AboutDialog::tr("reading Fashion-MNIST's gzip files")) + "</table>" +
         AboutDialog::tr(
             "<p>The full texts are in <tt>/usr/share/common-licenses</tt> on Debian and in each library's "
             "<tt>/usr/share/doc/&lt;package&gt;/copyright</tt>.</p>");
}

QString samplesText() {
  return AboutDialog::tr(
      "<p><b>dog.jpg</b>: a dog on a porch beside a bicycle, from the Darknet project by "
      "Joseph Redmon, as shipped by Debian's <tt>darknet</tt> package. MIT licence.</p>"
      "<p><b>cat.png</b>: “Chelsea the cat” by Stefan van der Walt, from scikit-image, as "
      "shipped by Debian's <tt>python3-skimage</tt> package. CC0: no rights reserved.</p>");
}

QTextBrowser* page(const QString& html, QWidget* parent) {
  auto* browser = new QTextBrowser(parent);
  browser->setOpenExternalLinks(true);
  browser->setHtml(html);
  return browser;
}

}  // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("About LED Studio"));
  auto* icon = new QLabel(this);
  icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
  auto* tabs = new QTabWidget(this);
  tabs->setObjectName("aboutTabs");
  tabs->addTab(page(aboutText(), tabs), tr("About"));
  tabs->addTab(page(licencesText(), tabs), tr("Licences"));
  tabs->addTab(page(samplesText(), tabs), tr("Sample photographs"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(icon);
  layout->addWidget(tabs, 1);
  layout->addWidget(buttons);
  resize(620, 460);
}

}  // namespace led::ui
