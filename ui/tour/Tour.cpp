#include "ui/tour/Tour.h"

#include <memory>

#include "ui/MainWindow.h"
#include "ui/coercion/CoercionPage.h"
#include "ui/session/DeniableSession.h"
#include "ui/query/QueryPage.h"
#include "ui/scramble/SchemeControls.h"
#include "ui/scramble/ScramblePage.h"
#include "ui/shell/Settings.h"
#include "ui/common/TrainingEstimate.h"
#include "core/shared/ciphertext/SchemeParams.h"

namespace led::ui {

Tour::Tour(MainWindow* window) : QObject(window), window_(window) {
  buildSteps();
  // A step that fails (no images, a cloud that cannot be set up) stops waiting; the message bar says why.
  connect(window_->session(), &DeniableSession::failed, this, &Tour::stopWaiting);
}

template <typename Signal>
void Tour::until(Signal signal, std::function<bool()> slot) {
  auto connection = std::make_shared<QMetaObject::Connection>();
  *connection = connect(window_->session(), signal, this, [connection, slot] {
    if (slot()) disconnect(*connection);
  });
  waits_.push_back(connection);
}

void Tour::stopWaiting() {
  for (const auto& connection : waits_) disconnect(*connection);
  waits_.clear();
  if (!busy_) return;
  busy_ = false;
  emit busyChanged(false);
}

int Tour::savedStep() { return Settings::tourStep(); }

void Tour::buildSteps() {
  steps_ = {
      {"Scramble", tr("Scramble the dog"),
       tr("Learnable encryption cuts an image into small blocks and scrambles them with a key: a classifier can still learn "
          "from the result, a person sees noise. Follow the dog through le, the scheme the cloud's models use in this tour: "
          "in every block the colour values are split in halves, inverted and shuffled, the same way in every block. At the "
          "bottom the right key opens it and a wrong key does not."),
       tr("Scramble the Dog with le"),
       [this](std::function<void()> done) {
         window_->scramblePage()->schemeControls()->setParams(SchemeParams::defaults(SchemeId::Le));
         window_->scramblePage()->loadSample("dog");
         done();
       }},
      {"Query", tr("Hide the real image beside a fake one"),
       tr("To ask the cloud about the dog, the user sends a composite query: the real image and a fake one, the cat, each "
          "encrypted with its own key, in an order a secret coin decides. A small guiding image, a triangle or a square, "
          "tells the cloud which part is real; it travels scrambled with a one-time key from a pad user and cloud share."),
       tr("Set Up the Cloud and Compose"), [this](std::function<void()> done) { whenComposed(done); }},
      {"Cloud", tr("The cloud answers"),
       tr("The cloud unscrambles the guide with its copy of the pad entry, classifies both parts and answers for both, each "
          "answer encrypted, so that its log looks the same whichever part was real. It never sees a plain image."),
       tr("Send the Query"), [this](std::function<void()> done) { whenAnswered(done); }},
      {"Coercion", tr("The coercer arrives"),
       tr("An authority seizes the query and the cloud's answer and forces user and cloud to hand over their keys. The true "
          "keys open the query to the dog. Fake keys, made after the fact, open the very same query to the other shape, "
          "the cat and its label."),
       tr("Open with True and Fake Keys"),
       [this](std::function<void()> done) {
         whenAnswered([this, done] {
           window_->coercionPage()->setPaperMode(false);
           window_->coercionPage()->makeFakeKey();
           done();
         });
       }},
      {"Coercion", tr("Can the fake keys be told apart?"),
       tr("A fake key only helps if it looks like an honest one. The deniability meter compares the revealed guide key with "
          "many honest keys on four statistics: a fake key drawn uniformly passes, the construction in the LED paper is "
          "caught."),
       tr("Try the Paper's Fake Key"),
       [this](std::function<void()> done) {
         whenAnswered([this, done] {
           window_->coercionPage()->setPaperMode(true);
           done();
         });
       }},
      {"Predict", tr("Your turn"),
       tr("Drop your own photo on the Scramble page, train a model on encrypted images on the Train page, or run a local "
          "prediction here: the photo is encrypted on this computer before any model sees it. No model yet? Train a Quick "
          "Model makes one in %1.")
           .arg(rangeText(estimateTime("baseline", quickModelWork()))),
       QString(), nullptr},
  };
}

void Tour::start() { go(0); }

void Tour::resume() { go(std::clamp(savedStep(), 0, count() - 1)); }

void Tour::go(int index) {
  if (index < 0 || index >= count()) return;
  current_ = index;
  Settings::setTourStep(index);
  window_->showPage(step(index).page);
  emit stepChanged(index);
}

void Tour::act() {
  const TourStep& s = step(current_);
  if (!s.act || busy_) return;
  window_->showPage(s.page);
  busy_ = true;
  emit busyChanged(true);
  s.act([this] { stopWaiting(); });
}

void Tour::leave() { emit left(); }

void Tour::finish() {
  Settings::setTourStep(0);
  emit left();
}

void Tour::whenImagesLoaded(std::function<void()> then) {
  DeniableSession* session = window_->session();
  if (session->hasImages()) return then();
  until(&DeniableSession::imageChanged, [session, then] {
    if (!session->hasImages()) return false;
    then();
    return true;
  });
}

void Tour::whenCloudReady(std::function<void()> then) {
  DeniableSession* session = window_->session();
  if (session->cloudReady() && !session->busy()) return then();
  until(&DeniableSession::cloudChanged, [session, then] {
    if (session->busy() || !session->cloudReady()) return false;
    then();
    return true;
  });
  if (!session->busy()) whenImagesLoaded([this] { window_->queryPage()->setUpCloud(); });
}

void Tour::whenComposed(std::function<void()> then) {
  whenCloudReady([this, then] {
    if (!window_->session()->composed()) window_->queryPage()->compose();
    then();
  });
}

void Tour::whenAnswered(std::function<void()> then) {
  whenComposed([this, then] {
    if (!window_->session()->cloudResult()) window_->queryPage()->send();
    then();
  });
}

}  // namespace led::ui
