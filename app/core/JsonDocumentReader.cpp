#include "JsonDocumentReader.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstring>
#include <iterator>
#include <vector>

namespace {

using Json = nlohmann::json;

constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";

// A byte iterator that publishes how far nlohmann's lexer has read. The lexer keeps its own copy
// of the iterator, so the count goes through a pointer shared with the SAX handler: at each SAX
// event the handler knows the byte offset just past the token (plus one lookahead for numbers).
class CountingIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    CountingIterator(const char *position, const char **consumed)
        : m_position(position)
        , m_consumed(consumed)
    {
    }

    reference operator*() const { return *m_position; }
    CountingIterator &operator++()
    {
        ++m_position;
        *m_consumed = m_position;
        return *this;
    }
    CountingIterator operator++(int)
    {
        CountingIterator previous = *this;
        ++*this;
        return previous;
    }
    bool operator==(const CountingIterator &other) const { return m_position == other.m_position; }
    bool operator!=(const CountingIterator &other) const { return m_position != other.m_position; }

private:
    const char *m_position;
    const char **m_consumed;
};

// Turns byte offsets into line and column. Offsets are asked for in increasing order (document
// order), so the counter only ever moves forward; an earlier offset restarts it.
class LineCounter
{
public:
    LineCounter(const char *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {
    }

    TextPosition at(std::size_t offset)
    {
        if (offset > m_size)
            offset = m_size;
        if (offset < m_offset) {
            m_offset = 0;
            m_line = 1;
            m_column = 1;
        }
        for (; m_offset < offset; ++m_offset) {
            const auto byte = static_cast<unsigned char>(m_data[m_offset]);
            if (byte == '\n') {
                ++m_line;
                m_column = 1;
            } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte
                ++m_column;
            }
        }
        return {m_line, m_column};
    }

private:
    const char *m_data;
    std::size_t m_size;
    std::size_t m_offset = 0;
    int m_line = 1;
    int m_column = 1;
};

