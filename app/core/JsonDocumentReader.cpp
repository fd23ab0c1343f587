#include "JsonDocumentReader.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <functional>
#include <iterator>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <unordered_set>
#include <utility>

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

// Byte offset where the first ill-formed UTF-8 sequence starts (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or npos. Checked before parsing so the problem is
// reported where the bad sequence starts, not where the lexer happened to notice it.
std::size_t firstInvalidUtf8(const char *data, std::size_t size)
{
    std::size_t i = 0;
    while (i < size) {
        // ASCII, eight bytes at a time: most of any dataset.
        while (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, data + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
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

// The name of the encoding when the text is UTF-16 or UTF-32, with or without a byte-order mark,
// or an empty string. Without a mark, JSON text starts with an ASCII character, so its encoding
// shows in where the first bytes are zero (the method of RFC 4627, section 3).
QString otherUnicodeEncoding(const char *data, std::size_t size)
{
    auto byte = [&](std::size_t i) { return i < size ? static_cast<unsigned char>(data[i]) : 0x100U; };
    const unsigned b0 = byte(0), b1 = byte(1), b2 = byte(2), b3 = byte(3);
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF)
        return QStringLiteral("UTF-32 (big-endian)");
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00)
        return QStringLiteral("UTF-32 (little-endian)");
    if (b0 == 0xFE && b1 == 0xFF)
        return QStringLiteral("UTF-16 (big-endian)");
    if (b0 == 0xFF && b1 == 0xFE)
        return QStringLiteral("UTF-16 (little-endian)");
    if (size >= 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0)
        return QStringLiteral("UTF-32 (big-endian)");
    if (size >= 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0)
        return QStringLiteral("UTF-32 (little-endian)");
    if (size >= 2 && b0 == 0 && b1 != 0 && b1 < 0x80)
        return QStringLiteral("UTF-16 (big-endian)");
    if (size >= 2 && b0 != 0 && b0 < 0x80 && b1 == 0)
        return QStringLiteral("UTF-16 (little-endian)");
    return {};
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

// Where PieceBuilder hands what it read: the consumer itself (DirectSink), or a relay to the
// consumer on another thread (PieceRelay). A piece is handed over by reference and may be taken:
// the builder clears whatever it finds in its place before it builds the next piece.
class PieceSink
{
public:
    virtual ~PieceSink() = default;
    virtual bool rootIsNotAnObject(JsonPiece &placeholder) = 0;
    virtual bool rootKey(const std::string &key, std::size_t offset, bool duplicate) = 0;
    virtual bool rootValue(const std::string &key, JsonPiece &piece) = 0;
    virtual bool listElement(const std::string &key, std::size_t index, JsonPiece &piece) = 0;
    virtual bool listEnd(const std::string &key, std::size_t offset, std::size_t count) = 0;
    virtual bool duplicateKey(const std::string &path, const std::string &key, std::size_t offset) = 0;
    virtual bool pieceTooLarge(const std::string &path, std::size_t offset) = 0;
};

class DirectSink final : public PieceSink
{
public:
    explicit DirectSink(JsonPieceConsumer &consumer)
        : m_consumer(consumer)
    {
    }

    bool rootIsNotAnObject(JsonPiece &placeholder) override { return m_consumer.rootIsNotAnObject(placeholder); }
    bool rootKey(const std::string &key, std::size_t offset, bool duplicate) override
    {
        return m_consumer.rootKey(key, offset, duplicate);
    }
    bool rootValue(const std::string &key, JsonPiece &piece) override { return m_consumer.rootValue(key, piece); }
    bool listElement(const std::string &key, std::size_t index, JsonPiece &piece) override
    {
        return m_consumer.listElement(key, index, piece);
    }
    bool listEnd(const std::string &key, std::size_t offset, std::size_t count) override
    {
        return m_consumer.listEnd(key, offset, count);
    }
    bool duplicateKey(const std::string &path, const std::string &key, std::size_t offset) override
    {
        return m_consumer.duplicateKey(path, key, offset);
    }
    bool pieceTooLarge(const std::string &path, std::size_t offset) override
    {
        return m_consumer.pieceTooLarge(path, offset);
    }

private:
    JsonPieceConsumer &m_consumer;
};

// Carries the builder's calls from the parsing thread to the consumer's thread, in order, in
// batches (one lock per batch, not per piece). The parser runs at most maxQueued batches ahead.
// Batches go back to the parser once delivered, with their pieces: the parser clears a piece
// when it reuses it, so a piece's memory is allocated and freed on the parsing thread, and what
// the consumer keeps it copies out of the piece, as it does without a relay.
class PieceRelay final : public PieceSink
{
public:
    explicit PieceRelay(JsonPieceConsumer &consumer)
        : m_consumer(consumer)
    {
    }

    // The parsing thread's side.
    bool rootIsNotAnObject(JsonPiece &placeholder) override
    {
        return push(Type::RootIsNotAnObject, {}, {}, 0, 0, false, &placeholder);
    }
    bool rootKey(const std::string &key, std::size_t offset, bool duplicate) override
    {
        return push(Type::RootKey, key, {}, 0, offset, duplicate, nullptr);
    }
    bool rootValue(const std::string &key, JsonPiece &piece) override
    {
        return push(Type::RootValue, key, {}, 0, 0, false, &piece);
    }
    bool listElement(const std::string &key, std::size_t index, JsonPiece &piece) override
    {
        return push(Type::ListElement, key, {}, index, 0, false, &piece);
    }
    bool listEnd(const std::string &key, std::size_t offset, std::size_t count) override
    {
        return push(Type::ListEnd, key, {}, count, offset, false, nullptr);
    }
    bool duplicateKey(const std::string &path, const std::string &key, std::size_t offset) override
    {
        return push(Type::DuplicateKey, key, path, 0, offset, false, nullptr);
    }
    bool pieceTooLarge(const std::string &path, std::size_t offset) override
    {
        return push(Type::PieceTooLarge, {}, path, 0, offset, false, nullptr);
    }

    // The parser is done: what it read so far goes to the consumer, unless it failed.
    void finish(bool handOver)
    {
        std::unique_lock lock(m_mutex);
        if (handOver && m_filling && m_filling->count > 0)
            m_full.push_back(std::move(m_filling));
        m_done = true;
        m_changed.notify_all();
    }

    // The consumer's side: hands everything over, in order, until the parser is done. Returns
    // false when the consumer asked to stop; the parser then stops at its next call.
    bool deliver()
    {
        for (;;) {
            std::unique_ptr<Batch> batch;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_full.empty() || m_done; });
                if (m_full.empty())
                    return true;
                batch = std::move(m_full.front());
                m_full.pop_front();
                m_changed.notify_all(); // room for the parser
            }
            for (std::size_t i = 0; i < batch->count; ++i) {
                const Event &event = batch->events[i];
                m_position = hasPiece(event.type) ? event.piece.rootOffset() : event.offset;
                if (!dispatch(event)) {
                    stop();
                    return false;
                }
            }
            batch->count = 0;
            std::unique_lock lock(m_mutex);
            m_free.push_back(std::move(batch));
        }
    }

    // Where the text of the last call handed over starts.
    std::size_t position() const { return m_position; }

    // Makes the parser stop at its next call (the consumer stopped, or failed).
    void stop()
    {
        std::unique_lock lock(m_mutex);
        m_stop = true;
        m_changed.notify_all();
    }

