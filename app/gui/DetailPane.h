#ifndef DETAILPANE_H
#define DETAILPANE_H

#include "Dataset.h"

#include <QWidget>

class QTextBrowser;
class QUrl;

// The pane that explains the selected release event (see ReleaseDocument for what it says).
// It owns a read-only QTextBrowser that never navigates by itself: links between the model's
// events come out as releaseLinkActivated() for the window to select, and web links open in the
// user's browser only when clicked and only when they are http or https. The text is rebuilt
// when the palette changes, so it stays readable in dark mode.
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
    QTextBrowser *browser() const { return m_browser; }

signals:
    void releaseLinkActivated(const QString &releaseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void activateLink(const QUrl &url);

    QTextBrowser *m_browser = nullptr;
    DatasetPtr m_dataset;
    int m_releaseIndex = -1;
};

#endif // DETAILPANE_H
