#include "ui/cloud/CloudPage.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/common/Background.h"
#include "ui/common/DemoWords.h"
#include "ui/common/Details.h"
#include "ui/common/ImageConvert.h"
#include "ui/common/ImageTile.h"
#include "ui/common/ResultTable.h"
#include "ui/cloud/ServicePanel.h"
#include "core/shared/deniable/Answer.h"
#include "core/shared/deniable/QueryFile.h"
#include "ui/session/DeniableSession.h"

namespace led::ui {

CloudPage::CloudPage(DeniableSession* session, QWidget* parent)
    : Page("Cloud", parent),
      session_(session),
      status_(new QLabel(tr("No query has arrived yet. Compose one on the Query page and send it."), this)),
      garbled_(new ImageTile(tr("garbled guide"), 96, this)),
      recovered_(new ImageTile(tr("guide recovered with the cloud's pad entry"), 96, this)),
      shape_(new QLabel(this)),
      predictions_(makeResultTable(2, {tr("part"), tr("classified with"), tr("label"), tr("confidence")}, 100, this)),
      answer_(new QLabel(this)),
      details_(new Details(this)),
      log_(new QPlainTextEdit(this)),
      logDetails_(new Details(this)) {
  status_->setWordWrap(true);
  auto* received = new QGroupBox(tr("Received: the query, nothing else"), this);
  auto* receivedRow = new QHBoxLayout(received);
  for (int part = 0; part < 2; ++part) {
    parts_[part] = new ImageTile(tr("part %1").arg(part), 150, this);
    receivedRow->addWidget(parts_[part]);
  }
  receivedRow->addWidget(garbled_);

  auto* work = new QGroupBox(tr("The cloud's work"), this);
  auto* workLayout = new QVBoxLayout(work);
  auto* guideRow = new QHBoxLayout;
  guideRow->addWidget(recovered_);
  shape_->setWordWrap(true);
  guideRow->addWidget(shape_, 1);
  workLayout->addLayout(guideRow);
  predictions_->setFixedHeight(predictions_->horizontalHeader()->sizeHint().height() +
                               2 * predictions_->verticalHeader()->defaultSectionSize() +
                               2 * predictions_->frameWidth());  // both parts, never a scroll bar
  workLayout->addWidget(predictions_);
  answer_->setWordWrap(true);
  workLayout->addWidget(answer_);
  details_->setObjectName("cloudDetails");
  workLayout->addWidget(details_);

  auto* logBox = new QGroupBox(tr("The cloud's log: no shape, no plaintext label"), this);
  auto* logLayout = new QVBoxLayout(logBox);
  log_->setReadOnly(true);
  log_->setFont(QFont("monospace"));
  log_->setObjectName("cloudLog");
  log_->setMaximumHeight(90);
  auto* logSummary =
      new QLabel(tr("One line per answered query: when, which pad entry, and the two sealed answers. Nothing in it says which "
                    "part was real or what either image shows."),
                 this);
  logSummary->setWordWrap(true);
  logLayout->addWidget(logSummary);
  logDetails_->setObjectName("logDetails");
  logDetails_->addWidget(log_);
  logLayout->addWidget(logDetails_);

  // Two tabs, so that the classroom's service is one click away at any window size, not below the demo.
  auto* tabs = tabs_ = new QTabWidget(this);
  tabs->setObjectName("cloudTabs");
  auto* seen = new QWidget(this);
  auto* seenLayout = new QVBoxLayout(seen);
  seenLayout->addWidget(status_);
  seenLayout->addWidget(received, 3);
  seenLayout->addWidget(work);
  seenLayout->addWidget(logBox);
  tabs->addTab(seen, tr("What the Cloud Sees"));
  auto* classroom = new QWidget(this);
  auto* classroomLayout = new QVBoxLayout(classroom);
  auto* serviceIntro = new QLabel(tr("Serve a classroom: the cloud as a service that other windows and led reach over the network, "
                                     "each student with a kit of their own."),
                                  this);
  serviceIntro->setWordWrap(true);
  classroomLayout->addWidget(serviceIntro);
  service_ = new ServicePanel(session_, this);
  classroomLayout->addWidget(service_, 1);
  tabs->addTab(classroom, tr("Serve a Classroom"));
  connect(service_, &ServicePanel::failed, this, &CloudPage::failed);
  connect(service_, &ServicePanel::informed, this, &CloudPage::informed);
  connect(service_, &ServicePanel::succeeded, this, &CloudPage::succeeded);

  auto* layout = scrollingLayout();
  layout->addWidget(tabs);
  connect(session_, &DeniableSession::queryComposed, this, &CloudPage::showReceived);
  connect(session_, &DeniableSession::answered, this, &CloudPage::showAnswer);
}

QString CloudPage::receivedDetails(const led::Query& q) {
  return tr("Received: %1 %2 ciphertext(s) per part (one per model), a %3 x %3 garbled guide, pad entry %4.")
      .arg(q.members())
      .arg(QString::fromStdString(led::schemeName(q.scheme)))
      .arg(q.garbledGuide.width())
      .arg(q.padIndex);
}

void CloudPage::showQuery(const led::Query& q) {
  for (int part = 0; part < 2; ++part) parts_[part]->setImage(toQImage(q.parts[std::size_t(part)].front().view()));
  garbled_->setImage(toQImage(q.garbledGuide));
  recovered_->clear();
  shape_->clear();
  answer_->clear();
  predictions_->clearContents();
  details_->setText(receivedDetails(q));
}

void CloudPage::showReceived() {
  const led::Query& q = session_->composed()->query;
  showQuery(q);
  status_->setText(
      tr("A query arrived: two encrypted pictures and a scrambled guide. The cloud cannot see either photo. "
         "Press Send on the Query page to let it answer."));
}

void CloudPage::openQueryFile(const QString& path) {
  runInBackground<led::Query>(
      this, [path] { return led::readQueryFile(path.toStdString()); },
      [this, path](led::Query query) {
        showQuery(query);
        log_->clear();
        status_->setText(tr("Opened %1: two %2 ciphertexts (x%3 each) and a garbled guide for pad entry %4, as a cloud receives them. "
                            "Answering it needs the cloud's pad and models, which stay with the session that sent it.")
                             .arg(QFileInfo(path).fileName(), QString::fromStdString(led::schemeName(query.scheme)))
                             .arg(query.members())
                             .arg(query.padIndex));
      },
      [this](const QString& error) { emit failed(error); });
}

void CloudPage::showAnswer() {
  if (!session_->cloudResult()) {  // a cloud elsewhere answered: what it saw stays there, in its log
    status_->setText(tr("The cloud at %1 answered pad entry %2. What it saw is on that machine; its log has one line for this query.")
                         .arg(session_->remoteUrl())
                         .arg(session_->answer()->padIndex));
    return;
  }
  const led::CloudResult& r = *session_->cloudResult();
  const auto& names = r.answer.classNames;
  recovered_->setImage(toQImage(r.recoveredGuide));
  const int real = led::guidePart(r.shape);
  shape_->setText(tr("The recovered guide is a %1, so part %2 is the one that counts. The cloud answers for both parts all the same, "
                     "so that its answer and its log look alike whichever part was real.")
                      .arg(demoWord(led::guideShapeName(r.shape)))
                      .arg(real));
  for (int part = 0; part < 2; ++part) {
    const led::CloudPart& p = r.parts[std::size_t(part)];
    const QString with = p.decoy                                              ? tr("no model: a decoy, random label")
                         : session_->process() == led::QueryProcess::Deniable ? tr("the models of part %1's keys").arg(part)
                                                                              : tr("the user's models");
    setResultRow(predictions_, part,
                 {QString::number(part), with, demoWord(names[std::size_t(p.slot.label)]),
                  QString("%1 %").arg(100.0 * p.slot.confidence, 0, 'f', 1)});
  }
  answer_->setText(tr("Answer sent: one sealed answer per part, in the order of the parts."));
  details_->setText(receivedDetails(session_->composed()->query) + '\n' +
                    tr("The answer's two slots (each encrypted under the query's answer key): %1")
                        .arg(QString::fromStdString(led::answerSlotsHex(r.answer))));
  log_->setPlainText(session_->cloudLog().join('\n'));
  status_->setText(
      tr("The cloud unscrambled the guide, classified both parts and sent back two sealed answers. Only the user's answer key "
         "reads them."));
}

void CloudPage::showService() { tabs_->setCurrentIndex(1); }

QString CloudPage::logText() const { return log_->toPlainText(); }

QList<QImage> CloudPage::shownImages() const { return {parts_[0]->image(), parts_[1]->image(), garbled_->image(), recovered_->image()}; }

QString CloudPage::title() const { return tr("Cloud"); }

QString CloudPage::icon() const { return ":/icons/cloud.svg"; }

}  // namespace led::ui