private:
    enum class Type { RootIsNotAnObject, RootKey, RootValue, ListElement, ListEnd, DuplicateKey, PieceTooLarge };
    struct Event {
        Type type = Type::RootKey;
        bool duplicate = false;
        std::size_t number = 0; // an element's index, or a list's count
        std::size_t offset = 0;
        std::string key;
        std::string path;
        JsonPiece piece;
    };
    struct Batch {
        std::vector<Event> events;
        std::size_t count = 0;
    };
    static bool hasPiece(Type type)
    {
        return type == Type::RootIsNotAnObject || type == Type::RootValue || type == Type::ListElement;
    }
    static constexpr std::size_t batchSize = 128;
    static constexpr std::size_t maxQueued = 8;

    bool push(Type type, const std::string &key, const std::string &path, std::size_t number, std::size_t offset,
              bool duplicate, JsonPiece *piece)
    {
        if (!m_filling && !startBatch())
            return false;
        if (m_filling->count == m_filling->events.size())
            m_filling->events.emplace_back();
        Event &event = m_filling->events[m_filling->count++];
        event.type = type;
        event.duplicate = duplicate;
        event.number = number;
        event.offset = offset;
        event.key = key;
        event.path = path;
        if (piece)
            std::swap(event.piece, *piece);
        return m_filling->count < batchSize || sendBatch();
    }

    // A batch to fill: one the consumer is done with, or a new one.
    bool startBatch()
    {
        std::unique_lock lock(m_mutex);
        if (m_stop)
            return false;
        if (!m_free.empty()) {
            m_filling = std::move(m_free.back());
            m_free.pop_back();
        } else {
            lock.unlock();
            m_filling = std::make_unique<Batch>();
            m_filling->events.reserve(batchSize);
        }
        return true;
    }

    bool sendBatch()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_full.size() < maxQueued || m_stop; });
        if (m_stop)
            return false;
        m_full.push_back(std::move(m_filling));
        m_changed.notify_all();
        return true;
    }

    bool dispatch(const Event &event)
    {
        switch (event.type) {
        case Type::RootIsNotAnObject:
            return m_consumer.rootIsNotAnObject(event.piece);
        case Type::RootKey:
            return m_consumer.rootKey(event.key, event.offset, event.duplicate);
        case Type::RootValue:
            return m_consumer.rootValue(event.key, event.piece);
        case Type::ListElement:
            return m_consumer.listElement(event.key, event.number, event.piece);
        case Type::ListEnd:
            return m_consumer.listEnd(event.key, event.offset, event.number);
        case Type::DuplicateKey:
            return m_consumer.duplicateKey(event.path, event.key, event.offset);
        case Type::PieceTooLarge:
            return m_consumer.pieceTooLarge(event.path, event.offset);
        }
        return true;
    }

    JsonPieceConsumer &m_consumer;
    std::size_t m_position = 0; // the consumer's thread's own
    std::unique_ptr<Batch> m_filling; // the parsing thread's own

    std::mutex m_mutex; // guards what follows
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_full;
    std::vector<std::unique_ptr<Batch>> m_free;
    bool m_done = false;
    bool m_stop = false;
};

// The SAX handler. Outside pieces it only follows the structure (the top-level object, the arrays
// read element by element); inside a piece it appends every value to the piece, with the offset
// where it (and its key) starts, keeping a stack of the containers still open.
class PieceBuilder
{
public:
    // textFrom: the length from which a member string is also made a QByteArray (see JsonPiece).
    PieceBuilder(const char *data, std::size_t size, const char *const *consumed, int maxDepth, std::size_t textFrom,
                 PieceSink &sink, JsonDocumentReader::Result &result)
        : m_data(data)
        , m_size(size)
        , m_consumed(consumed)
        , m_maxDepth(static_cast<std::size_t>(maxDepth))
        , m_textFrom(textFrom)
        , m_sink(sink)
        , m_result(result)
    {
    }

    bool null() { return scalar(makeNode(Type::Null), consumedOffset() - 4); }
    bool boolean(bool value)
    {
        Node node = makeNode(Type::Boolean);
        node.boolean = value;
        return scalar(node, consumedOffset() - (value ? 4U : 5U));
    }
    bool number_integer(Json::number_integer_t value)
    {
        Node node = makeNode(Type::Integer);
        node.number.integer = value;
        return scalar(node, numberStart());
    }
    bool number_unsigned(Json::number_unsigned_t value)
    {
        Node node = makeNode(Type::Unsigned);
        node.number.unsignedInteger = value;
        return scalar(node, numberStart());
    }
    bool number_float(Json::number_float_t value, const Json::string_t &)
    {
        Node node = makeNode(Type::Float);
        node.number.real = value;
        return scalar(node, numberStart());
    }
    bool string(Json::string_t &value) { return scalar(makeNode(Type::String), stringStart(), &value); }
    bool binary(Json::binary_t &) { return true; } // only binary formats produce it