// Byte offset where the first ill-formed UTF-8 sequence starts (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or npos. Checked before parsing so the problem is
// reported where the bad sequence starts, not where the lexer happened to notice it.
std::size_t firstInvalidUtf8(const char *data, std::size_t size)
{
    std::size_t i = 0;
    while (i < size) {
        const auto lead = static_cast<unsigned char>(data[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char low = 0x80; // allowed range of the second byte
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
            length = 3;
        } else if (lead == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (lead == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            length = 4;
        } else if (lead == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return i;
        }
        if (size - i < length)
            return i;
        for (std::size_t k = 1; k < length; ++k) {
            const auto byte = static_cast<unsigned char>(data[i + k]);
            const unsigned char min = k == 1 ? low : 0x80;
            const unsigned char max = k == 1 ? high : 0xBF;
            if (byte < min || byte > max)
                return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

bool isNumberCharacter(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// nlohmann's message is "[json.exception.parse_error.101] parse error at line 1, column 4:
// syntax error while parsing value - ..."; the location is reported separately, keep the rest.
QString errorDetail(const char *what)
{
    const std::string_view text(what);
    const std::size_t column = text.find("column ");
    const std::size_t colon = column == std::string_view::npos ? text.find("] ") : text.find(": ", column);
    if (colon == std::string_view::npos)
        return QString::fromUtf8(what);
    const std::string_view rest = text.substr(colon + 2);
    return QString::fromUtf8(rest.data(), static_cast<qsizetype>(rest.size()));
}

// The SAX handler: builds the nlohmann::json value (as nlohmann's own DOM parser does, with a
// stack of open containers) and records the start position of every value and key.
class DocumentBuilder
{
public:
    DocumentBuilder(const char *data, std::size_t size, const char *const *consumed, int maxDepth,
                    JsonDocumentReader::Result &result)
        : m_data(data)
        , m_size(size)
        , m_consumed(consumed)
        , m_maxDepth(static_cast<std::size_t>(maxDepth))
        , m_lines(data, size)
        , m_result(result)
    {
    }

    bool null() { return addScalar(Json(nullptr), consumedOffset() - 4); }
    bool boolean(bool value) { return addScalar(Json(value), consumedOffset() - (value ? 4U : 5U)); }
    bool number_integer(Json::number_integer_t value) { return addScalar(Json(value), numberStart()); }
    bool number_unsigned(Json::number_unsigned_t value) { return addScalar(Json(value), numberStart()); }
    bool number_float(Json::number_float_t value, const Json::string_t &)
    {
        return addScalar(Json(value), numberStart());
    }
    bool string(Json::string_t &value) { return addScalar(Json(std::move(value)), stringStart()); }
    bool binary(Json::binary_t &) { return true; } // only binary formats produce it

    bool start_object(std::size_t) { return openContainer(Json::object(), false); }
    bool end_object() { return closeContainer(); }
    bool start_array(std::size_t) { return openContainer(Json::array(), true); }
    bool end_array() { return closeContainer(); }

    bool key(Json::string_t &name)
    {
        const TextPosition position = m_lines.at(stringStart());
        auto &object = m_frames.back().container->get_ref<Json::object_t &>();
        const auto [member, inserted] = object.try_emplace(std::move(name));
        if (!inserted) { // the later value wins, as with nlohmann's own parser
            m_result.duplicateKeys.append(
                {JsonDocumentReader::memberPath(m_path, member->first), member->first, position});
            member->second = Json();
        }
        // A std::map node does not move, so its address identifies the member from now on.
        m_member = &*member;
        m_result.document.keyPositions[&member->second] = position;
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const Json::exception &error)
    {
        // position counts the bytes read up to the end of the last token. When the lexer failed
        // inside a token, point at the byte where it failed; when the parser got a whole token it
        // did not expect ("unexpected ..."), point at the start of that token. (nlohmann's
        // last-token text is no help: it runs from the last string or number read.)
        const QString detail = errorDetail(error.what());
        std::size_t offset = position > 0 ? position - 1 : 0;
        if (detail.contains(QLatin1StringView("- unexpected end of input")))
            offset = m_size; // where more text was expected
        else if (detail.contains(QLatin1StringView("- unexpected ")) && offset < m_size)
            offset = tokenStart(offset);
        fail(offset, QCoreApplication::translate("JsonDocumentReader", "JSON syntax error: %1").arg(detail));
        return false;
    }

    void fail(std::size_t offset, const QString &message)
    {
        m_errorOffset = offset;
        m_result.errorPosition = m_lines.at(offset);
        m_result.errorPath = QString::fromStdString(m_path);
        m_result.errorMessage = message;
    }

    std::size_t errorOffset() const { return m_errorOffset; }

private:
    struct Frame {
        Json *container;
        bool isArray;
        std::vector<TextPosition> positions; // of an array's elements, in order
        std::size_t parentPathLength;
    };

    std::size_t consumedOffset() const { return static_cast<std::size_t>(*m_consumed - m_data); }

    // The lexer has read one character past a number (unless the text ended there).
    std::size_t numberStart() const
    {
        std::size_t end = consumedOffset();
        if (end > 0 && !isNumberCharacter(m_data[end - 1]))
            --end;
        return numberStartBefore(end);
    }

    std::size_t numberStartBefore(std::size_t end) const
    {
        while (end > 0 && isNumberCharacter(m_data[end - 1]))
            --end;
        return end;
    }

    // The lexer stopped on the closing quote.
    std::size_t stringStart() const { return openingQuote(consumedOffset() - 1); }

    // The first byte of the token whose last byte is at offset.
    std::size_t tokenStart(std::size_t offset) const
    {
        const char last = m_data[offset];
        if (last == '"')
            return openingQuote(offset);
        if (last >= '0' && last <= '9') // a number ends with a digit
            return numberStartBefore(offset + 1);
        std::size_t start = offset;
        while (start > 0 && m_data[start - 1] >= 'a' && m_data[start - 1] <= 'z') // true, false, null
            --start;
        return start;
    }

    // The opening quote of the string closed at offset: the first quote before it that is not
    // escaped, i.e. not preceded by an odd number of backslashes.
    std::size_t openingQuote(std::size_t closing) const
    {
        std::size_t i = closing;
        while (i > 0) {
            --i;
            if (m_data[i] != '"')
                continue;
            std::size_t backslashes = 0;
            while (backslashes < i && m_data[i - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return i;
        }
        return 0;
    }

    // Stores the value where it belongs and returns where it now lives. An array element may
    // still move while its array grows, so its position is recorded when the array is closed.
    Json *place(Json &&value, std::size_t start)
    {
        const TextPosition position = m_lines.at(start);
        JsonDocument &document = m_result.document;
        if (m_frames.empty()) {
            document.root = std::move(value);
            document.rootPosition = position;
            return &document.root;
        }
        if (Frame &frame = m_frames.back(); frame.isArray) {
            auto &array = frame.container->get_ref<Json::array_t &>();
            array.push_back(std::move(value));
            frame.positions.push_back(position);
            return &array.back();
        }
        Json *slot = &m_member->second;
        *slot = std::move(value);
        document.valuePositions[slot] = position;
        return slot;
    }

    bool addScalar(Json &&value, std::size_t start)
    {
        place(std::move(value), start);
        return true;
    }

    bool openContainer(Json &&empty, bool isArray)
    {
        const std::size_t start = consumedOffset() - 1; // just read the bracket
        if (m_frames.size() >= m_maxDepth) {
            fail(start, QCoreApplication::translate("JsonDocumentReader", "nesting deeper than %1 levels")
                            .arg(m_maxDepth));
            return false;
        }
        const std::size_t parentPathLength = m_path.size();
        if (m_frames.empty())
            m_path.assign(1, '$'); // not = "$": GCC 12 warns falsely (-Wrestrict)
        else if (m_frames.back().isArray)
            m_path = JsonDocumentReader::elementPath(m_path, m_frames.back().positions.size());
        else
            m_path = JsonDocumentReader::memberPath(m_path, m_member->first);
        Json *slot = place(std::move(empty), start);
        m_frames.push_back({slot, isArray, {}, parentPathLength});
        return true;
    }

    bool closeContainer()
    {
        Frame &frame = m_frames.back();
        if (frame.isArray) {
            // Complete now: its elements will not move again (moving an array moves only the
            // pointer to its storage).
            const auto &array = frame.container->get_ref<const Json::array_t &>();
            for (std::size_t i = 0; i < array.size(); ++i)
                m_result.document.valuePositions[&array[i]] = frame.positions[i];
        }
        m_path.resize(frame.parentPathLength);
        m_frames.pop_back();
        return true;
    }

    const char *m_data;
    std::size_t m_size;
    const char *const *m_consumed;
    std::size_t m_maxDepth;
    LineCounter m_lines;
    JsonDocumentReader::Result &m_result;
    std::vector<Frame> m_frames;
    std::string m_path; // of the innermost open container, for error messages
    Json::object_t::value_type *m_member = nullptr; // the member whose value comes next
    std::size_t m_errorOffset = 0;
};

} // namespace

TextPosition JsonDocument::valuePosition(const nlohmann::json &value) const
{
    if (&value == &root)
        return rootPosition;
    return valuePositions.value(&value);
}

TextPosition JsonDocument::keyPosition(const nlohmann::json &memberValue) const
{
    const auto it = keyPositions.constFind(&memberValue);
    return it == keyPositions.constEnd() ? valuePosition(memberValue) : *it;
}

JsonDocumentReader::Result JsonDocumentReader::read(const QByteArray &text, int maxDepth)
{
    Result result;
    const char *data = text.constData();
    auto size = static_cast<std::size_t>(text.size());
    if (std::string_view(data, size).substr(0, byteOrderMark.size()) == byteOrderMark) {
        data += byteOrderMark.size();
        size -= byteOrderMark.size();
    }

    const std::size_t invalid = firstInvalidUtf8(data, size);
    if (invalid != std::string_view::npos) {
        LineCounter lines(data, size);
        result.errorPosition = lines.at(invalid);
        result.errorMessage = QCoreApplication::translate(
                                  "JsonDocumentReader", "invalid UTF-8 (byte 0x%1); the file must be encoded in UTF-8")
                                  .arg(static_cast<unsigned char>(data[invalid]), 2, 16, QLatin1Char('0'));
        return result;
    }

    // About one value and one key every 20 bytes in a typical dataset.
    result.document.valuePositions.reserve(static_cast<qsizetype>(size / 20));
    result.document.keyPositions.reserve(static_cast<qsizetype>(size / 20));
    const char *consumed = data;
    DocumentBuilder builder(data, size, &consumed, maxDepth, result);
    try {
        result.ok = Json::sax_parse(CountingIterator(data, &consumed), CountingIterator(data + size, &consumed),
                                    &builder);
    } catch (const std::exception &error) {
        // Not expected from the SAX parser; memory exhaustion is the only plausible cause.
        result.ok = false;
        builder.fail(static_cast<std::size_t>(consumed - data),
                     QCoreApplication::translate("JsonDocumentReader", "cannot read the JSON text: %1")
                         .arg(QString::fromUtf8(error.what())));
    }
    // nlohmann's lexer takes a NUL byte for the end of the input and would accept "1\0garbage".
    // JSON has no place for one (in a string it must be written \u0000), so it is an error where
    // it stands, unless the text already went wrong before it.
    const auto *nul = static_cast<const char *>(std::memchr(data, 0, size));
    if (nul && (result.ok || builder.errorOffset() >= static_cast<std::size_t>(nul - data))) {
        result.ok = false;
        builder.fail(static_cast<std::size_t>(nul - data),
                     QCoreApplication::translate("JsonDocumentReader",
                                                 "JSON syntax error: a NUL character (U+0000) is not allowed here"));
    }
    if (!result.ok) {
        if (result.errorMessage.isEmpty()) {
            builder.fail(static_cast<std::size_t>(consumed - data),
                         QCoreApplication::translate("JsonDocumentReader", "cannot read the JSON text"));
        }
        result.document = JsonDocument();
        result.duplicateKeys.clear();
    }
    return result;
}

std::string JsonDocumentReader::memberPath(const std::string &parentPath, std::string_view key)
{
    auto isIdentifier = [](std::string_view name) {
        if (name.empty() || (name.front() >= '0' && name.front() <= '9'))
            return false;
        for (const char c : name) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
                return false;
        }
        return true;
    };
    std::string path = parentPath;
    if (isIdentifier(key)) {
        path += '.';
        path += key;
        return path;
    }
    path += "[\"";
    for (const char c : key) {
        if (c == '"' || c == '\\') {
            path += '\\';
            path += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            path += "\\u00";
            path += hex[(c >> 4) & 0xF];
            path += hex[c & 0xF];
        } else {
            path += c;
        }
    }
    path += "\"]";
    return path;
}

std::string JsonDocumentReader::elementPath(const std::string &parentPath, std::size_t index)
{
    std::string path = parentPath;
    path += '[';
    path += std::to_string(index);
    path += ']';
    return path;
}
