// led encrypt / led decrypt: one image or a whole folder (recursively, mirrored into the output folder).
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>

#include "cli/CliSupport.h"
#include "common/Error.h"
#include "image/ImageFile.h"
#include "keys/KeyFile.h"
#include "schemes/CiphertextFile.h"
#include "schemes/SchemeRegistry.h"

namespace led::cli {
namespace {

enum class Direction { Encrypt, Decrypt };

void encryptFile(const Cipher& cipher, const std::string& in, const std::string& out) {
  saveCiphertext(out, {cipher.spec().params.scheme, cipher.spec().shape, cipher.encrypt(readImage(in))});
}

void decryptFile(const Cipher& cipher, const std::string& in, const std::string& out) {
  writeImage(out, cipher.decrypt(loadCiphertext(in, cipher.spec().params.scheme)));
}

bool isInput(const QString& path, Direction direction) {
  const std::string p = toStd(path);
  return isImagePath(p) || (direction == Direction::Decrypt && isCiphertextPath(p));
}

// (input, output) pairs: the file itself, or every input file under a folder, mirrored.
QList<QPair<QString, QString>> plan(const QString& input, const QString& output, Direction direction, const QString& suffix) {
  QList<QPair<QString, QString>> jobs;
  if (!QFileInfo(input).isDir()) {
    jobs.append({input, output});
    return jobs;
  }
  if (QFileInfo(output).exists() && !QFileInfo(output).isDir())
    fail(ErrorKind::InvalidArgument, toStd(output) + " is a file; encrypting a folder needs an output folder");
  const QDir root(input);
  QDirIterator it(input, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    if (!isInput(path, direction)) continue;
    const QString relative = root.relativeFilePath(path);
    const QString stem = relative.left(relative.size() - QFileInfo(path).suffix().size() - 1);
    jobs.append({path, QDir(output).filePath(stem + "." + suffix)});
  }
  std::sort(jobs.begin(), jobs.end());
  if (jobs.isEmpty()) fail(ErrorKind::InvalidArgument, toStd(input) + " holds no image files");
  return jobs;
}

int run(Direction direction, const QStringList& args) {
  const bool encrypting = direction == Direction::Encrypt;
  QCommandLineParser parser;
  parser.addPositionalArgument("input", encrypting ? "Image file or folder of images." : "Ciphertext (.png, .bmp, .ledc) or folder.");
  parser.addOptions({
      {{"k", "key"}, "Key file.", "key"},
      {{"o", "output"}, "Output file, or output folder when the input is a folder.", "path"},
      {"format", encrypting ? "Folder output format: png (default; not for rmt) or ledc." : "Folder output format: png (default) or bmp.",
       "ext"},
      {"json", "Print what was written as JSON."},
  });
  const QString what = encrypting ? "led encrypt: encrypt images with a key." : "led decrypt: decrypt ciphertexts with a key.";
  int exitCode = kOk;
  if (!parseOrExplain(parser, what, args, exitCode)) return exitCode;
  return guarded([&] {
    if (parser.positionalArguments().size() != 1) usageError("give exactly one input file or folder");
    if (!parser.isSet("key")) usageError("--key is required");
    if (!parser.isSet("output")) usageError("--output is required");
    const Key key = readKeyFile(toStd(parser.value("key")));
    const auto cipher = makeCipher(key);
    QString suffix = parser.value("format");
    if (suffix.isEmpty()) suffix = encrypting && cipher->realValued() ? "ledc" : "png";
    const auto jobs = plan(parser.positionalArguments()[0], parser.value("output"), direction, suffix);
    QJsonArray files;
    for (const auto& [in, out] : jobs) {
      QDir().mkpath(QFileInfo(out).absolutePath());
      try {
        if (encrypting) encryptFile(*cipher, toStd(in), toStd(out)); else decryptFile(*cipher, toStd(in), toStd(out));
      } catch (const Error& e) {
        // Name the file in a folder run; the sentence already names it for a single file.
        fail(e.kind(), jobs.size() > 1 ? toStd(in) + ": " + e.what() : std::string(e.what()));
      }
      files.append(QJsonObject{{"input", in}, {"output", out}});
    }
    if (parser.isSet("json")) {
      printJson(QJsonObject{{"command", encrypting ? "encrypt" : "decrypt"},
                            {"key", QString::fromStdString(key.shortFingerprint())},
                            {"count", int(jobs.size())},
                            {"files", files}});
    } else {
      printLine(QString("%1 %2 file(s) with key %3").arg(encrypting ? "encrypted" : "decrypted").arg(jobs.size()).arg(QString::fromStdString(key.shortFingerprint())));
    }
    return kOk;
  });
}

}  // namespace

int encryptCommand(const QStringList& args) { return run(Direction::Encrypt, args); }
int decryptCommand(const QStringList& args) { return run(Direction::Decrypt, args); }

}  // namespace led::cli