    bool start_object(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(false); }
    bool end_array() { return close(); }

    bool key(Json::string_t &name)
    {
        const std::size_t offset = stringStart();
        if (m_skipDepth > 0)
            return true;
        if (!m_frames.empty()) {
            m_keyOffset = offset;
            if (const std::uint32_t earlier = earlierMember(m_frames.back(), name)) {
                // The later value wins, as with nlohmann's own parser.
                JsonPiece::Node &member = m_piece.node(earlier);
                member.replaced = true;
                --m_piece.node(m_frames.back().index).count;
                m_key = member.key;
                m_keySize = member.keySize;
                if (!m_sink.duplicateKey(JsonDocumentReader::memberPath(path(), name), name, offset))
                    return stop();
            } else {
                m_key = m_piece.appendChars(name);
                m_keySize = name.size();
            }
            return true;
        }
        // A key of the top-level object.
        const bool duplicate = !m_rootKeys.insert(name).second;
        m_rootKey = name;
        return m_sink.rootKey(m_rootKey, offset, duplicate) || stop();
    }

    bool parse_error(std::size_t position, const std::string &, const Json::exception &error)
    {
        // position counts the bytes read up to the end of the last token. When the lexer failed
        // inside a token, point at the byte where it failed; when the parser got a whole token it
        // did not expect ("unexpected ..."), point at the start of that token; a number too large
        // to represent, at its first character. (nlohmann's last-token text is no help: it runs
        // from the last string or number read.)
        const QString detail = errorDetail(error.what());
        std::size_t offset = position > 0 ? position - 1 : 0;
        if (detail.contains(QLatin1StringView("- unexpected end of input")))
            offset = m_size; // where more text was expected
        else if (detail.contains(QLatin1StringView("number overflow")))
            offset = numberStartBefore(numberEnd(std::min(offset + 1, m_size)));
        else if (detail.contains(QLatin1StringView("- unexpected ")) && offset < m_size)
            offset = tokenStart(offset);
        fail(offset, QCoreApplication::translate("JsonDocumentReader", "JSON syntax error: %1").arg(detail));
        return false;
    }

    void fail(std::size_t offset, const QString &message)
    {
        m_result.errorOffset = offset;
        m_result.errorPath = QString::fromStdString(path());
        m_result.errorMessage = message;
    }

private:
    using Type = JsonValue::Type;
    using Node = JsonPiece::Node;

    // Objects with more members than this find a repeated key through a hash rather than by
    // looking at every member before.
    static constexpr std::uint32_t hashedFrom = 32;

    struct Frame {
        std::uint32_t index; // the container's node
        bool isArray;
        std::size_t parentSteps; // m_steps.size() outside this container
        std::unique_ptr<std::unordered_map<std::string, std::uint32_t>> keys; // a large object's
    };

    // One step of the path to the innermost open container: the top-level key, an object's key
    // (in the piece's characters), or an index into an array. Turned into text only for a
    // message, so reading allocates no path.
    struct Step {
        enum Kind : std::uint8_t { RootKey, Member, Element } kind;
        std::size_t from; // a member's key, or an element's index
        std::size_t size;
    };

    static Node makeNode(Type type)
    {
        Node node;
        node.type = type;
        return node;
    }

    std::string path() const
    {
        std::string text(1, '$');
        for (const Step &step : m_steps) {
            switch (step.kind) {
            case Step::RootKey:
                text = JsonDocumentReader::memberPath(text, m_rootKey);
                break;
            case Step::Member:
                text = JsonDocumentReader::memberPath(text, m_piece.chars(step.from, step.size));
                break;
            case Step::Element:
                text = JsonDocumentReader::elementPath(text, step.from);
                break;
            }
        }
        return text;
    }

    bool stop()
    {
        m_result.stopped = true;
        return false;
    }

    // The member of the open object with this key, if the key came before (0: none; no member
    // is the piece's first node). The value that follows the key will be the next node.
    std::uint32_t earlierMember(Frame &frame, const std::string &key)
    {
        const std::uint32_t next = m_piece.nodeCount();
        if (frame.keys) {
            const auto [it, inserted] = frame.keys->try_emplace(key, next);
            if (inserted)
                return 0;
            return std::exchange(it->second, next);
        }
        std::uint32_t members = 0;
        for (std::uint32_t i = frame.index + 1; i < next; i = m_piece.node(i).end, ++members) {
            const Node &member = m_piece.node(i);
            if (!member.replaced && m_piece.chars(member.key, member.keySize) == key)
                return i;
        }
        if (members + 1 >= hashedFrom) {
            frame.keys = std::make_unique<std::unordered_map<std::string, std::uint32_t>>();
            for (std::uint32_t i = frame.index + 1; i < next; i = m_piece.node(i).end) {
                const Node &member = m_piece.node(i);
                if (!member.replaced)
                    frame.keys->emplace(std::string(m_piece.chars(member.key, member.keySize)), i);
            }
            frame.keys->emplace(key, next);
        }
        return 0;
    }

    std::size_t consumedOffset() const { return static_cast<std::size_t>(*m_consumed - m_data); }

    // The lexer has read one character past a number (unless the text ended there).
    std::size_t numberStart() const { return numberStartBefore(numberEnd(consumedOffset())); }

