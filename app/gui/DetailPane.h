#ifndef DETAILPANE_H
#define DETAILPANE_H

#include "Dataset.h"

#include <QWidget>

class QPoint;
class QTextBrowser;
class QUrl;

// The pane that explains the selected release event (see ReleaseDocument for what it says).
// It owns a read-only QTextBrowser that never navigates by itself: links between the model's
// events come out as releaseLinkActivated() for the window to select, and web links open in the
// user's browser only when clicked and only when they are http or https. The cells of the Open
// Source AI Index's strip show their grade, notes and evidence on hover, and on a click or Enter. The text is rebuilt
// when the palette changes, so it stays readable in dark mode, and when the pane crosses the
// width below which the license terms are stacked.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    void setDataset(DatasetPtr dataset);
    // -1 (or any index outside the dataset) shows the placeholder.
    void showRelease(int releaseIndex);
    int releaseIndex() const { return m_releaseIndex; }

    QString plainText() const;
    // Scrolls to the model's history (the other events of the shown release's model).
    void scrollToHistory();
    QTextBrowser *browser() const { return m_browser; }

    // Narrow: the license terms are stacked rather than tabulated. Set from the width: below
    // about 75 average characters a three-column table breaks words apart.
    bool isNarrow() const { return m_narrow; }
    int narrowWidthThreshold() const;
    // How many times the text was built: once per shown release, not once per signal.
    int renderCount() const { return m_renderCount; }
    // The hover text at a point of the browser's viewport: a cell of the Open Source AI Index's
    // strip has one (QTextDocument has no title attribute, so the pane answers tool-tip events
    // itself); empty elsewhere.
    QString toolTipAt(const QPoint &viewportPosition) const;

signals:
    void releaseLinkActivated(const QString &releaseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void renderKeepingPlace();
    void activateLink(const QUrl &url);

    QTextBrowser *m_browser = nullptr;
    DatasetPtr m_dataset;
    int m_releaseIndex = -1;
    bool m_narrow = true;
    int m_renderCount = 0;
};

#endif // DETAILPANE_H
