#include "LicenseComparison.h"

#include <QSet>

#include <algorithm>

namespace {

// The versions before id, nearest first, following `supersedes` while it names a license of
// the dataset (the validator checks the references, not cycles: a cycle ends the walk).
QStringList ancestorsOf(const Dataset &dataset, const QString &id)
{
    QStringList ancestors;
    QSet<QString> seen{id};
    const License *license = dataset.license(id);
    while (license && !license->supersedes.isEmpty() && !seen.contains(license->supersedes)) {
        const License *previous = dataset.license(license->supersedes);
        if (!previous)
            break;
        ancestors.append(previous->id);
        seen.insert(previous->id);
        license = previous;
    }
    return ancestors;
}

// Lower-case words: runs of letters and digits, with a dot kept between digits ("3.1").
QStringList words(QStringView text)
{
    QStringList result;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber()) {
            current.append(c.toLower());
        } else if (c == u'.' && !current.isEmpty() && current.back().isDigit() && i + 1 < text.size()
                   && text.at(i + 1).isDigit()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

// A quote as the runs of words between its ellipses; an ellipsis at either end leaves an empty
// run there.
QList<QStringList> segments(const QString &quote, const QSet<QString> &ignored)
{
    QString text = quote;
    text.replace(QStringLiteral("..."), QStringLiteral("\u2026"));
    QList<QStringList> result;
    for (const QString &part : text.split(u'\u2026')) {
        QStringList kept;
        for (const QString &word : words(part)) {
            if (!ignored.contains(word))
                kept.append(word);
        }
        result.append(kept);
    }
    return result;
}

qsizetype find(const QStringList &text, const QStringList &run, qsizetype from, qsizetype end)
{
    for (qsizetype i = from; i + run.size() <= end; ++i) {
        if (std::equal(run.cbegin(), run.cend(), text.cbegin() + i))
            return i;
    }
    return -1;
}

// Whether the pattern's runs cover the text in order, with an ellipsis standing for any words.
bool covers(const QList<QStringList> &pattern, const QStringList &text)
{
    if (pattern.size() == 1)
        return pattern.first() == text;
    const QStringList &first = pattern.first();
    const QStringList &last = pattern.last();
    if (first.size() + last.size() > text.size())
        return false;
    if (!std::equal(first.cbegin(), first.cend(), text.cbegin()))
        return false;
    if (!std::equal(last.cbegin(), last.cend(), text.cend() - last.size()))
        return false;
    qsizetype position = first.size();
    const qsizetype end = text.size() - last.size();
    for (qsizetype i = 1; i + 1 < pattern.size(); ++i) {
        const QStringList &run = pattern.at(i);
        if (run.isEmpty())
            continue;
        const qsizetype found = find(text, run, position, end);
        if (found < 0)
            return false;
        position = found + run.size();
    }
    return true;
}

QStringList joined(const QList<QStringList> &runs)
{
    QStringList all;
    for (const QStringList &run : runs)
        all.append(run);
    return all;
}

} // namespace

LicenseComparison::LicenseComparison(DatasetPtr dataset, const QStringList &licenseIds)
    : m_dataset(std::move(dataset))
{
    if (!m_dataset)
        return;
    const QStringList ordered = familyOrder(*m_dataset, licenseIds);
    QHash<QString, int> columnOf;
    for (const QString &id : ordered) {
        Column column;
        column.license = m_dataset->license(id);
        const QStringList ancestors = ancestorsOf(*m_dataset, id);
        column.depth = static_cast<int>(ancestors.size());
        column.familyRoot = ancestors.isEmpty() ? id : ancestors.last();
        for (const QString &ancestor : ancestors) {
            if (columnOf.contains(ancestor)) {
                column.previous = columnOf.value(ancestor);
                break;
            }
        }
        columnOf.insert(id, static_cast<int>(m_columns.size()));
        m_columns.append(column);
    }
}

QStringList LicenseComparison::licenseIds() const
{
    QStringList ids;
    for (const Column &column : m_columns)
        ids.append(column.license->id);
    return ids;
}

const TermRuling *LicenseComparison::previousRuling(int column, LicenseTerm term) const
{
    if (column < 0 || column >= columnCount())
        return nullptr;
    const int previous = m_columns.at(column).previous;
    return previous < 0 ? nullptr : &m_columns.at(previous).license->term(term);
}

LicenseComparison::Change LicenseComparison::change(int column, LicenseTerm term) const
{
    const TermRuling *before = previousRuling(column, term);
    if (!before)
        return Change::None;
    const TermRuling &now = license(column).term(term);
    if (now.status != before->status)
        return Change::StatusChanged;
    // A quote missing on one side is a gap in the data, not a change in the license.
    if (now.quote.isEmpty() || before->quote.isEmpty())
        return Change::None;
    const License &previousLicense = license(m_columns.at(column).previous);
    return clausesMatch(before->quote, previousLicense.name, now.quote, license(column).name) ? Change::None
                                                                                             : Change::ClauseChanged;
}

int LicenseComparison::changedTermCount(int column) const
{
    int count = 0;
    for (LicenseTerm term : LicenseTerms::all()) {
        if (change(column, term) != Change::None)
            ++count;
    }
    return count;
}

QStringList LicenseComparison::licensesOfReleases(const Dataset &dataset, const QList<int> &releaseIndexes)
{
    QStringList ids;
    QSet<QString> seen;
    for (int index : releaseIndexes) {
        if (index < 0 || index >= dataset.releases().size())
            continue;
        const QString &id = dataset.releases().at(index).licenseId;
        if (id.isEmpty() || seen.contains(id) || !dataset.license(id))
            continue;
        seen.insert(id);
        ids.append(id);
    }
    return ids;
}

QStringList LicenseComparison::familyOrder(const Dataset &dataset, const QStringList &licenseIds)
{
    struct Entry {
        QString id;
        QString root;
        qsizetype depth;
        qsizetype given; // position in licenseIds
        qsizetype familyFirst; // position of the family's first member in licenseIds
    };
    QList<Entry> entries;
    QHash<QString, qsizetype> familyFirst;
    QSet<QString> seen;
    for (qsizetype i = 0; i < licenseIds.size(); ++i) {
        const QString &id = licenseIds.at(i);
        if (seen.contains(id) || !dataset.license(id))
            continue;
        seen.insert(id);
        const QStringList ancestors = ancestorsOf(dataset, id);
        const QString root = ancestors.isEmpty() ? id : ancestors.last();
        if (!familyFirst.contains(root))
            familyFirst.insert(root, i);
        entries.append({id, root, ancestors.size(), i, familyFirst.value(root)});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.familyFirst != b.familyFirst)
            return a.familyFirst < b.familyFirst;
        return a.depth < b.depth;
    });
    QStringList ordered;
    for (const Entry &entry : std::as_const(entries))
        ordered.append(entry.id);
    return ordered;
}

bool LicenseComparison::clausesMatch(const QString &quoteA, const QString &nameA, const QString &quoteB,
                                     const QString &nameB)
{
    // The words that tell the two names apart ("2" against "meta" and "3"): each license's
    // clauses name the license itself, which is not a change of the clause.
    const QStringList wordsA = words(nameA);
    const QStringList wordsB = words(nameB);
    const QSet<QString> setA(wordsA.cbegin(), wordsA.cend());
    const QSet<QString> setB(wordsB.cbegin(), wordsB.cend());
    QSet<QString> ignored = setA;
    ignored.unite(setB);
    ignored.subtract(QSet<QString>(setA).intersect(setB));

    const QList<QStringList> a = segments(quoteA, ignored);
    const QList<QStringList> b = segments(quoteB, ignored);
    return covers(a, joined(b)) || covers(b, joined(a));
}
