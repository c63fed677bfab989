#include "ui/query/QueryPage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/common/Unbroken.h"
#include "ui/common/Emphasis.h"
#include "ui/common/Background.h"
#include "ui/common/DemoWords.h"
#include "ui/common/Details.h"
#include "ui/common/Failure.h"
#include "ui/common/ImageConvert.h"
#include "ui/common/ImageTile.h"
#include "ui/common/Samples.h"
#include "core/shared/deniable/Answer.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/query/Compose.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/imageio/Resize.h"
#include "core/user/project/ClassroomKit.h"
#include "core/user/project/SessionFolder.h"
#include "ui/query/CompositePicture.h"
#include "ui/session/DeniableSession.h"
#include "ui/common/NamedControls.h"

namespace led::ui {

QueryPage::QueryPage(DeniableSession* session, QWidget* parent)
    : Page("Query", parent),
      session_(session),
      where_(new QComboBox(this)),
      kit_(new QPushButton(tr("Open Classroom Kit…"), this)),
      url_(new QLineEdit(this)),
      process_(new QComboBox(this)),
      members_(new QSpinBox(this)),
      guideSide_(new QComboBox(this)),
      guideKeys_(new QComboBox(this)),
      setUp_(new QPushButton(tr("Set Up the Cloud"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      progress_(new QProgressBar(this)),
      setUpStatus_(new QLabel(this)),
      cloudInfo_(new QLabel(this)),
      compose_(new QPushButton(tr("Compose Query"), this)),
      send_(new QPushButton(tr("Send to the Cloud"), this)),
      save_(new QPushButton(tr("Save Query…"), this)),
      coin_(new QLabel(this)),
      guide_(new ImageTile(tr("guide"), 96, this)),
      garbled_(new ImageTile(tr("garbled guide (sent)"), 96, this)),
      composite_(new ImageTile(tr("the query as one picture, as the cloud receives it"), 180, this)),
      details_(new Details(this)),
      answer_(new QLabel(this)) {
  setUp_->setObjectName("setUpCloud");
  compose_->setObjectName("compose");
  send_->setObjectName("send");
  process_->setObjectName("process");
  members_->setObjectName("members");
  guideSide_->setObjectName("guideSide");
  guideKeys_->setObjectName("guideKeys");
  auto* imagesBox = new QGroupBox(tr("Your two images"), this);
  auto* imagesRow = new QHBoxLayout;
  const QString captions[2] = {tr("the real image (target)"), tr("the fake image")};
  for (int which = 0; which < 2; ++which) {
    images_[which] = new ImageTile(captions[which], 150, this);
    auto* open = new QPushButton(tr("Open…"), this);
    connect(open, &QPushButton::clicked, this, [this, which] {
      const QString path =
          QFileDialog::getOpenFileName(this, tr("Open Image"), {}, tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pgm *.ppm)"));
      if (!path.isEmpty()) openImage(which, path);
    });
    auto* column = new QVBoxLayout;
    column->addWidget(images_[which]);
    column->addWidget(open, 0, Qt::AlignHCenter);
    imagesRow->addLayout(column);
  }
  auto* cropped = new QLabel(tr("The models take square pictures: each photo's centre square is used, nothing is stretched."), this);
  cropped->setWordWrap(true);
  cropped->setForegroundRole(QPalette::PlaceholderText);
  auto* imagesColumn = new QVBoxLayout;
  imagesColumn->addLayout(imagesRow);
  imagesColumn->addWidget(cropped);

  imagesBox->setLayout(imagesColumn);

  auto* setupBox = new QGroupBox(tr("The cloud's models"), this);
  auto* form = new QFormLayout(setupBox);
  where_->setObjectName("cloudWhere");
  where_->addItem(tr("Built in (this window plays the cloud)"));
  where_->addItem(tr("At an address (a classroom's cloud)"));
  nameItems(where_, {"built-in", "address"});
  url_->setObjectName("cloudUrl");
  url_->setPlaceholderText("http://127.0.0.1:8750");
  url_->setToolTip(tr("Where led-cloud serve listens; the kit's address when empty."));
  auto* remoteRow = new QHBoxLayout;
  remoteRow->addWidget(kit_);
  remoteRow->addWidget(url_, 1);
  form->addRow(tr("Cloud:"), where_);
  form->addRow(remoteRow);
  process_->addItem(tr("Deniable (two keys, a fake image)"));
  process_->addItem(tr("Normal (one key, a decoy)"));
  nameItems(process_, {"deniable", "normal"});
  members_->setRange(1, 5);
  members_->setToolTip(tr("Models per part (LED section 3.4): the query carries each part once per model key."));
  for (int side : {16, 32}) guideSide_->addItem(QString("%1 x %1").arg(side), side);
  guideKeys_->addItem(tr("One-time pad (a fresh guide key per query)"));
  guideKeys_->addItem(tr("Fixed key (the paper; links queries)"));
  nameItems(guideKeys_, {"one-time-pad", "fixed"});
  form->addRow(tr("Process:"), process_);
  form->addRow(tr("Ensemble:"), members_);
  form->addRow(tr("Guide:"), guideSide_);
  form->addRow(tr("Guide keys:"), guideKeys_);
  auto* setUpRow = new QHBoxLayout;
  setUpRow->addWidget(setUp_);
  setUpRow->addWidget(cancel_);
  setUpRow->addWidget(progress_, 1);
  form->addRow(setUpRow);
  // The set-up's sentence wraps below its bar: inside the bar it was cut at a projector's width.
  setUpStatus_->setObjectName("setUpStatus");
  setUpStatus_->setWordWrap(true);
  form->addRow(setUpStatus_);
  cloudInfo_->setWordWrap(true);
  form->addRow(cloudInfo_);

  auto* queryBox = new QGroupBox(tr("The query"), this);
  auto* queryLayout = new QVBoxLayout(queryBox);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(compose_);
  buttons->addWidget(send_);
  buttons->addWidget(save_);
  buttons->addStretch();
  queryLayout->addLayout(buttons);
  coin_->setWordWrap(true);
  queryLayout->addWidget(coin_);
  // The answer comes before the pictures: in presentation mode on a projector it is what the class
  // reads, and below the pictures it fell under the fold.
  answer_->setObjectName("answer");
  answer_->setWordWrap(true);
  emphasise(answer_);
  queryLayout->addWidget(answer_);
  auto* tiles = new QHBoxLayout;
  for (int part = 0; part < 2; ++part) {
    parts_[part] = new ImageTile(tr("part %1 (encrypted)").arg(part), 150, this);
    tiles->addWidget(parts_[part], 4);
  }
  // Widths in proportion to the pictures' own (square parts, guides drawn half as large, the composite
  // two parts and a guide wide), so that each grows alike.
  tiles->addWidget(guide_, 2);
  tiles->addWidget(garbled_, 2);
  tiles->addWidget(composite_, 10);
  queryLayout->addLayout(tiles, 1);
  details_->setObjectName("queryDetails");
  queryLayout->addWidget(details_);

  auto* top = new QHBoxLayout;
  top->addWidget(imagesBox);
  top->addWidget(setupBox, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(queryBox, 1);

  connect(setUp_, &QPushButton::clicked, this, &QueryPage::setUpCloud);
  connect(where_, &QComboBox::currentIndexChanged, this, [this] {
    if (!cloudElsewhere()) session_->useBuiltInCloud();
    refresh();
  });
  connect(url_, &QLineEdit::editingFinished, this, [this] {
    session_->setRemoteUrl(url_->text().trimmed());
    refresh();
  });
  connect(kit_, &QPushButton::clicked, this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Classroom Kit"));
    if (!folder.isEmpty()) openKit(folder);
  });
  connect(cancel_, &QPushButton::clicked, session_, &DeniableSession::cancelSetUp);
  connect(compose_, &QPushButton::clicked, this, &QueryPage::compose);
  connect(send_, &QPushButton::clicked, this, &QueryPage::send);
  connect(save_, &QPushButton::clicked, this, &QueryPage::saveQueryDialog);
  connect(process_, &QComboBox::currentIndexChanged, this, [this] {
    images_[1]->setCaption(chosenProcess() == led::QueryProcess::Deniable ? tr("the fake image")
                                                                          : tr("the decoy (a natural image under a one-time key)"));
  });
  connect(session_, &DeniableSession::setUpProgress, this, [this](const QString& text, double fraction) {
    progress_->setValue(int(fraction * 100));
    setUpStatus_->setText(text);
  });
  connect(session_, &DeniableSession::cloudChanged, this, &QueryPage::refresh);
  connect(session_, &DeniableSession::queryComposed, this, &QueryPage::showComposed);
  connect(session_, &DeniableSession::answered, this, [this] {
    emit succeeded();  // a failure shown before (no cloud, a refusal) is over
    refresh();
  });
  connect(session_, &DeniableSession::failed, this, &QueryPage::failed);
  connect(session_, &DeniableSession::setUpProgress, this,
          [this](const QString& text, double fraction) { emit jobProgress(session_, text, fraction); });
  connect(session_, &DeniableSession::cloudChanged, this, [this] {
    if (!session_->busy()) emit jobEnded(session_);
  });
  setUpStatus_->setText(DeniableSession::setUpEstimate(led::QueryProcess::Deniable, members_->value()));
  progress_->setValue(0);
  loadDefaults();
  refresh();
}

void QueryPage::loadDefaults() {
  openSource(0, "sample:dog");
  openSource(1, "sample:cat");
}

void QueryPage::openImage(int which, const QString& path) { openSource(which, QFileInfo(path).absoluteFilePath()); }

void QueryPage::openSource(int which, const QString& source) {
  const bool sample = source.startsWith("sample:");
  const QString name = sample ? source.mid(7) : QFileInfo(source).completeBaseName();
  runInBackground<led::Image>(
      this, [source, sample, name] { return sample ? sampleImage(name) : led::readImage(source.toStdString()); },
      [this, which, source, name, sample](led::Image image) {
        session_->setImage(which, image, name);
        sources_[which] = source;
        images_[which]->setImage(toQImage(led::fitWithin(image, 300)));
        refresh();
        if (!sample) emit informed(tr("Set up the cloud again so that its demo models know the new image."));
      },
      [this](const QString& error) { emit failed(error); });
}

// The lists' choices by name, never by position (NamedControls.h).
led::QueryProcess QueryPage::chosenProcess() const {
  return controlValue(process_) == "normal" ? led::QueryProcess::Normal : led::QueryProcess::Deniable;
}

bool QueryPage::cloudElsewhere() const { return controlValue(where_) == "address"; }

void QueryPage::setUpCloud() {
  session_->setUpCloud(chosenProcess(), members_->value());
  refresh();
}

void QueryPage::openKit(const QString& folder) {
  runInBackground<led::ClassroomKit>(
      this, [folder] { return led::readClassroomKit(folder.toStdString()); },
      [this, folder](led::ClassroomKit kit) {
        setControlValue(where_, "address");
        if (url_->text().trimmed().isEmpty()) url_->setText(QString::fromStdString(kit.cloud));
        setControlValue(process_, kit.process == led::QueryProcess::Deniable ? "deniable" : "normal");
        session_->useKit(kit, url_->text().trimmed());
        emit informed(tr("Queries now go to %1 with the kit in %2.").arg(session_->remoteUrl(), folder));
      },
      [this](const QString& error) { emit failed(error); });
}

void QueryPage::compose() {
  session_->compose(guideSide_->currentData().toInt(), controlValue(guideKeys_) == "fixed" ? GuideKeys::Fixed : GuideKeys::OneTimePad);
}

void QueryPage::send() { session_->sendToCloud(); }

void QueryPage::saveQueryDialog() {
  if (!session_->composed()) return;
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Query"), "query.ledq", tr("LED queries (*.ledq)"));
  if (path.isEmpty()) return;
  const QString error = failureOf([&] { led::writeQueryFile(path.toStdString(), session_->composed()->query); });
  if (error.isEmpty())
    emit informed(tr("Saved %1: it holds no key and nothing that tells the parts apart.").arg(path));
  else
    emit failed(error);
}

void QueryPage::showComposed() {
  const led::ComposedQuery& c = *session_->composed();
  for (int part = 0; part < 2; ++part) parts_[part]->setImage(toQImage(c.query.parts[std::size_t(part)].front().view()));
  guide_->setImage(toQImage(c.guide));
  garbled_->setImage(toQImage(c.query.garbledGuide));
  composite_->setImage(compositePicture(c.query));
  const QString shape = demoWord(c.coin == 0 ? "triangle" : "square");
  coin_->setText(tr("The coin fell b = %1: your real image is part %1, so the guide is a %2. Only you know b; the query does not say it.")
                     .arg(c.coin)
                     .arg(shape));
  refresh();
}

// What a researcher checks and a class need not read: sizes, the scheme, the pad entry, the answer's bytes.
QString QueryPage::detailsText() const {
  if (!session_->composed()) return {};
  const led::Query& q = session_->composed()->query;
  const std::size_t members = q.members();
  const std::size_t bytes = session_->queryBytes();
  QStringList lines;
  lines << tr("Each part is encrypted with %1 under its own key, once per model (%2 per part); the guide was garbled with pad entry %3.")
               .arg(QString::fromStdString(led::schemeName(q.scheme)))
               .arg(members)
               .arg(q.padIndex);
  lines << (members > 1 ? tr("Query: %1 bytes, %2 ciphertexts per part (about %3 bytes each part would take with one model).")
                              .arg(QLocale().toString(qulonglong(bytes)))
                              .arg(members)
                              .arg(QLocale().toString(qulonglong(bytes / members)))
                        : tr("Query: %1 bytes.").arg(QLocale().toString(qulonglong(bytes))));
  if (session_->answer())
    lines << tr("The answer's two slots (each sealed under the query's answer key): %1")
                 .arg(QString::fromStdString(led::answerSlotsHex(*session_->answer())));
  return lines.join('\n');
}

void QueryPage::refresh() {
  const bool busy = session_->busy();
  const bool elsewhere = cloudElsewhere();
  kit_->setVisible(elsewhere);
  url_->setVisible(elsewhere);
  setUp_->setEnabled(!busy && !elsewhere);
  members_->setEnabled(!elsewhere);
  process_->setEnabled(!elsewhere);
  cancel_->setEnabled(busy);
  compose_->setEnabled(!busy && session_->cloudReady());
  send_->setEnabled(!busy && session_->composed() && !session_->answer() && !session_->refused());
  save_->setEnabled(session_->composed().has_value());
  cloudInfo_->setText(withUnbrokenFingerprints(session_->cloudDescription()));
  details_->setText(detailsText());
  if (!session_->answer()) {
    answer_->setText(!session_->composed() ? QString()
                     : session_->refused() ? tr("The cloud refused this query: compose a new one.")
                                           : tr("Not sent yet."));
    return;
  }
  const QString error = failureOf([&] {
    const led::AnswerSlot slot = session_->userAnswer();
    const auto& names = session_->answer()->classNames;
    answer_->setText(tr("The cloud says your image shows a %1 (%2 % sure). It answered for both parts without knowing which is yours; "
                        "your answer key opened the answer for part %3.")
                         .arg(demoWord(names[std::size_t(slot.label)]))
                         .arg(100.0 * slot.confidence, 0, 'f', 1)
                         .arg(session_->composed()->coin));
  });
  if (!error.isEmpty()) emit failed(error);
}

QString QueryPage::coinText() const { return coin_->text(); }

QString QueryPage::answerText() const { return answer_->text(); }

void QueryPage::capture(ProjectDraft& draft) const {
  for (int which = 0; which < 2; ++which) draft.project.set(entry("image" + QString::number(which)), sources_[which].toStdString());
  captureControls(this, id().toLower(), draft.project);
  QString folder;
  if (session_->cloudReady()) {
    folder = draft.beside("-cloud");
    draft.writers.push_back([state = session_->state(), path = folder.toStdString()] {
      led::writeSessionFolder(path, state.kept, [&state](int set, int member, const std::string& file) {
        state.models[std::size_t(set)][std::size_t(member)]->save(file);
      });
    });
    draft.notes << tr("The cloud session (keys, models, guide pads, last query) was saved in %1 (readable by you only).").arg(folder);
  }
  draft.project.set(entry("session"), folder.toStdString());
}

namespace {

// What opening a project read of the session: the session, or why it could not be read.
struct LoadedSession {
  std::optional<DeniableSession::State> state;
  QString problem;
};

}  // namespace

std::function<std::any()> QueryPage::loader(const led::Project& project) const {
  const std::string folder = project.value(entry("session"));
  if (folder.empty()) return {};
  return [folder]() -> std::any {
    LoadedSession loaded;
    loaded.problem = failureOf([&] {
      DeniableSession::State state{led::readSessionFolder(folder), {}};
      for (const auto& set : state.kept.models) {
        state.models.emplace_back();
        for (const std::string& file : set) state.models.back().push_back(std::make_shared<led::Classifier>(led::Classifier::load(file)));
      }
      loaded.state = std::move(state);
    });
    return loaded;
  };
}

QStringList QueryPage::restore(const led::Project& project, const std::any& loaded) {
  QStringList problems;
  for (int which = 0; which < 2; ++which) {
    const QString source = QString::fromStdString(project.value(entry("image" + QString::number(which))));
    if (isSampleSource(source) || (!source.isEmpty() && stillThere(source, problems))) openSource(which, source);
  }
  restoreControls(this, id().toLower(), project);
  // A project without a session (or with one that cannot be read) leaves no cloud from before.
  const auto* session = std::any_cast<LoadedSession>(&loaded);
  const QString restoreProblem =
      failureOf([&] { session_->restore(session && session->state ? *session->state : DeniableSession::State{}); });
  for (const QString& problem : {session ? session->problem : QString(), restoreProblem})
    if (!problem.isEmpty()) problems << tr("The cloud session was not restored: %1").arg(problem);
  return problems;
}

void QueryPage::cancelJob(QObject*) { session_->cancelSetUp(); }

QString QueryPage::title() const { return tr("Query"); }

QString QueryPage::icon() const { return ":/icons/query.svg"; }

}  // namespace led::ui