    std::size_t numberEnd(std::size_t end) const
    {
        if (end > 0 && end <= m_size && !isNumberCharacter(m_data[end - 1]))
            --end;
        return end;
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

    // Starts a piece for the value that begins here (the current top-level key's value, or the
    // current element of a streamed array).
    void startPiece()
    {
        m_piece.clear();
        m_pieceValues = 0;
    }

    // The piece is complete: hand it over.
    bool finishPiece()
    {
        bool go = true;
        if (m_listOpen) {
            go = m_sink.listElement(m_rootKey, m_listCount, m_piece);
            ++m_listCount;
        } else {
            go = m_sink.rootValue(m_rootKey, m_piece);
        }
        return go || stop();
    }

    // Counts a value of the piece; past maxPieceValues the rest of the piece is skipped.
    bool countValue()
    {
        if (++m_pieceValues <= JsonDocumentReader::maxPieceValues)
            return true;
        if (!m_frames.empty())
            m_steps.resize(m_frames.front().parentSteps + 1); // the path of the piece itself
        if (!m_sink.pieceTooLarge(path(), m_piece.rootOffset()))
            return stop();
        m_skipDepth = m_frames.size();
        m_skippingPiece = true;
        if (!m_frames.empty())
            m_steps.resize(m_frames.front().parentSteps);
        m_frames.clear();
        m_piece.clear();
        return true;
    }

    // Appends the value to the piece, inside the innermost open container, and returns its index.
    // text: a string's text.
    std::uint32_t place(Node node, std::size_t offset, const std::string *text = nullptr)
    {
        node.offset = offset;
        node.keyOffset = offset;
        node.end = node.type == Type::Array || node.type == Type::Object ? 0 : m_piece.nodeCount() + 1;
        bool member = false;
        if (!m_frames.empty()) {
            const Frame &frame = m_frames.back();
            member = !frame.isArray;
            if (member) {
                node.key = m_key;
                node.keySize = m_keySize;
                node.keyOffset = m_keyOffset;
            }
            ++m_piece.node(frame.index).count;
        }
        if (text) {
            if (member && text->size() >= m_textFrom) {
                node.text = m_piece.appendText(*text);
            } else {
                node.chars = m_piece.appendChars(*text);
                node.size = text->size();
            }
        }
        return m_piece.append(node);
    }

    bool scalar(const Node &node, std::size_t offset, const std::string *text = nullptr)
    {
        if (m_skipDepth > 0)
            return true;
        if (m_depth == 0) { // the whole document is one scalar
            startPiece();
            place(node, offset, text);
            return m_sink.rootIsNotAnObject(m_piece) || stop();
        }
        if (m_frames.empty()) { // a piece that is one scalar
            startPiece();
            place(node, offset, text);
            return finishPiece();
        }
        if (!countValue())
            return false;
        if (m_skipDepth == 0)
            place(node, offset, text);
        return true;
    }

    bool open(bool isObject)
    {
        const std::size_t offset = consumedOffset() - 1; // just read the bracket
        if (m_depth >= m_maxDepth) {
            fail(offset, QCoreApplication::translate("JsonDocumentReader", "nesting deeper than %1 levels")
                             .arg(m_maxDepth));
            return false;
        }
        ++m_depth;
        if (m_skipDepth > 0) {
            ++m_skipDepth;
            return true;
        }
        if (m_depth == 1) {
            if (isObject)
                return true;
            startPiece();
            m_piece.startContainer(Type::Array, offset);
            m_skipDepth = 1;
            return m_sink.rootIsNotAnObject(m_piece) || stop();
        }
        // An array that is the value of a top-level key read element by element.
        if (m_frames.empty() && m_depth == 2 && !isObject && JsonDocumentReader::isStreamedKey(m_rootKey)) {
            m_listOpen = true;
            m_listCount = 0;
            m_listOffset = offset;
            m_steps.push_back({Step::RootKey, 0, 0});
            return true;
        }
        const std::size_t parentSteps = m_steps.size();
        if (m_frames.empty()) {
            startPiece();
            m_steps.push_back(m_listOpen ? Step{Step::Element, m_listCount, 0} : Step{Step::RootKey, 0, 0});
        } else {
            if (!countValue())
                return false;
            if (m_skipDepth > 0) { // this container made the piece too large
                ++m_skipDepth;
                return true;
            }
            const Frame &frame = m_frames.back();
            m_steps.push_back(frame.isArray ? Step{Step::Element, m_piece.node(frame.index).count, 0}
                                            : Step{Step::Member, m_key, m_keySize});
        }
        const std::uint32_t index = place(makeNode(isObject ? Type::Object : Type::Array), offset);
        m_frames.push_back({index, !isObject, parentSteps, nullptr});
        return true;
    }

    bool close()
    {
        --m_depth;
        if (m_skipDepth > 0) {
            if (--m_skipDepth == 0 && m_skippingPiece) {
                m_skippingPiece = false;
                if (m_listOpen)
                    ++m_listCount;
            }
            return true;
        }
        if (!m_frames.empty()) {
            const Frame &frame = m_frames.back();
            m_piece.node(frame.index).end = m_piece.nodeCount();
            m_steps.resize(frame.parentSteps);
            m_frames.pop_back();
            return !m_frames.empty() || finishPiece();
        }
        if (m_listOpen && m_depth == 1) {
            m_listOpen = false;
            m_steps.clear();
            return m_sink.listEnd(m_rootKey, m_listOffset, m_listCount) || stop();
        }
        return true;
    }

    const char *m_data;
    std::size_t m_size;
    const char *const *m_consumed;
    std::size_t m_maxDepth;
    std::size_t m_textFrom;
    PieceSink &m_sink;
    JsonDocumentReader::Result &m_result;

    std::size_t m_depth = 0; // containers open
    std::string m_rootKey; // the top-level key whose value is being read
    std::unordered_set<std::string> m_rootKeys;
    bool m_listOpen = false; // inside a streamed top-level array
    std::size_t m_listCount = 0;
    std::size_t m_listOffset = 0;
    std::size_t m_skipDepth = 0; // > 0: inside a container that is not built
    bool m_skippingPiece = false;

    JsonPiece m_piece;
    std::size_t m_pieceValues = 0;
    std::vector<Frame> m_frames;
    std::vector<Step> m_steps; // the path of the innermost open container
    // The key of the member whose value comes next, in the piece's characters.
    std::size_t m_key = 0;
    std::size_t m_keySize = 0;
    std::size_t m_keyOffset = 0;
};

// Counts the calls that reach a sink, or passes over the first ones: a text read again after the
// fast parser gave up makes the same first calls again, and the consumer must see each once.
class CallCounter final : public PieceSink
{
public:
    CallCounter(PieceSink &sink, std::size_t skip)
        : m_sink(sink)
        , m_skip(skip)
    {
    }
    std::size_t calls() const { return m_calls; }

