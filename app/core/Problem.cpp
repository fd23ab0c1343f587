#include "Problem.h"

#include <QCoreApplication>

namespace {

// Characters that could break a line, move the cursor, colour a terminal or reorder text.
bool needsEscape(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

void appendEscaped(QString &out, QStringView text)
{
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        switch (c) {
        case u'"':
            out += u"\\\"";
            continue;
        case u'\\':
            out += u"\\\\";
            continue;
        case u'\n':
            out += u"\\n";
            continue;
        case u'\r':
            out += u"\\r";
            continue;
        case u'\t':
            out += u"\\t";
            continue;
        default:
            break;
        }
        if (needsEscape(c))
            out += QStringLiteral("\\u") + QString::number(c, 16).rightJustified(4, u'0');
        else
            out += qc;
    }
}

// Only what would break the line: a file name is printed as it is, for editors to open.
QString escapedFileName(const QString &name)
{
    for (const QChar c : name) {
        if (needsEscape(c.unicode()) || c == u'\\' || c == u'"') {
            QString out;
            appendEscaped(out, name);
            return out;
        }
    }
    return name;
}

} // namespace

QString Problem::toString() const
{
    // Concatenation, not QString::arg: a "%1" in a file name or a message must stay as it is.
    QString text = escapedFileName(file) + u':' + QString::number(line) + u':' + QString::number(column) + QLatin1StringView(": ");
    if (severity == Severity::Warning)
        text += QCoreApplication::translate("Problem", "warning:") + u' ';
    text += message;
    if (!path.isEmpty())
        text += QLatin1StringView(" (at ") + path + u')';
    return text;
}

QString Problem::quoted(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    appendEscaped(out, text);
    out += u'"';
    return out;
}

QString Problem::escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    appendEscaped(out, text);
    return out;
}

QString Problem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unreadable:
        return QCoreApplication::translate("Problem", "unreadable file");
    case Kind::Encoding:
        return QCoreApplication::translate("Problem", "encoding");
    case Kind::Syntax:
        return QCoreApplication::translate("Problem", "JSON syntax");
    case Kind::WrongType:
        return QCoreApplication::translate("Problem", "wrong type");
    case Kind::MissingKey:
        return QCoreApplication::translate("Problem", "missing key");
    case Kind::UnknownKey:
        return QCoreApplication::translate("Problem", "unknown key");
    case Kind::DuplicateKey:
        return QCoreApplication::translate("Problem", "duplicate key");
    case Kind::EmptyText:
        return QCoreApplication::translate("Problem", "empty text");
    case Kind::InvalidDate:
        return QCoreApplication::translate("Problem", "invalid date");
    case Kind::InvalidId:
        return QCoreApplication::translate("Problem", "invalid id");
    case Kind::DuplicateId:
        return QCoreApplication::translate("Problem", "duplicate id");
    case Kind::UnknownValue:
        return QCoreApplication::translate("Problem", "unknown value");
    case Kind::UnknownReference:
        return QCoreApplication::translate("Problem", "unknown reference");
    case Kind::InvalidUrl:
        return QCoreApplication::translate("Problem", "invalid URL");
    case Kind::WeakUrl:
        return QCoreApplication::translate("Problem", "weak source URL");
    case Kind::InvalidSpdx:
        return QCoreApplication::translate("Problem", "invalid SPDX id");
    case Kind::MissingSources:
        return QCoreApplication::translate("Problem", "no sources");
    case Kind::StageDates:
        return QCoreApplication::translate("Problem", "stage dates");
    case Kind::TooLarge:
        return QCoreApplication::translate("Problem", "too large");
    }
    return {};
}
