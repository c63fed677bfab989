// The Train and Predict pages with real widgets, offscreen, on a tiny generated image-folder dataset.
#include <QComboBox>
#include <algorithm>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QStackedWidget>
#include <QTest>

#include "ui/MainWindow.h"
#include "ui/shell/JobStatus.h"
#include "TestSupport.h"
#include "ui/common/MessageBar.h"
#include "core/user/data/DatasetSource.h"
#include "core/user/imageio/ImageFile.h"
#include "core/user/imageio/Resize.h"
#include "ui/predict/PredictPage.h"
#include "ui/train/CurvePlot.h"
#include "ui/train/TrainPage.h"

using namespace led;
using namespace led::ui;

namespace {

// Two classes anyone can tell apart: dark and bright images with noise.
void makeDataset(const QString& root) {
  StreamRandom random(1);
  for (int cls = 0; cls < 2; ++cls) {
    QDir(root).mkpath(cls ? "bright" : "dark");
    for (int i = 0; i < 150; ++i) {
      Image image({16, 16, 1});
      for (auto& v : image.data) v = std::uint8_t((cls ? 190 : 40) + random.below(40));
      writeImage(QString("%1/%2/%3.png").arg(root, cls ? "bright" : "dark").arg(i).toStdString(), image);
    }
  }
}

}  // namespace

class TestTrainPage : public QObject {
  Q_OBJECT
  MainWindow* window_ = nullptr;
  TrainPage* page_ = nullptr;
  QTemporaryDir dir_;

  void configure(int epochs) {
    page_->setDatasetSource("folder:" + dir_.filePath("data") + "@16x16x1");
    auto* scheme = page_->findChild<QComboBox*>("trainScheme");
    scheme->setCurrentIndex(scheme->findText("le"));
    page_->findChild<QSpinBox*>("epochs")->setValue(epochs);
    page_->findChild<QSpinBox*>("batchSize")->setValue(16);
  }

  // The quick model's familiarity bound: a gray dog is said to look like nothing it learned, its nearest
  // class below that; real boots and sneakers it was not calibrated on (past the quick run's 2,000 test
  // images) are not, whatever class the one-epoch model gives them. A bound passes 95 % of such images:
  // at most three of ten of each may fall among those it leaves out.
  void aPhotoTheModelNeverLearnedIsSaidFirst(PredictPage& predict) {
    QSignalSpy answered(&predict, &PredictPage::answered);
    const auto answerTo = [&](const QString& photo) {
      predict.openPhoto(photo);
      return answered.wait(30000) ? predict.answer() : QString("no answer");
    };
    const QString unfamiliar = "This photo does not look like anything the model learned";
    const Image dog = readImage(LED_SAMPLES_DIR "/dog.jpg");
    const QString grayDog = dir_.filePath("gray-dog.png");
    writeImage(grayDog.toStdString(), conformTo(dog, {dog.shape.height, dog.shape.width, 1}));
    const QString headline = answerTo(grayDog);
    QVERIFY2(headline.startsWith(unfamiliar), qPrintable(headline));
    QVERIFY2(predict.warning().contains("nearest class"), qPrintable(predict.warning()));
    const Dataset test = loadDataset("fashion-mnist").test;
    for (const QString& name : {QString("Ankle boot"), QString("Sneaker")}) {
      const auto label =
          std::uint16_t(std::find(test.classNames.begin(), test.classNames.end(), name.toStdString()) - test.classNames.begin());
      int familiar = 0, tried = 0;
      for (std::size_t i = 2000; i < test.size() && tried < 10; ++i) {
        if (test.labels[i] != label) continue;
        const QString path = dir_.filePath(QString("fm-%1.png").arg(i));
        writeImage(path.toStdString(), test.image(i));
        ++tried;
        const QString answer = answerTo(path);
        if (answer != "no answer" && !answer.startsWith(unfamiliar)) ++familiar;
      }
      QVERIFY2(familiar >= 7, qPrintable(QString("%1: %2 of 10 were familiar").arg(name).arg(familiar)));
    }
  }

 private slots:
  void initTestCase() {
    test::keepSettingsIn(dir_.filePath("config"));
    qputenv("XDG_DATA_HOME", dir_.filePath("share").toUtf8());  // models kept for Predict land here
    makeDataset(dir_.filePath("data"));
    window_ = new MainWindow;
    window_->show();
    page_ = window_->trainPage();
    window_->showPage("Train");
  }
  void cleanupTestCase() { delete window_; }

  void trainsWithLiveCurvesAndATable() {
    configure(6);
    QSignalSpy finished(page_, &TrainPage::runFinished);
    page_->findChild<QPushButton*>("startTraining")->click();
    QVERIFY(page_->running());
    QVERIFY(!page_->findChild<QPushButton*>("startTraining")->isEnabled());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(page_->epochTable()->rowCount(), 6);
    QCOMPARE(page_->curves()->testPoints(), 6);
    const double lastAccuracy = page_->epochTable()->item(5, 4)->text().toDouble();
    QVERIFY2(lastAccuracy > 90, qPrintable(QString::number(lastAccuracy)));
    QVERIFY(window_->messageBar()->text().isEmpty());
  }

