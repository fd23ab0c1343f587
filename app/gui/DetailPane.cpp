#include "DetailPane.h"

#include "ReleaseDocument.h"

#include <QDesktopServices>
#include <QEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setAccessibleName(tr("Release details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailPane::activateLink);
    render();
}

void DetailPane::setDataset(DatasetPtr dataset)
{
    m_dataset = std::move(dataset);
    m_releaseIndex = -1;
    render();
}

void DetailPane::showRelease(int releaseIndex)
{
    const bool valid = m_dataset && releaseIndex >= 0 && releaseIndex < m_dataset->releases().size();
    m_releaseIndex = valid ? releaseIndex : -1;
    render();
    m_browser->verticalScrollBar()->setValue(0);
}

QString DetailPane::plainText() const
{
    return m_browser->toPlainText();
}

void DetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The document's muted, border and quote colours are computed from the palette, so a
    // palette change (a dark theme switched on) needs a new document; keep the reader's place.
    if (event->type() == QEvent::PaletteChange) {
        const int scroll = m_browser->verticalScrollBar()->value();
        render();
        m_browser->verticalScrollBar()->setValue(scroll);
    }
}

void DetailPane::render()
{
    if (!m_dataset) {
        static const Dataset empty({}, {}, {}, {}, {});
        m_browser->setHtml(ReleaseDocument(empty, palette()).placeholderHtml());
        return;
    }
    m_browser->setHtml(ReleaseDocument(*m_dataset, palette()).html(m_releaseIndex));
}

void DetailPane::activateLink(const QUrl &url)
{
    if (const std::optional<QString> releaseId = ReleaseDocument::releaseIdFromUrl(url)) {
        emit releaseLinkActivated(*releaseId);
        return;
    }
    // Only web links leave the app, and only on the user's click; anything else (file:,
    // javascript:, a relative link) is ignored.
    if (ReleaseDocument::isWebUrl(url))
        QDesktopServices::openUrl(url);
}