    bool rootIsNotAnObject(JsonPiece &placeholder) override { return pass() || m_sink.rootIsNotAnObject(placeholder); }
    bool rootKey(const std::string &key, std::size_t offset, bool duplicate) override
    {
        return pass() || m_sink.rootKey(key, offset, duplicate);
    }
    bool rootValue(const std::string &key, JsonPiece &piece) override { return pass() || m_sink.rootValue(key, piece); }
    bool listElement(const std::string &key, std::size_t index, JsonPiece &piece) override
    {
        return pass() || m_sink.listElement(key, index, piece);
    }
    bool listEnd(const std::string &key, std::size_t offset, std::size_t count) override
    {
        return pass() || m_sink.listEnd(key, offset, count);
    }
    bool duplicateKey(const std::string &path, const std::string &key, std::size_t offset) override
    {
        return pass() || m_sink.duplicateKey(path, key, offset);
    }
    bool pieceTooLarge(const std::string &path, std::size_t offset) override
    {
        return pass() || m_sink.pieceTooLarge(path, offset);
    }

private:
    // Whether this call is one to pass over.
    bool pass() { return ++m_calls <= m_skip; }

    PieceSink &m_sink;
    std::size_t m_skip;
    std::size_t m_calls = 0;
};

// Reads JSON text as nlohmann's SAX parser does: it makes the same calls, with the same values, and
// leaves `consumed` where nlohmann's lexer would be at each call (just past the token, plus the
// one character a number is read past). It is several times faster, because it takes a string's
// characters a run at a time rather than one by one. It reads valid JSON only: at the first
// thing it does not expect it gives up, and nlohmann's parser reads the text again to find and
// describe the error. Invalid UTF-8 and NUL bytes are found before parsing (see read()).
template<typename Handler>
class FastParser
{
public:
    enum class Outcome { Done, Stopped, GaveUp };

    FastParser(const char *begin, const char *end, const char **consumed, Handler &handler)
        : m_at(begin)
        , m_end(end)
        , m_consumed(consumed)
        , m_handler(handler)
    {
    }

    Outcome run()
    {
        if (std::string_view(m_at, std::size_t(m_end - m_at)).substr(0, byteOrderMark.size()) == byteOrderMark)
            m_at += byteOrderMark.size();
        skipSpace();
        const Outcome outcome = value();
        if (outcome != Outcome::Done)
            return outcome;
        skipSpace();
        return m_at == m_end ? Outcome::Done : Outcome::GaveUp;
    }

private:
    static Outcome go(bool handlerGoesOn) { return handlerGoesOn ? Outcome::Done : Outcome::Stopped; }

    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    // Past a token that ends here.
    void consumedUpTo(const char *position) { *m_consumed = position; }

    Outcome value()
    {
        if (m_at == m_end)
            return Outcome::GaveUp;
        switch (*m_at) {
        case '{':
            return object();
        case '[':
            return array();
        case '"':
            if (!string())
                return Outcome::GaveUp;
            return go(m_handler.string(m_string));
        case 't':
            return literal("true") ? go(m_handler.boolean(true)) : Outcome::GaveUp;
        case 'f':
            return literal("false") ? go(m_handler.boolean(false)) : Outcome::GaveUp;
        case 'n':
            return literal("null") ? go(m_handler.null()) : Outcome::GaveUp;
        default:
            return number();
        }
    }

    bool literal(std::string_view word)
    {
        if (std::size_t(m_end - m_at) < word.size() || std::string_view(m_at, word.size()) != word)
            return false;
        m_at += word.size();
        consumedUpTo(m_at);
        return true;
    }

    Outcome object()
    {
        consumedUpTo(++m_at);
        if (!m_handler.start_object(std::size_t(-1)))
            return Outcome::Stopped;
        skipSpace();
        if (m_at < m_end && *m_at == '}') {
            consumedUpTo(++m_at);
            return go(m_handler.end_object());
        }
        for (;;) {
            if (m_at == m_end || *m_at != '"' || !string())
                return Outcome::GaveUp;
            if (!m_handler.key(m_string))
                return Outcome::Stopped;
            skipSpace();
            if (m_at == m_end || *m_at != ':')
                return Outcome::GaveUp;
            ++m_at;
            skipSpace();
            if (const Outcome outcome = value(); outcome != Outcome::Done)
                return outcome;
            if (const Next after = next('}'); after != Next::More)
                return after == Next::Closed ? go(m_handler.end_object()) : Outcome::GaveUp;
        }
    }

    Outcome array()
    {
        consumedUpTo(++m_at);
        if (!m_handler.start_array(std::size_t(-1)))
            return Outcome::Stopped;
        skipSpace();
        if (m_at < m_end && *m_at == ']') {
            consumedUpTo(++m_at);
            return go(m_handler.end_array());
        }
        for (;;) {
            if (const Outcome outcome = value(); outcome != Outcome::Done)
                return outcome;
            if (const Next after = next(']'); after != Next::More)
                return after == Next::Closed ? go(m_handler.end_array()) : Outcome::GaveUp;
        }
    }

    // After a member or an element: a comma (more to come), the container's closing bracket, or
    // anything else (not JSON).
    enum class Next { More, Closed, Invalid };
    Next next(char closing)
    {
        skipSpace();
        if (m_at == m_end)
            return Next::Invalid;
        if (*m_at == closing) {
            consumedUpTo(++m_at);
            return Next::Closed;
        }
        if (*m_at != ',')
            return Next::Invalid;
        ++m_at;
        skipSpace();
        return Next::More;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Four hex digits after "\u", or -1.
    long codeUnit()
    {
        if (m_end - m_at < 4)
            return -1;
        long unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_at[i]);
            if (digit < 0)
                return -1;
            unit = unit * 16 + digit;
        }
        m_at += 4;
        return unit;
    }