  void savedModelPredictsThroughThePredictPage() {
    const QString model = dir_.filePath("tiny.ledmodel");
    QSignalSpy saved(page_, &TrainPage::modelsSaved);
    page_->saveModels(model);
    QVERIFY(saved.wait(30000));
    QVERIFY(QFile::exists(model));
    QVERIFY(QFile::exists(dir_.filePath("tiny.ledkey")));
    PredictPage* predict = window_->predictPage();
    window_->showPage("Predict");
    QSignalSpy answered(predict, &PredictPage::answered);
    predict->openModel(model);  // its key is found beside it by fingerprint
    predict->openPhoto(dir_.filePath("data/bright/0.png"));
    QVERIFY(answered.wait(30000));
    QCOMPARE(answered.last().first().toString(), QString("bright"));
    QVERIFY(predict->answer().startsWith("bright"));
    predict->openPhoto(dir_.filePath("data/dark/3.png"));
    QVERIFY(answered.wait(30000));
    QCOMPARE(answered.last().first().toString(), QString("dark"));

    // The next time, the Predict page opens with that model: the photo is the only choice left.
    MainWindow again;
    again.show();
    QVERIFY(again.predictPage()->modelPath().isEmpty());  // nothing loaded before the page is shown
    again.showPage("Predict");
    QCOMPARE(again.predictPage()->modelPath(), QFileInfo(model).absoluteFilePath());
    QSignalSpy answeredAgain(again.predictPage(), &PredictPage::answered);
    again.predictPage()->openPhoto(dir_.filePath("data/bright/1.png"));
    QVERIFY(answeredAgain.wait(30000));
    QCOMPARE(answeredAgain.last().first().toString(), QString("bright"));
  }

  // The run's model goes to the Predict page without a file dialog; the page says what the model knows,
  // and a photo unlike its dataset (the dog: colour, for a model of gray images) comes with a warning.
  void theModelGoesToPredictAndAForeignPhotoIsWarnedAbout() {
    window_->showPage("Train");
    PredictPage* predict = window_->predictPage();
    QSignalSpy answered(predict, &PredictPage::answered);
    auto* use = page_->findChild<QPushButton*>("useForPrediction");
    QVERIFY(use->isEnabled());
    // The form changed after the run: the file is still named after the model that was trained.
    const QString architecture = page_->findChild<QComboBox*>("architecture")->currentText(), trained = architecture + "-le-";
    page_->findChild<QComboBox*>("trainScheme")->setCurrentIndex(page_->findChild<QComboBox*>("trainScheme")->findText("etc"));
    page_->findChild<QComboBox*>("architecture")->setCurrentText("resnet20");
    use->click();
    QTRY_COMPARE_WITH_TIMEOUT(window_->findChild<QStackedWidget*>()->currentWidget()->objectName(), QString("Predict"), 30000);
    QVERIFY2(predict->modelPath().startsWith(dir_.filePath("share")), qPrintable(predict->modelPath()));
    QVERIFY2(QFileInfo(predict->modelPath()).fileName().startsWith(trained), qPrintable(predict->modelPath()));
    // Pressed again, it hands over the same file instead of writing another copy.
    const QString handedOver = predict->modelPath();
    window_->showPage("Train");
    use->click();
    QTRY_COMPARE_WITH_TIMEOUT(window_->findChild<QStackedWidget*>()->currentWidget()->objectName(), QString("Predict"), 30000);
    QCOMPARE(predict->modelPath(), handedOver);
    QCOMPARE(QDir(QFileInfo(handedOver).path()).entryList({"*.ledmodel"}).size(), 1);
    page_->findChild<QComboBox*>("architecture")->setCurrentText(architecture);  // as the later tests expect
    QTRY_VERIFY_WITH_TIMEOUT(predict->modelText().contains("bright") && predict->modelText().contains("dark"), 30000);
    predict->openPhoto(dir_.filePath("data/bright/0.png"));
    // The photo the page held before (a dark one) is answered first under the model just opened, and
    // that answer may still be on its way: the bright photo's comes after it.
    QTRY_COMPARE_WITH_TIMEOUT(answered.isEmpty() ? QString() : answered.last().first().toString(), QString("bright"), 30000);
    QVERIFY2(predict->warning().isEmpty(), qPrintable(predict->warning()));
    predict->openPhoto(LED_SAMPLES_DIR "/dog.jpg");
    QVERIFY(answered.wait(30000));
    QVERIFY2(predict->warning().contains("colour"), qPrintable(predict->warning()));
  }

