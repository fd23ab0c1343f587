#ifndef CITATION_H
#define CITATION_H

#include "Dataset.h"

#include <QCoreApplication>
#include <QString>

class QMimeData;

// A release event written as a citation a journalist can paste: who released what, when, how
// open it was and under which license, with every source of the event. Plain text for anywhere,
// Markdown (links kept) for notes and articles; the clipboard gets both.
class Citation
{
    Q_DECLARE_TR_FUNCTIONS(Citation)

public:
    static QString plainText(const Dataset &dataset, int releaseIndex);
    static QString markdown(const Dataset &dataset, int releaseIndex);
    // text/plain and text/markdown, for QClipboard::setMimeData().
    static QMimeData *mimeData(const Dataset &dataset, int releaseIndex);

    // The source to open first: the first primary source, else the first source; empty when the
    // event has none with an http or https URL.
    static QString primarySourceUrl(const Release &release);
};

#endif // CITATION_H