    void appendUtf8(char32_t c)
    {
        if (c < 0x80) {
            m_string += char(c);
        } else if (c < 0x800) {
            m_string += char(0xC0 | (c >> 6));
            m_string += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            m_string += char(0xE0 | (c >> 12));
            m_string += char(0x80 | ((c >> 6) & 0x3F));
            m_string += char(0x80 | (c & 0x3F));
        } else {
            m_string += char(0xF0 | (c >> 18));
            m_string += char(0x80 | ((c >> 12) & 0x3F));
            m_string += char(0x80 | ((c >> 6) & 0x3F));
            m_string += char(0x80 | (c & 0x3F));
        }
    }

    // Reads the string that starts at the quote here into m_string.
    bool string()
    {
        m_string.clear();
        ++m_at;
        for (;;) {
            const char *run = m_at;
            while (m_at < m_end && *m_at != '"' && *m_at != '\\' && static_cast<unsigned char>(*m_at) >= 0x20)
                ++m_at;
            m_string.append(run, std::size_t(m_at - run));
            if (m_at == m_end || static_cast<unsigned char>(*m_at) < 0x20)
                return false;
            if (*m_at == '"') {
                consumedUpTo(++m_at);
                return true;
            }
            if (++m_at == m_end) // past the backslash
                return false;
            const char escaped = *m_at++;
            switch (escaped) {
            case '"':
            case '\\':
            case '/':
                m_string += escaped;
                break;
            case 'b':
                m_string += '\b';
                break;
            case 'f':
                m_string += '\f';
                break;
            case 'n':
                m_string += '\n';
                break;
            case 'r':
                m_string += '\r';
                break;
            case 't':
                m_string += '\t';
                break;
            case 'u': {
                const long unit = codeUnit();
                if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
                    return false;
                if (unit >= 0xD800 && unit <= 0xDBFF) { // a surrogate pair
                    if (m_end - m_at < 2 || m_at[0] != '\\' || m_at[1] != 'u')
                        return false;
                    m_at += 2;
                    const long low = codeUnit();
                    if (low < 0xDC00 || low > 0xDFFF)
                        return false;
                    appendUtf8(char32_t(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)));
                } else {
                    appendUtf8(char32_t(unit));
                }
                break;
            }
            default:
                return false;
            }
        }
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, as an integer when it is one and fits,
    // as nlohmann's lexer does.
    Outcome number()
    {
        const char *start = m_at;
        const char *p = m_at;
        if (p < m_end && *p == '-')
            ++p;
        if (p == m_end || !isDigit(*p))
            return Outcome::GaveUp;
        if (*p == '0')
            ++p;
        else
            while (p < m_end && isDigit(*p))
                ++p;
        bool isInteger = true;
        if (p < m_end && *p == '.') {
            isInteger = false;
            if (++p == m_end || !isDigit(*p))
                return Outcome::GaveUp;
            while (p < m_end && isDigit(*p))
                ++p;
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            isInteger = false;
            if (++p < m_end && (*p == '+' || *p == '-'))
                ++p;
            if (p == m_end || !isDigit(*p))
                return Outcome::GaveUp;
            while (p < m_end && isDigit(*p))
                ++p;
        }
        m_at = p;
        // nlohmann's lexer reads one character past a number, unless the text ends there.
        consumedUpTo(p < m_end ? p + 1 : p);
        if (isInteger) {
            if (*start == '-') {
                std::int64_t value = 0;
                if (const auto parsed = std::from_chars(start, p, value); parsed.ec == std::errc() && parsed.ptr == p)
                    return go(m_handler.number_integer(value));
            } else {
                std::uint64_t value = 0;
                if (const auto parsed = std::from_chars(start, p, value); parsed.ec == std::errc() && parsed.ptr == p)
                    return go(m_handler.number_unsigned(value));
            }
        }
        double value = 0;
        const auto parsed = std::from_chars(start, p, value);
        if (parsed.ec != std::errc() || parsed.ptr != p || !std::isfinite(value))
            return Outcome::GaveUp; // out of range: nlohmann's parser says how
        return go(m_handler.number_float(value, m_string));
    }

    const char *m_at;
    const char *m_end;
    const char **m_consumed;
    Handler &m_handler;
    std::string m_string; // the last string read, reused
};

// The message for an exception while reading: memory exhaustion is the only plausible one.
QString readFailure(const char *what)
{
    return QCoreApplication::translate("JsonDocumentReader", "cannot read the JSON text: %1").arg(QString::fromUtf8(what));
}

// How a text is parsed: read()'s arguments.
struct Settings {
    int maxDepth;
    JsonDocumentReader::Parser parser;
    std::size_t textFrom; // see PieceBuilder
};

// Parses the text up to end (where a NUL byte, at nul, cut it short) and hands it to sink.
JsonDocumentReader::Result parse(const char *data, std::size_t size, std::size_t end, const char *nul,
                                 const Settings &settings, PieceSink &sink)
{
    JsonDocumentReader::Result result;
    // The lexer skips one byte-order mark itself; given the text after it, it would skip a second
    // one too, and accept a text that nlohmann::json::accept() and every other reader reject.
    const char *consumed = data;
    CallCounter counter(sink, 0);
    std::optional<CallCounter> skipper;
    std::optional<PieceBuilder> builder;
    try {
        std::size_t calls = 0;
        bool gaveUp = settings.parser == JsonDocumentReader::Parser::Nlohmann;
        if (!gaveUp) {
            builder.emplace(data, size, &consumed, settings.maxDepth, settings.textFrom, counter, result);
            FastParser<PieceBuilder> fast(data, data + end, &consumed, *builder);
            const auto outcome = fast.run();
            result.ok = outcome == FastParser<PieceBuilder>::Outcome::Done;
            gaveUp = outcome == FastParser<PieceBuilder>::Outcome::GaveUp;
            calls = counter.calls();
        }
        if (gaveUp) {
            // Read again by nlohmann's parser, which makes the same calls up to the error: the
            // consumer has seen the first ones already.
            result = {};
            result.readAgain = settings.parser == JsonDocumentReader::Parser::Fast;
            consumed = data;
            skipper.emplace(sink, calls);
            builder.emplace(data, size, &consumed, settings.maxDepth, settings.textFrom, *skipper, result);
            result.ok = Json::sax_parse(CountingIterator(data, &consumed), CountingIterator(data + end, &consumed),
                                        &*builder);
        }
    } catch (const std::exception &error) {
        // Memory exhaustion is the only plausible cause.
        result.ok = false;
        result.stopped = false;
        if (builder)
            builder->fail(static_cast<std::size_t>(consumed - data), readFailure(error.what()));
    }
    if (!builder) // nothing could be read: a failure to allocate the builder itself
        return result;
    if (nul && !result.stopped && (result.ok || result.errorOffset >= end)) {
        result.ok = false;
        builder->fail(end, QCoreApplication::translate("JsonDocumentReader",
                                                      "JSON syntax error: a NUL character (U+0000) is not allowed here"));
    }
    if (result.stopped)
        result.ok = false;
    else if (!result.ok && result.errorMessage.isEmpty())
        builder->fail(static_cast<std::size_t>(consumed - data),
                      QCoreApplication::translate("JsonDocumentReader", "cannot read the JSON text"));
    return result;
}

} // namespace

