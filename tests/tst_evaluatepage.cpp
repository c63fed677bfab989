// The Evaluate page with real widgets, offscreen: the scheme audit and the calibration sweep clicked as a
// researcher would, what they show, export, cancel and bad input.
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTest>

#include "ui/MainWindow.h"
#include "TestSupport.h"
#include "ui/coercion/CoercionPage.h"
#include "ui/common/ImageTile.h"
#include "ui/common/MessageBar.h"
#include "ui/evaluate/AuditPanel.h"
#include "ui/evaluate/EvaluatePage.h"
#include "ui/evaluate/MeasurePlot.h"
#include "ui/evaluate/SweepPanel.h"
#include "core/user/imageio/ImageFile.h"
#include "ui/scramble/SchemeControls.h"

using namespace led;
using namespace led::ui;

class TestEvaluatePage : public QObject {
  Q_OBJECT
  MainWindow* window_ = nullptr;
  QTemporaryDir dir_;

  AuditPanel* audit() const { return window_->evaluatePage()->audit(); }
  SweepPanel* sweep() const { return window_->evaluatePage()->sweep(); }
  QString path(const QString& name) const { return dir_.filePath(name); }

  void runAudit(const char* scheme, const char* size, int seconds = 60) {
    SchemeParams params = SchemeParams::defaults(parseSchemeName(scheme));
    audit()->schemeControls()->setParams(params);
    QComboBox* image = nullptr;
    for (QComboBox* box : audit()->findChildren<QComboBox*>())
      if (box->findData("dog") >= 0) image = box;
    QVERIFY(image);
    image->setCurrentIndex(image->findData("dog"));
    QComboBox* sizes = audit()->findChild<QComboBox*>("size");
    sizes->setCurrentIndex(sizes->findText(size));
    QSignalSpy finished(audit(), &AuditPanel::finished);
    QTest::mouseClick(audit()->findChild<QPushButton*>("runAudit"), Qt::LeftButton);
    QVERIFY(audit()->running());
    QVERIFY(finished.wait(seconds * 1000));
    QVERIFY(!audit()->running());
  }

 private slots:
  void initTestCase() {
    test::keepSettingsIn(dir_.filePath("config"));
    window_ = new MainWindow;
    window_->show();
    QVERIFY(window_->showPage("Evaluate"));
  }
  void cleanupTestCase() { delete window_; }

  void exportBeforeAnyRunSaysWhy() {
    QSignalSpy failed(window_->evaluatePage(), &EvaluatePage::failed);
    QVERIFY(!audit()->exportReport(path("none.html")));
    QVERIFY(!sweep()->exportCsv(path("none.csv")));
    QCOMPARE(failed.count(), 2);
    QVERIFY(!QFile::exists(path("none.html")));
  }

  void aBrokenPhotoIsASentenceAndTheSampleStays() {
    test::writeBytes(path("broken.png"), {0x89, 'P', 'N', 'G', 1, 2, 3});
    QSignalSpy failed(audit(), &AuditPanel::failed);
    audit()->usePhoto(path("broken.png"));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(audit()->findChild<QComboBox*>()->currentIndex(), 0);
  }

