#ifndef UTF8TEXT_H
#define UTF8TEXT_H

#include <QByteArray>
#include <QString>

#include <string_view>

// Text kept as UTF-8, for long texts that are read rarely: a release's summary and notes are
// shown for the selected release only. A QString stores them as UTF-16, twice the bytes for the
// mostly ASCII text of a dataset; at 100,000 events that was about 100 MB of a 330 MB window.
class Utf8Text
{
public:
    Utf8Text() = default;
    // Implicit, so that a text is set like the QString it stands for.
    Utf8Text(const QString &text)
        : m_utf8(text.toUtf8())
    {
    }

    // utf8 must be valid UTF-8.
    static Utf8Text fromUtf8(std::string_view utf8)
    {
        Utf8Text text;
        text.m_utf8 = QByteArray(utf8.data(), qsizetype(utf8.size()));
        return text;
    }

    // Shares utf8, which must be valid UTF-8.
    static Utf8Text fromUtf8(const QByteArray &utf8)
    {
        Utf8Text text;
        text.m_utf8 = utf8;
        return text;
    }

    bool isEmpty() const { return m_utf8.isEmpty(); }
    QString toString() const { return QString::fromUtf8(m_utf8); }
    const QByteArray &utf8() const { return m_utf8; }

    friend bool operator==(const Utf8Text &a, const Utf8Text &b) { return a.m_utf8 == b.m_utf8; }

private:
    QByteArray m_utf8;
};
Q_DECLARE_TYPEINFO(Utf8Text, Q_RELOCATABLE_TYPE);

#endif // UTF8TEXT_H