  // No model yet: one click on the Predict page trains a small Fashion-MNIST model on the Train page and
  // brings it back, and the page then says what the model knows.
  void theQuickModelIsOneClickFromPredict() {
    MainWindow fresh;
    fresh.show();
    fresh.showPage("Predict");
    auto* quick = fresh.predictPage()->findChild<QPushButton*>("quickModel");
    QVERIFY(quick && quick->isVisible());
    QVERIFY(fresh.predictPage()->modelText().contains("No model yet"));
    QSignalSpy finished(fresh.trainPage(), &TrainPage::runFinished);
    quick->click();
    QCOMPARE(fresh.findChild<QStackedWidget*>()->currentWidget()->objectName(), QString("Train"));
    QVERIFY(fresh.trainPage()->running());
    QVERIFY(finished.wait(240000));
    QTRY_COMPARE_WITH_TIMEOUT(fresh.findChild<QStackedWidget*>()->currentWidget()->objectName(), QString("Predict"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        fresh.predictPage()->modelText().contains("Fashion-MNIST") && fresh.predictPage()->modelText().contains("Ankle boot"), 30000);
    QVERIFY(!quick->isVisible());
    aPhotoTheModelNeverLearnedIsSaidFirst(*fresh.predictPage());
  }

  // Weight decay and pixel noise (the recipe that brings le within half a point of plain) reach the run.
  void regularisationReachesTheRun() {
    configure(2);
    page_->findChild<QDoubleSpinBox*>("weightDecay")->setValue(0.0005);
    page_->findChild<QSpinBox*>("pixelNoise")->setValue(8);
    QCOMPARE(page_->request().plan.training.weightDecay, 0.0005);
    QCOMPARE(page_->request().plan.preparation.pixelNoise, 8);
    QSignalSpy finished(page_, &TrainPage::runFinished);
    page_->findChild<QPushButton*>("startTraining")->click();
    QVERIFY(!page_->findChild<QSpinBox*>("pixelNoise")->isEnabled());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(page_->epochTable()->rowCount(), 2);
    page_->findChild<QDoubleSpinBox*>("weightDecay")->setValue(0);
    page_->findChild<QSpinBox*>("pixelNoise")->setValue(0);
  }

  void anEnsembleTrainsOneModelPerKeyAndReportsItsCurve() {
    configure(2);
    page_->findChild<QSpinBox*>("ensembleModels")->setValue(2);
    QSignalSpy finished(page_, &TrainPage::runFinished);
    page_->start();
    QVERIFY(finished.wait(120000));
    const QString result = page_->findChild<QLabel*>("ensembleResult")->text();
    QVERIFY2(result.contains("1: ") && result.contains("2: "), qPrintable(result));
    page_->findChild<QSpinBox*>("ensembleModels")->setValue(1);
    // Saving writes both models, each with its own key.
    QSignalSpy saved(page_, &TrainPage::modelsSaved);
    page_->saveModels(dir_.filePath("pair.ledmodel"));
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.first().first().toStringList().size(), 4);
    QVERIFY(QFile::exists(dir_.filePath("pair-2.ledkey")));
  }

  void aBrokenModelFileIsASentence() {
    QFile bad(dir_.filePath("bad.ledmodel"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("not a model");
    bad.close();
    window_->predictPage()->openModel(bad.fileName());
    QTRY_VERIFY_WITH_TIMEOUT(window_->messageBar()->text().contains("not an LED Studio model file"), 30000);
  }

  void cancelStopsARun() {
    window_->showPage("Train");
    configure(200);
    QSignalSpy finished(page_, &TrainPage::runFinished);
    page_->start();
    QTRY_VERIFY_WITH_TIMEOUT(page_->epochTable()->rowCount() >= 1, 60000);
    page_->findChild<QPushButton*>("cancelTraining")->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(page_->epochTable()->rowCount() < 200);
    QVERIFY(!page_->running());
    QVERIFY(page_->findChild<QPushButton*>("startTraining")->isEnabled());
  }

  // The status bar follows the run from any page and its Cancel stops it.
  void theStatusBarFollowsAndCancelsTheRun() {
    window_->showPage("Train");
    configure(200);
    auto* jobs = window_->jobStatus();
    QVERIFY(!jobs->isVisible());
    QSignalSpy finished(page_, &TrainPage::runFinished);
    page_->start();
    QTRY_VERIFY_WITH_TIMEOUT(page_->epochTable()->rowCount() >= 1, 60000);
    window_->showPage("Scramble");
    QVERIFY(jobs->isVisible());
    QVERIFY2(jobs->text().startsWith("Training"), qPrintable(jobs->text()));
    QVERIFY(jobs->findChild<QProgressBar*>()->value() > 0);
    jobs->findChild<QPushButton*>("jobCancel")->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(page_->epochTable()->rowCount() < 200);
    QVERIFY(!jobs->isVisible());
    QCOMPARE(jobs->running(), 0);
  }

  void aDatasetFolderThatIsNotOneIsASentence() {
    page_->setDatasetSource("folder:" + dir_.filePath("nowhere"));
    page_->start();
    QTRY_VERIFY_WITH_TIMEOUT(window_->messageBar()->text().contains("is not a folder"), 30000);
    QTRY_VERIFY(!page_->running());
  }
};

QTEST_MAIN(TestTrainPage)
#include "tst_trainpage.moc"