TextPositions::TextPositions(const char *data, std::size_t size)
    : m_data(data)
    , m_size(size)
{
}

// Moves position over the byte at i. A UTF-8 byte-order mark at the start is no character an
// editor shows, so it takes no column.
void TextPositions::advance(TextPosition &position, std::size_t i) const
{
    const auto byte = static_cast<unsigned char>(m_data[i]);
    if (byte == '\n') {
        if (i == 0 || m_data[i - 1] != '\r') // CRLF is one line end, counted at the CR
            ++position.line;
        position.column = 1;
    } else if (byte == '\r') {
        ++position.line;
        position.column = 1;
    } else if ((byte & 0xC0) != 0x80 && !(i == 0 && m_size >= 3 && std::memcmp(m_data, "\xEF\xBB\xBF", 3) == 0)) {
        ++position.column; // not a UTF-8 continuation byte, nor the mark
    }
}

void TextPositions::indexUpTo(std::size_t offset)
{
    // Only as far as asked: a file that stopped early is not read to its end.
    const std::size_t end = std::min(m_size, (offset / blockSize + 1) * blockSize);
    for (; m_scanned < end; ++m_scanned) {
        if (m_scanned % blockSize == 0)
            m_blockStarts.push_back(m_scanPosition);
        advance(m_scanPosition, m_scanned);
    }
    if (m_blockStarts.empty())
        m_blockStarts.push_back(m_scanPosition);
}

TextPosition TextPositions::at(std::size_t offset)
{
    offset = std::min(offset, m_size);
    indexUpTo(offset);
    const std::size_t block = std::min(offset / blockSize, m_blockStarts.size() - 1);
    TextPosition position = m_blockStarts[block];
    for (std::size_t i = block * blockSize; i < offset; ++i)
        advance(position, i);
    return position;
}

JsonValue::Type JsonValue::type() const
{
    return m_piece->at(m_index).type;
}

std::size_t JsonValue::offset() const
{
    return m_piece->at(m_index).offset;
}

std::size_t JsonValue::keyOffset() const
{
    return m_piece->at(m_index).keyOffset;
}

std::string_view JsonValue::key() const
{
    const JsonPiece::Node &node = m_piece->at(m_index);
    return m_piece->chars(node.key, node.keySize);
}

bool JsonValue::boolean() const
{
    return m_piece->at(m_index).boolean;
}

std::int64_t JsonValue::integer() const
{
    return m_piece->at(m_index).number.integer;
}

std::uint64_t JsonValue::unsignedInteger() const
{
    return m_piece->at(m_index).number.unsignedInteger;
}

double JsonValue::real() const
{
    return m_piece->at(m_index).number.real;
}

std::string_view JsonValue::string() const
{
    const JsonPiece::Node &node = m_piece->at(m_index);
    if (node.text >= 0) {
        const QByteArray &text = m_piece->m_texts[static_cast<std::size_t>(node.text)];
        return {text.constData(), static_cast<std::size_t>(text.size())};
    }
    return m_piece->chars(node.chars, node.size);
}

QByteArray JsonValue::text() const
{
    const JsonPiece::Node &node = m_piece->at(m_index);
    if (node.text >= 0)
        return m_piece->m_texts[static_cast<std::size_t>(node.text)];
    const std::string_view utf8 = string();
    return QByteArray(utf8.data(), qsizetype(utf8.size()));
}

std::size_t JsonValue::size() const
{
    return m_piece->at(m_index).count;
}

JsonValue JsonValue::find(std::string_view key) const
{
    if (type() != Type::Object)
        return {};
    for (const JsonValue member : children()) {
        if (member.key() == key)
            return member;
    }
    return {};
}

JsonValue::Children JsonValue::children() const
{
    const JsonPiece::Node &node = m_piece->at(m_index);
    if (node.type != Type::Array && node.type != Type::Object)
        return {{m_piece, 0, 0}, {m_piece, 0, 0}};
    return {{m_piece, m_index + 1, node.end}, {m_piece, node.end, node.end}};
}

JsonValue::Iterator &JsonValue::Iterator::operator++()
{
    m_index = m_piece->at(m_index).end;
    skipReplaced();
    return *this;
}

void JsonValue::Iterator::skipReplaced()
{
    while (m_index < m_end && m_piece->at(m_index).replaced)
        m_index = m_piece->at(m_index).end;
}

void JsonPiece::clear()
{
    m_nodes.clear();
    m_chars.clear();
    m_texts.clear();
}

std::uint32_t JsonPiece::append(const Node &node)
{
    m_nodes.push_back(node);
    return std::uint32_t(m_nodes.size() - 1);
}

std::size_t JsonPiece::appendChars(std::string_view utf8)
{
    const std::size_t from = m_chars.size();
    m_chars.append(utf8);
    return from;
}

