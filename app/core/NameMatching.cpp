#include "NameMatching.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace NameMatching {

QString withoutParentheses(QStringView text)
{
    static const QRegularExpression parenthesised(u"\\([^)]*\\)"_s);
    return text.toString().remove(parenthesised);
}

bool isSeparator(QChar c)
{
    return !c.isLetterOrNumber() && c != u'.';
}

QString compact(QStringView text)
{
    QString result;
    for (const QChar c : withoutParentheses(text).toLower()) {
        if (!isSeparator(c))
            result += c;
    }
    return result;
}

QString organizationKey(QStringView name)
{
    QStringList words = withoutParentheses(name).toLower().split(u' ', Qt::SkipEmptyParts);
    static const QStringList suffixes = {u"ai"_s, u"inc"_s, u"inc."_s, u"group"_s};
    if (words.size() > 1 && suffixes.contains(words.last()))
        words.removeLast();
    const QString key = compact(words.join(u' '));
    // Names under which the catalogues list the labs of an organization: each is that
    // organization and nothing else.
    static const QHash<QString, QString> aliases = {
        {u"googledeepmind"_s, u"google"_s}, // Google's AI lab since 2023
        {u"tongyilab"_s, u"alibaba"_s},     // Alibaba's lab behind Qwen and Wan
    };
    return aliases.value(key, key);
}

QStringList organizationKeys(QStringView names)
{
    static const QRegularExpression separators(u"\\s+and\\s+|,|/|&"_s);
    QStringList keys;
    for (const QString &part : names.toString().split(separators, Qt::SkipEmptyParts)) {
        const QString key = organizationKey(part);
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace NameMatching
