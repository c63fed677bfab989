#include "ui/shell/UserGuide.h"

#include <QDesktopServices>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace led::ui {

UserGuide::UserGuide(QWidget* parent) : QDialog(parent), browser_(new QTextBrowser(this)) {
  setWindowTitle(tr("LED Studio User Guide"));
  setObjectName("userGuide");
  browser_->setOpenLinks(false);
  browser_->setSource(QUrl("qrc:/docs/user-guide.md"), QTextDocument::MarkdownResource);
  // Within the guide a link moves to its section; a web address opens in the browser; the other guides
  // (command line, results) are not compiled in and are found beside it in docs/.
  connect(browser_, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
    if (url.scheme() == "http" || url.scheme() == "https")
      QDesktopServices::openUrl(url);
    else if (url.path().isEmpty() || url.path().endsWith("user-guide.md"))
      browser_->scrollToAnchor(url.fragment());
  });
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(browser_);
  resize(900, 640);
}

QString UserGuide::text() const { return browser_->toPlainText(); }

}  // namespace led::ui
