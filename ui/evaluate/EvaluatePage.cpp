#include "evaluate/EvaluatePage.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "evaluate/AuditPanel.h"
#include "evaluate/SweepPanel.h"

namespace led::ui {

EvaluatePage::EvaluatePage(QWidget* parent)
    : QWidget(parent), tabs_(new QTabWidget(this)), audit_(new AuditPanel(this)), sweep_(new SweepPanel(this)) {
  auto* intro = new QLabel(tr("<h2>Evaluate — privacy and attacks</h2>How private is a scheme, really? The audit measures what a "
                              "ciphertext keeps and runs every attack that applies; the sweep trains models to trade accuracy against "
                              "visual privacy and mis-usability. The same work from the shell: <code>led report</code>, "
                              "<code>led evaluate sweep</code>."),
                           this);
  intro->setWordWrap(true);
  tabs_->addTab(audit_, tr("Scheme audit"));
  tabs_->addTab(sweep_, tr("Calibration sweep"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addWidget(tabs_, 1);
  connect(audit_, &AuditPanel::failed, this, &EvaluatePage::failed);
  connect(audit_, &AuditPanel::informed, this, &EvaluatePage::informed);
  connect(sweep_, &SweepPanel::failed, this, &EvaluatePage::failed);
  connect(sweep_, &SweepPanel::informed, this, &EvaluatePage::informed);
}

void EvaluatePage::showSweep() { tabs_->setCurrentWidget(sweep_); }

}  // namespace led::ui