  void auditOfLeShowsTheKeyRecoveredAndExports() {
    runAudit("le", "64 × 64");
    QVERIFY(audit()->audit().has_value());
    QTableWidget* attacks = audit()->attackTable();
    QCOMPARE(attacks->item(0, 1)->text(), QString("reads the picture"));
    QCOMPARE(attacks->item(1, 1)->text(), QString("does not apply"));
    QCOMPARE(attacks->item(3, 0)->text(), QString("feature reconstruction (FR)"));
    QCOMPARE(attacks->item(3, 1)->text(), QString("fails"));  // le moves its nibbles: no feature survives
    QVERIFY(attacks->item(3, 2)->text().contains("0.50"));
    for (int learned : {4, 5}) QCOMPARE(attacks->item(learned, 1)->text(), QString("not run"));
    const QList<ImageTile*> tiles = audit()->tiles();
    for (int i : {0, 1, 2, 3}) QVERIFY2(!tiles[i]->image().isNull(), qPrintable(tiles[i]->caption()));
    QVERIFY(tiles[4]->image().isNull());                                 // no jigsaw on le
    QVERIFY(!tiles[6]->image().isNull() && tiles[7]->image().isNull());  // FR's picture; no learned ones
    QCOMPARE(tiles[3]->image(), tiles[0]->image());                      // the attacker decrypts exactly
    QVERIFY(tiles[1]->image() != tiles[0]->image());
    QCOMPARE(audit()->jpegPlot()->seriesCount(), 2);
    QCOMPARE(audit()->jpegPlot()->pointCount(), 20);
    QVERIFY(audit()->exportReport(path("report.html")));
    QFile html(path("report.html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("chosen-plaintext key recovery"));
    QVERIFY(audit()->exportCsv(path("audit.csv")));
    QVERIFY(audit()->exportPlot(path("jpeg.png")));
    QVERIFY(readImage(path("jpeg.png").toStdString()).width() == 800);
    QVERIFY(audit()->findChild<QPushButton*>("exportAudit")->isEnabled());
  }

  void auditOfEtcRunsTheJigsawAndRmtHasNoJpegCurve() {
    runAudit("etc", "64 × 64");
    QVERIFY(!audit()->tiles()[4]->image().isNull());
    QVERIFY(audit()->attackTable()->item(1, 2)->text().contains("pieces"));
    // Another scheme chosen: the etc results stay, said to be of the earlier settings until the audit runs.
    QVERIFY(!audit()->stale());
    auto* scheme = audit()->schemeControls()->findChild<QComboBox*>();  // as a person picks it
    scheme->setCurrentIndex(scheme->findData(int(SchemeId::Pe)));
    QVERIFY(audit()->stale());
    QVERIFY(audit()->findChild<QLabel*>("auditStale")->text().contains("etc"));
    runAudit("rmt", "64 × 64");
    QVERIFY(!audit()->stale());
    QCOMPARE(audit()->attackTable()->item(2, 1)->text() == "does not apply", false);
    QCOMPARE(audit()->jpegPlot()->seriesCount(), 0);
    QSignalSpy failed(audit(), &AuditPanel::failed);
    QVERIFY(!audit()->exportPlot(path("rmt.png")));
    QCOMPARE(failed.count(), 1);
  }

  // Save Project keeps the audit shown (pictures, measures, attacks with their sentences, JPEG curve),
  // the audit's picture and size, and the Coercion page's mode; a fresh window shows it all without
  // running anything; a damaged picture of the kept audit is named and clears the panel.
  void projectKeepsTheAuditShown() {
    runAudit("etc", "64 × 64");
    const SchemeAudit ran = *audit()->audit();
    const QString photo = path("street.png");
    QVERIFY(QImage(40, 30, QImage::Format_RGB888).save(photo));
    audit()->usePhoto(photo);
    QComboBox* sizes = audit()->findChild<QComboBox*>("size");
    sizes->setCurrentIndex(sizes->findText("256 × 256"));
    window_->coercionPage()->setPaperMode(true);
    QSignalSpy saved(window_, &MainWindow::projectSaved);
    window_->saveProject(path("study.ledproj"));
    QVERIFY(saved.wait(30000));
    QVERIFY(QFile::exists(path("study-audit/attack-1.png")));
    QCOMPARE(int(QFile::permissions(path("study-audit")) & (QFile::ReadGroup | QFile::ReadOther)), 0);

    MainWindow restored;
    restored.show();
    QSignalSpy opened(&restored, &MainWindow::projectOpened);
    restored.openFile(path("study.ledproj"));
    QVERIFY(opened.wait(30000));
    AuditPanel* kept = restored.evaluatePage()->audit();
    QVERIFY(kept->audit().has_value() && !kept->running());
    const SchemeAudit& back = *kept->audit();
    QVERIFY(back.params == ran.params);
    QCOMPARE(back.ssim, ran.ssim);  // exactly
    QCOMPARE(back.psnr, ran.psnr);
    QCOMPARE(back.keyBits, ran.keyBits);
    QVERIFY(back.plain.data == ran.plain.data && back.ciphertext.data == ran.ciphertext.data && back.wrongKey.data == ran.wrongKey.data);
    QCOMPARE(back.attacks.size(), ran.attacks.size());
    for (std::size_t i = 0; i < ran.attacks.size(); ++i) {
      QCOMPARE(render(back.attacks[i].summary), render(ran.attacks[i].summary));
      QCOMPARE(back.attacks[i].summary.text, ran.attacks[i].summary.text);  // the template, to translate
      QCOMPARE(back.attacks[i].recovered.has_value(), ran.attacks[i].recovered.has_value());
      QCOMPARE(back.attacks[i].psnr, ran.attacks[i].psnr);
    }
    QCOMPARE(back.jpeg->encrypted.back().psnr, ran.jpeg->encrypted.back().psnr);
    for (int i = 0; i < audit()->tiles().size(); ++i) QCOMPARE(kept->tiles()[i]->image(), audit()->tiles()[i]->image());
    for (int row = 0; row < 3; ++row)
      for (int column = 0; column < 3; ++column)
        QCOMPARE(kept->attackTable()->item(row, column)->text(), audit()->attackTable()->item(row, column)->text());
    QCOMPARE(kept->jpegPlot()->pointCount(), 20);
    QCOMPARE(kept->schemeControls()->params().scheme, SchemeId::Etc);
    QCOMPARE(kept->pictureSource(), photo);
    QCOMPARE(kept->findChild<QComboBox*>("size")->currentText(), QString("256 × 256"));
    QCOMPARE(restored.coercionPage()->findChild<QComboBox*>("fakeKeyMode")->currentIndex(), 1);
    QVERIFY(restored.findChild<QPushButton*>("exportAudit")->isEnabled());
    QVERIFY(kept->exportReport(path("kept.html")));
    QFile html(path("kept.html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("dog"));  // the picture audited, not the one chosen since

    QVERIFY(QFile::resize(path("study-audit/plain.png"), QFileInfo(path("study-audit/plain.png")).size() / 2));
    restored.openFile(path("study.ledproj"));
    QVERIFY(opened.wait(30000));
    QVERIFY2(restored.messageBar()->text().contains("plain.png"), qPrintable(restored.messageBar()->text()));
    QVERIFY(!kept->audit().has_value());
    QVERIFY(kept->tiles()[0]->image().isNull());
    QCOMPARE(kept->pictureSource(), photo);  // the rest came back
  }

  // The learned attacks train in the audit's worker, on Fashion-MNIST, and join the table under the same
  // rule; cancelling while they train keeps what the audit measured before.
  void learnedAttacksJoinTheAuditAndCancel() {
    auto* learned = audit()->findChild<QCheckBox*>("learnedAttacks");
    QVERIFY(learned && !audit()->findChild<QComboBox*>("learnedData")->isEnabled());
    QTest::mouseClick(learned, Qt::LeftButton);
    QVERIFY(learned->isChecked() && audit()->findChild<QComboBox*>("learnedData")->isEnabled());
    QVERIFY(audit()->findChild<QLabel*>("auditLegend")->text().contains("learned attacks (ITN, GAN)"));
    runAudit("le", "64 × 64", 240);
    QTableWidget* attacks = audit()->attackTable();
    for (int row : {4, 5}) {
      QVERIFY2(attacks->item(row, 2)->text().contains("Verdict:") && attacks->item(row, 2)->text().contains("0.50"),
               qPrintable(attacks->item(row, 2)->text()));
      QVERIFY(!audit()->tiles()[3 + row]->image().isNull());
    }
    QCOMPARE(audit()->audit()->attacks.size(), std::size_t(6));

    QSignalSpy finished(audit(), &AuditPanel::finished);
    audit()->schemeControls()->setParams(SchemeParams::defaults(SchemeId::Pe));
    audit()->run();
    QTRY_VERIFY_WITH_TIMEOUT(audit()->findChild<QLabel*>("statusAudit")->text().contains("Learned attacks"), 60000);
    audit()->cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(audit()->audit()->cancelled);
    QCOMPARE(audit()->audit()->attacks.size(), std::size_t(4));  // the four that need no training
    // The rows not run still name their attack, and the bar does not stay part full.
    for (int row : {4, 5}) {
      QCOMPARE(audit()->attackTable()->item(row, 1)->text(), QString("not run"));
      QVERIFY(!audit()->attackTable()->item(row, 0)->text().isEmpty());
    }
    QCOMPARE(audit()->findChild<QProgressBar*>("progressAudit")->value(), 0);
    QTest::mouseClick(learned, Qt::LeftButton);
  }

  void auditCancelsPromptly() {
    audit()->schemeControls()->setParams(SchemeParams::defaults(SchemeId::Etc));
    QComboBox* sizes = audit()->findChild<QComboBox*>("size");
    sizes->setCurrentIndex(sizes->findText("256 × 256"));  // 4,096 pieces: a long jigsaw
    QSignalSpy finished(audit(), &AuditPanel::finished);
    audit()->run();
    QVERIFY(audit()->running());  // cancelled while it runs, whichever step it has reached
    QTest::mouseClick(audit()->findChild<QPushButton*>("cancelAudit"), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(audit()->audit()->cancelled);
  }

  // Every scheme at once, as one CSV with a row per attack and each verdict's measure in its details.
  void everySchemeExportsAsOneTable() {
    auto* size = audit()->findChild<QComboBox*>("size");
    size->setCurrentIndex(size->findText("64 × 64"));
    QSignalSpy finished(audit(), &AuditPanel::finished);
    audit()->exportEveryScheme(path("every.csv"));
    QVERIFY(audit()->running());
    QVERIFY(finished.wait(120000));
    QFile csv(path("every.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 6 * 4);
    QVERIFY(lines[0].startsWith("scheme,parameters,ciphertext_ssim"));
    QVERIFY(lines[0].contains("verdict_measure,verdict_value,verdict_threshold"));
    // Every verdict's number is a column of its own: the reconstruction's SSIM, or the jigsaw's share.
    for (const QString& line : lines.mid(1))
      if ((line.contains(",reads the picture,") || line.contains(",fails,")) && !line.contains("there is no reconstruction"))
        QVERIFY2(line.contains(QRegularExpression(",(ssim|adjacent_pieces_joined),[0-9.e-]+,0.5,")), qPrintable(line));
    for (const char* scheme : {"le,", "ele,", "etc,", "etc-gray,", "pe,", "rmt,"})
      QVERIFY2(std::any_of(lines.begin(), lines.end(), [&](const QString& l) { return l.startsWith(scheme); }), scheme);
    QVERIFY(lines.filter("Verdict: reads the picture, since the reconstruction's SSIM").size() >= 1);  // le's key recovery
  }

  void sweepDrawsEveryPointAndRecommends() {
    window_->evaluatePage()->showSweep();
    sweep()->configure("4,7", "0,40", 1, 800, 200);
    QSignalSpy finished(sweep(), &SweepPanel::finished);
    QTest::mouseClick(sweep()->findChild<QPushButton*>("runSweep"), Qt::LeftButton);
    QVERIFY(sweep()->running());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(int(sweep()->points().size()), 4);
    QCOMPARE(sweep()->table()->rowCount(), 4);
    for (MeasurePlot* plot : sweep()->plots()) {
      QCOMPARE(plot->seriesCount(), 2);  // one line per noise level
      QCOMPARE(plot->pointCount(), 4);
    }
    const QString pick = sweep()->recommendation();
    QVERIFY2(pick.startsWith("Most accurate") || pick.startsWith("No setting") || pick.startsWith("No recommendation: the plain examiner"),
             qPrintable(pick));
    QVERIFY(sweep()->exportCsv(path("sweep.csv")));
    QVERIFY(sweep()->exportPlots(dir_.path()));
    QVERIFY(QFile::exists(path("visual-privacy.png")));
  }

  void sweepCancelsAndRefusesBadLists() {
    QSignalSpy finished(sweep(), &SweepPanel::finished);
    sweep()->configure("2,4,7", "0", 3, 20000, 1000);
    sweep()->run();
    QVERIFY(sweep()->running());  // cancelled while it runs, whichever step it has reached
    sweep()->cancel();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(sweep()->points().empty());

    QSignalSpy failed(window_->evaluatePage(), &EvaluatePage::failed);
    sweep()->configure("4,x", "0", 1, 800, 200);
    sweep()->run();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains("'x'"));
    QVERIFY(!sweep()->running());
    QVERIFY(window_->findChild<MessageBar*>()->isVisible());
  }
};

QTEST_MAIN(TestEvaluatePage)
#include "tst_evaluatepage.moc"