std::int32_t JsonPiece::appendText(std::string_view utf8)
{
    m_texts.emplace_back(utf8.data(), qsizetype(utf8.size()));
    return std::int32_t(m_texts.size() - 1);
}

void JsonPiece::startContainer(Type type, std::size_t offset)
{
    clear();
    Node node;
    node.type = type;
    node.offset = offset;
    node.keyOffset = offset;
    node.end = 1;
    append(node);
}

void JsonPiece::appendMember(std::string_view key, const JsonPiece &piece)
{
    for (std::uint32_t i = 1; i < m_nodes.size(); i = m_nodes[i].end) {
        Node &member = m_nodes[i];
        if (!member.replaced && chars(member.key, member.keySize) == key) {
            member.replaced = true;
            --m_nodes.front().count;
        }
    }
    const auto base = std::uint32_t(m_nodes.size());
    const std::size_t charsBase = m_chars.size();
    const auto textsBase = std::int32_t(m_texts.size());
    m_chars.append(piece.m_chars);
    m_texts.insert(m_texts.end(), piece.m_texts.cbegin(), piece.m_texts.cend());
    for (Node node : piece.m_nodes) {
        node.end += base;
        node.chars += charsBase;
        node.key += charsBase;
        if (node.text >= 0)
            node.text += textsBase;
        m_nodes.push_back(node);
    }
    Node &member = m_nodes[base];
    member.key = appendChars(key);
    member.keySize = key.size();
    member.keyOffset = member.offset;
    ++m_nodes.front().count;
    m_nodes.front().end = std::uint32_t(m_nodes.size());
}

bool JsonDocumentReader::isStreamedKey(std::string_view key)
{
    return key == "releases" || key == "models" || key == "organizations" || key == "licenses";
}

JsonDocumentReader::Result JsonDocumentReader::read(const QByteArray &text, int maxDepth, JsonPieceConsumer &consumer,
                                                    Threading threading, Parser parser, LongTexts longTexts)
{
    const Settings settings{maxDepth, parser,
                            longTexts == LongTexts::Shared ? JsonPiece::textFrom : std::numeric_limits<std::size_t>::max()};
    Result result;
    const char *data = text.constData();
    auto size = static_cast<std::size_t>(text.size());

    if (const QString encoding = otherUnicodeEncoding(data, size); !encoding.isEmpty()) {
        result.encodingError = true;
        result.errorOffset = 0;
        result.errorMessage = QCoreApplication::translate("JsonDocumentReader",
                                                          "this file is %1; save it as UTF-8").arg(encoding);
        return result;
    }
    std::size_t start = 0;
    if (std::string_view(data, size).substr(0, byteOrderMark.size()) == byteOrderMark)
        start = byteOrderMark.size();

    if (start > 0 && std::string_view(data + start, size - start).substr(0, byteOrderMark.size()) == byteOrderMark) {
        result.errorOffset = start;
        result.errorMessage = QCoreApplication::translate(
            "JsonDocumentReader", "JSON syntax error: a second byte-order mark (U+FEFF); a file starts with one at most");
        return result;
    }

    const std::size_t invalid = firstInvalidUtf8(data + start, size - start);
    if (invalid != std::string_view::npos) {
        result.encodingError = true;
        result.errorOffset = start + invalid;
        result.errorMessage = QCoreApplication::translate(
                                  "JsonDocumentReader", "invalid UTF-8 (byte 0x%1); the file must be encoded in UTF-8")
                                  .arg(static_cast<unsigned char>(data[start + invalid]), 2, 16, QLatin1Char('0'));
        return result;
    }

    // nlohmann's lexer takes a NUL byte for the end of the input and would accept "1\0garbage".
    // JSON has no place for one (in a string it must be written \u0000), so the text is read up
    // to the first NUL, which is an error where it stands unless the text went wrong before it.
    const auto *nul = static_cast<const char *>(std::memchr(data + start, 0, size - start));
    const std::size_t end = nul ? static_cast<std::size_t>(nul - data) : size;

    if (threading == Threading::Automatic)
        threading = text.size() >= pipelineFrom && std::thread::hardware_concurrency() > 1 ? Threading::Pipelined
                                                                                           : Threading::OneThread;
    if (threading == Threading::OneThread) {
        DirectSink sink(consumer);
        return parse(data, size, end, nul, settings, sink);
    }

    // The parser runs ahead on a thread of its own; the consumer works on this one.
    PieceRelay relay(consumer);
    Result parsed;
    std::exception_ptr parserFailure;
    std::thread parsing;
    try {
        parsing = std::thread([&] {
            try {
                parsed = parse(data, size, end, nul, settings, relay);
                relay.finish(true);
            } catch (...) {
                parserFailure = std::current_exception();
                relay.finish(false);
            }
        });
    } catch (const std::system_error &) { // no thread to be had: read on this one
        DirectSink sink(consumer);
        return parse(data, size, end, nul, settings, sink);
    }
    bool consumed = false;
    QString failure;
    {
        // However delivery ends, the parser is told to stop (it may be waiting for room) and
        // joined before anything leaves this scope.
        struct Joiner {
            PieceRelay &relay;
            std::thread &thread;
            ~Joiner()
            {
                relay.stop();
                thread.join();
            }
        } joiner{relay, parsing};
        try {
            consumed = relay.deliver();
        } catch (const std::exception &error) {
            // As without a second thread, where the consumer's exception leaves the SAX parser.
            failure = readFailure(error.what());
        }
    }
    if (parserFailure && failure.isEmpty()) {
        try {
            std::rethrow_exception(parserFailure);
        } catch (const std::exception &error) {
            failure = readFailure(error.what());
        } catch (...) {
            failure = readFailure("unknown exception");
        }
    }
    if (!failure.isEmpty()) {
        Result failed;
        failed.errorOffset = relay.position();
        failed.errorMessage = failure;
        return failed;
    }
    if (!consumed) { // the consumer stopped the reading, as it does without a second thread
        Result stopped;
        stopped.stopped = true;
        return stopped;
    }
    return parsed;
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
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
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
