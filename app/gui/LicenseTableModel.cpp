#include "LicenseTableModel.h"

#include "ReleaseDocument.h"

using namespace Qt::Literals::StringLiterals;

LicenseTableModel::LicenseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LicenseTableModel::setComparison(const LicenseComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int LicenseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_comparison.columnCount() == 0 ? 0 : License::termCount;
}

int LicenseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_comparison.columnCount();
}

LicenseTerm LicenseTableModel::termOfRow(int row)
{
    return LicenseTerms::all().at(row);
}

QString LicenseTableModel::fullName(const License &license)
{
    return license.version.isEmpty() ? license.name : tr("%1 (%2)").arg(license.name, license.version);
}

QString LicenseTableModel::shortName(const License &license)
{
    if (!license.spdx.isEmpty())
        return license.spdx;
    static const QStringList boilerplate{u"community"_s, u"license"_s, u"agreement"_s};
    QStringList kept;
    for (const QString &word : license.name.split(u' ', Qt::SkipEmptyParts)) {
        if (!boilerplate.contains(word.toLower()))
            kept.append(word);
    }
    return kept.isEmpty() ? license.name : kept.join(u' ');
}

QString LicenseTableModel::headerLines(const QString &name, int maxChars)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > maxChars && lines.size() < 2) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(u'\n');
}

QString LicenseTableModel::changeText(int column, LicenseTerm term) const
{
    const LicenseComparison::Change change = m_comparison.change(column, term);
    if (change == LicenseComparison::Change::None)
        return {};
    const License &previous = m_comparison.license(m_comparison.column(column).previous);
    const TermRuling *before = m_comparison.previousRuling(column, term);
    const TermRuling &now = m_comparison.license(column).term(term);
    if (change == LicenseComparison::Change::StatusChanged) {
        return tr("Changed from %1: %2 \u2192 %3.")
            .arg(previous.name, ReleaseDocument::statusCue(term, before->status).label,
                 ReleaseDocument::statusCue(term, now.status).label);
    }
    return tr("Changed from %1: the same answer (%2), but the clause reads differently.")
        .arg(previous.name, ReleaseDocument::statusCue(term, now.status).label);
}

QString LicenseTableModel::toolTip(int column, LicenseTerm term) const
{
    const License &license = m_comparison.license(column);
    const TermRuling &ruling = license.term(term);
    const ReleaseDocument::StatusCue cue = ReleaseDocument::statusCue(term, ruling.status);
    // Rich text, so that long clauses wrap; every string from the dataset is escaped.
    QString text = u"<p><b>%1</b> \u2014 %2</p><p>%3 %4%5</p>"_s.arg(
        LicenseTerms::question(term).toHtmlEscaped(), fullName(license).toHtmlEscaped(), cue.glyph.toHtmlEscaped(),
        cue.label.toHtmlEscaped(), ruling.unconfirmed ? u" <i>(%1)</i>"_s.arg(tr("unconfirmed").toHtmlEscaped()) : QString());
    if (!ruling.summary.isEmpty())
        text += u"<p>%1</p>"_s.arg(ruling.summary.toHtmlEscaped());
    if (!ruling.quote.isEmpty())
        text += u"<p><i>\u201C%1\u201D</i></p>"_s.arg(ruling.quote.toHtmlEscaped());
    if (!ruling.sourceUrl.isEmpty())
        text += u"<p>%1</p>"_s.arg(tr("Source: %1").arg(ruling.sourceUrl).toHtmlEscaped());
    const QString change = changeText(column, term);
    if (!change.isEmpty())
        text += u"<p><b>%1</b></p>"_s.arg(change.toHtmlEscaped());
    return text;
}

QVariant LicenseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    const LicenseTerm term = termOfRow(index.row());
    const License &license = m_comparison.license(column);
    const TermRuling &ruling = license.term(term);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const ReleaseDocument::StatusCue cue = ReleaseDocument::statusCue(term, ruling.status);
        QString text = ruling.summary.isEmpty() ? cue.label : tr("%1: %2").arg(cue.label, ruling.summary);
        if (ruling.unconfirmed)
            text += u' ' + tr("(unconfirmed)");
        if (role == Qt::AccessibleTextRole) {
            const QString change = changeText(column, term);
            if (!change.isEmpty())
                text += u' ' + change;
        }
        return text;
    }
    case Qt::ToolTipRole:
        return toolTip(column, term);
    case StatusRole:
        return static_cast<int>(ruling.status);
    case ToneRole:
        return static_cast<int>(ReleaseDocument::statusCue(term, ruling.status).tone);
    case GlyphRole:
        return ReleaseDocument::statusCue(term, ruling.status).glyph;
    case StatusTextRole:
        return ReleaseDocument::statusCue(term, ruling.status).label;
    case SummaryRole:
        return ruling.summary;
    case QuoteRole:
        return ruling.quote;
    case SourceUrlRole:
        return ruling.sourceUrl;
    case UnconfirmedRole:
        return ruling.unconfirmed;
    case ChangeRole:
        return static_cast<int>(m_comparison.change(column, term));
    case ChangeTextRole:
        return changeText(column, term);
    case PreviousLicenseRole: {
        const int previous = m_comparison.column(column).previous;
        return previous < 0 ? QString() : m_comparison.license(previous).name;
    }
    case LicenseIdRole:
        return license.id;
    case TermRole:
        return static_cast<int>(term);
    default:
        return {};
    }
}

QVariant LicenseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= License::termCount)
            return {};
        const LicenseTerm term = termOfRow(section);
        switch (role) {
        case Qt::DisplayRole:
            return headerLines(LicenseTerms::question(term), 18);
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return LicenseTerms::question(term);
        case TermRole:
            return static_cast<int>(term);
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_comparison.columnCount())
        return {};
    const License &license = m_comparison.license(section);
    switch (role) {
    case Qt::DisplayRole:
        return headerLines(shortName(license), 16);
    case Qt::ToolTipRole: {
        // Rich text with the dataset's strings escaped (a plain string that happens to start
        // with a tag would be read as rich text).
        QStringList lines{fullName(license)};
        if (!license.spdx.isEmpty())
            lines.append(tr("SPDX: %1").arg(license.spdx));
        if (const int previous = m_comparison.column(section).previous; previous >= 0)
            lines.append(tr("%n term(s) changed from %1.", nullptr, m_comparison.changedTermCount(section))
                             .arg(m_comparison.license(previous).name));
        if (license.unconfirmed)
            lines.append(tr("Part of this license was not confirmed against its text."));
        for (QString &line : lines)
            line = line.toHtmlEscaped();
        return u"<p>%1</p>"_s.arg(lines.join(u"<br>"_s));
    }
    case Qt::AccessibleTextRole:
        return fullName(license);
    case LicenseIdRole:
        return license.id;
    default:
        return {};
    }
}
