// Traditional Chinese and Japanese are complete: every entry of the .ts files is translated and
// finished (none unfinished, vanished or obsolete), keeps the source's %1 placeholders and its menu
// accelerator; lupdate run on today's sources finds nothing new; and the compiled translations load
// and translate, Qt's own strings and core's error sentences included.
#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "ui/common/CorePhrase.h"
#include "ui/common/Failure.h"
#include "core/shared/common/Phrase.h"
#include "core/user/keyfile/KeyFile.h"
#include "ui/shell/Translations.h"

namespace {

struct Entry {
  QString context, source, translation, type;
};

std::vector<Entry> readTs(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  QXmlStreamReader xml(&file);
  std::vector<Entry> entries;
  QString context;
  while (!xml.atEnd()) {
    xml.readNext();
    if (!xml.isStartElement()) continue;
    if (xml.name() == u"name")
      context = xml.readElementText();
    else if (xml.name() == u"message")
      entries.push_back({context, {}, {}, {}});
    else if (xml.name() == u"source" && !entries.empty())
      entries.back().source = xml.readElementText();
    else if (xml.name() == u"translation" && !entries.empty()) {
      entries.back().type = xml.attributes().value("type").toString();
      entries.back().translation = xml.readElementText();
    }
  }
  return xml.hasError() ? std::vector<Entry>{} : entries;
}

QStringList placeholders(const QString& text) {
  QStringList found;
  for (const auto& m : QRegularExpression("%\\d").globalMatch(text)) found << m.captured();
  found.sort();
  return found;
}

// A menu accelerator: & before a letter, not an HTML entity such as &lt;.
bool hasAccelerator(const QString& text) { return text.contains(QRegularExpression("&(?!lt;|gt;|amp;|quot;)\\w")); }

QStringList problems(const std::vector<Entry>& entries) {
  QStringList found;
  for (const Entry& e : entries) {
    const QString where = e.context + " \"" + e.source.left(40) + "\": ";
    if (!e.type.isEmpty())
      found << where + e.type;
    else if (e.translation.trimmed().isEmpty())
      found << where + "empty";
    else if (placeholders(e.source) != placeholders(e.translation))
      found << where + "placeholders differ";
    else if (hasAccelerator(e.source) && !hasAccelerator(e.translation))
      found << where + "accelerator lost";
  }
  return found;
}

const QStringList kLanguages = {"zh_TW", "ja"};

QString tsFile(const QString& language) { return QString(LED_TRANSLATIONS_DIR "/led_%1.ts").arg(language); }

}  // namespace

class TestTranslations : public QObject {
  Q_OBJECT

 private slots:
  void everyEntryIsFinished_data() {
    QTest::addColumn<QString>("language");
    for (const QString& l : kLanguages) QTest::newRow(qPrintable(l)) << l;
  }

  void everyEntryIsFinished() {
    QFETCH(QString, language);
    const std::vector<Entry> entries = readTs(tsFile(language));
    QVERIFY2(entries.size() > 300, "the .ts file is missing, malformed or nearly empty");
    const QStringList found = problems(entries);
    QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 10).join('\n')));
  }

  void theCheckCatchesWhatItShould() {
    QCOMPARE(problems({{"c", "Save %1", "%1 を保存", ""}}).size(), 0);
    QCOMPARE(problems({{"c", "Save %1", "保存", ""}}).size(), 1);
    QCOMPARE(problems({{"c", "&File", "ファイル", ""}}).size(), 1);
    QCOMPARE(problems({{"c", "a &lt; b", "a &lt; b", ""}}).size(), 0);
    QCOMPARE(problems({{"c", "x", "x", "unfinished"}}).size(), 1);
    QCOMPARE(problems({{"c", "x", " ", ""}}).size(), 1);
  }

  // A tr() string added to the sources without a translation shows up here.
  void lupdateFindsNothingNew_data() { everyEntryIsFinished_data(); }

  void lupdateFindsNothingNew() {
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString copy = dir.filePath("led_" + language + ".ts");
    QVERIFY(QFile::copy(tsFile(language), copy));
    QProcess lupdate;
    lupdate.start(LED_LUPDATE, {"-no-obsolete", "-locations", "none", "-tr-function-alias", "QT_TRANSLATE_NOOP+=LED_PHRASE", "-I",
                                LED_SOURCE_DIR, LED_SOURCE_DIR "/ui", LED_SOURCE_DIR "/core", LED_SOURCE_DIR "/app/studio", "-ts", copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    const std::vector<Entry> updated = readTs(copy);
    QCOMPARE(updated.size(), readTs(tsFile(language)).size());
    const QStringList found = problems(updated);
    QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 10).join('\n')));
  }

  void compiledTranslationsLoad() {
    int argc = 1;
    char name[] = "tst_translations";
    char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    QCOMPARE(led::ui::installTranslations(app, "ja"), QString("ja"));
    QCOMPARE(QCoreApplication::translate("led::ui::MainWindow", "&File"), QString::fromUtf8("ファイル(&F)"));
    QCOMPARE(QCoreApplication::translate("led::ui::CoercionPage", "Coercion"), QString::fromUtf8("強要"));
    QCOMPARE(QCoreApplication::translate("led", "after block permutation"), QString::fromUtf8("ブロック置換の後"));  // a core phrase
    // A core error sentence in the message bar: translated with the phrase inside it ("key file"), the
    // file name kept as it is (even a "%2" in it); the CLI's what() stays English.
    QTemporaryDir dir;
    const QString notAKey = dir.filePath("notes%2.ledkey");  // a marker in a value is not filled
    QFile file(notAKey);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("not a key at all") > 0);
    file.close();
    std::string english;
    const QString shown = led::ui::failureOf([&] {
      try {
        led::readKeyFile(notAKey.toStdString());
      } catch (const led::Error& e) {
        english = e.what();
        throw;
      }
    });
    QCOMPARE(shown, notAKey + QString::fromUtf8(" は LED Studio の鍵ファイルではありません"));
    QCOMPARE(QString::fromStdString(english), notAKey + " is not an LED Studio key file");
    // A kept sentence (an audit's, from a project folder) is translated when it is shown again.
    const led::Phrase kept = led::decodePhrase(led::encodePhrase(
        led::Phrase("Does not apply: %1 leaves every block where it was; there is no puzzle to solve.", {std::string("pe")})));
    QCOMPARE(led::ui::translated(kept), QString::fromUtf8("適用外: pe は各ブロックを元の位置に残すので、解くべきパズルがありません。"));
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + "/qtbase_ja.qm"))
      QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != "Cancel");
    else
      qWarning("qt6-translations-l10n is not installed: Qt's own strings stay English");
  }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
