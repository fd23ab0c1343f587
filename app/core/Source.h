#ifndef SOURCE_H
#define SOURCE_H

#include <QDate>
#include <QString>

// Where a fact comes from. Primary: the vendor's own site, repository, model card or license
// file. Secondary: press, blogs, wikis.
struct Source {
    QString url;
    QString title;
    bool primary = false;
    QDate accessed; // optional
};
// Every member is relocatable, so QList moves a source with memmove when it grows.
Q_DECLARE_TYPEINFO(Source, Q_RELOCATABLE_TYPE);

#endif // SOURCE_H
