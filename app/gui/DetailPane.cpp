#include "DetailPane.h"

#include "ReleaseDocument.h"

#include <QCursor>
#include <QDesktopServices>
#include <QEvent>
#include <QHelpEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolTip>
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
    m_browser->viewport()->installEventFilter(this);
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
    const int index = valid ? releaseIndex : -1;
    if (index == m_releaseIndex && m_renderCount > 0)
        return; // already shown: keep the reader's place
    m_releaseIndex = index;
    render();
    m_browser->verticalScrollBar()->setValue(0);
}

int DetailPane::narrowWidthThreshold() const
{
    return fontMetrics().averageCharWidth() * 75;
}

void DetailPane::scrollToHistory()
{
    m_browser->scrollToAnchor(ReleaseDocument::historyAnchor());
}

QString DetailPane::plainText() const
{
    return m_browser->toPlainText();
}

QString DetailPane::toolTipAt(const QPoint &viewportPosition) const
{
    const std::optional<QString> ref = ReleaseDocument::osaiGradeFromUrl(QUrl(m_browser->anchorAt(viewportPosition)));
    if (!ref || !m_dataset)
        return {};
    return ReleaseDocument(*m_dataset, palette()).osaiToolTip(m_releaseIndex, *ref);
}

bool DetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_browser->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The document's muted, border and quote colours are computed from the palette, so a
    // palette change (a dark theme switched on) needs a new document; keep the reader's place.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        renderKeepingPlace();
}

void DetailPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool narrow = event->size().width() < narrowWidthThreshold();
    if (narrow != m_narrow) {
        m_narrow = narrow;
        renderKeepingPlace();
    }
}

void DetailPane::renderKeepingPlace()
{
    const int scroll = m_browser->verticalScrollBar()->value();
    render();
    m_browser->verticalScrollBar()->setValue(scroll);
}

void DetailPane::render()
{
    ++m_renderCount;
    if (!m_dataset) {
        static const Dataset empty({}, {}, {}, {}, {});
        m_browser->setHtml(ReleaseDocument(empty, palette()).placeholderHtml());
        return;
    }
    ReleaseDocument document(*m_dataset, palette());
    document.setNarrow(m_narrow);
    m_browser->setHtml(document.html(m_releaseIndex));
}

void DetailPane::activateLink(const QUrl &url)
{
    if (const std::optional<QString> releaseId = ReleaseDocument::releaseIdFromUrl(url)) {
        emit releaseLinkActivated(*releaseId);
        return;
    }
    // A cell of the Index's strip, clicked or activated with the keyboard: its hover text, at the
    // pointer when it is over the pane, else under the cell the keyboard reached.
    if (const std::optional<QString> ref = ReleaseDocument::osaiGradeFromUrl(url)) {
        if (!m_dataset)
            return;
        const QString text = ReleaseDocument(*m_dataset, palette()).osaiToolTip(m_releaseIndex, *ref);
        QWidget *viewport = m_browser->viewport();
        const QPoint pointer = viewport->mapFromGlobal(QCursor::pos());
        const QPoint at = viewport->rect().contains(pointer) ? QCursor::pos()
                                                             : viewport->mapToGlobal(m_browser->cursorRect().bottomLeft());
        QToolTip::showText(at, text, viewport);
        return;
    }
    // Only web links leave the app, and only on the user's click; anything else (file:,
    // javascript:, a relative link) is ignored.
    if (ReleaseDocument::isWebUrl(url))
        QDesktopServices::openUrl(url);
}
