#ifndef JSONDOCUMENTREADER_H
#define JSONDOCUMENTREADER_H

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

// Where a token starts in the text: 1-based line, and 1-based column counted in code points
// (what an editor shows), not in bytes. Line 0 means "unknown".
struct TextPosition {
    int line = 0;
    int column = 0;
};

// Turns byte offsets into lines and columns, only for the offsets asked for: a dataset without
// problems never pays for it. One pass over the text, only as far as the questions go, records
// the line and column at every 64 KiB; each answer then reads at most 64 KiB. A line ends at LF,
// at CRLF or at a CR alone.
class TextPositions
{
public:
    TextPositions(const char *data, std::size_t size);
    TextPosition at(std::size_t offset);

private:
    static constexpr std::size_t blockSize = 64 * 1024;
    void indexUpTo(std::size_t offset);
    void advance(TextPosition &position, std::size_t i) const;

    const char *m_data;
    std::size_t m_size;
    std::vector<TextPosition> m_blockStarts; // the position at each multiple of blockSize
    std::size_t m_scanned = 0; // how far the blocks are indexed
    TextPosition m_scanPosition{1, 1}; // the position at m_scanned
};

class JsonPiece;

// One value of a JsonPiece, by index: a handle that is only valid while its piece is unchanged.
// A default-constructed handle is "no value" (a member that is not there) and tests false.
class JsonValue
{
public:
    enum class Type : std::uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };

    JsonValue() = default;
    JsonValue(const JsonPiece *piece, std::uint32_t index)
        : m_piece(piece)
        , m_index(index)
    {
    }
    explicit operator bool() const { return m_piece != nullptr; }

    Type type() const;
    bool isObject() const { return type() == Type::Object; }
    bool isArray() const { return type() == Type::Array; }
    bool isString() const { return type() == Type::String; }
    bool isNull() const { return type() == Type::Null; }

    // Where the value starts in the text; for an object member, where its key starts.
    std::size_t offset() const;
    std::size_t keyOffset() const;
    // The member's key (empty outside an object).
    std::string_view key() const;

    bool boolean() const;
    std::int64_t integer() const;
    std::uint64_t unsignedInteger() const;
    double real() const;
    // A string's UTF-8, valid while the piece is unchanged.
    std::string_view string() const;
    // The same as a QByteArray: a long member string's is shared, not copied (see textFrom).
    QByteArray text() const;

    // The elements of an array or the members of an object (a duplicate key's earlier value left
    // out), in the order of the text.
    std::size_t size() const;
    bool empty() const { return size() == 0; }
    // The member with this key, or no value.
    JsonValue find(std::string_view key) const;

    class Iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = JsonValue;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = JsonValue;

        Iterator(const JsonPiece *piece, std::uint32_t index, std::uint32_t end)
            : m_piece(piece)
            , m_index(index)
            , m_end(end)
        {
            skipReplaced();
        }
        JsonValue operator*() const { return {m_piece, m_index}; }
        Iterator &operator++();
        bool operator==(const Iterator &other) const { return m_index == other.m_index; }
        bool operator!=(const Iterator &other) const { return m_index != other.m_index; }

    private:
        void skipReplaced();
        const JsonPiece *m_piece;
        std::uint32_t m_index;
        std::uint32_t m_end;
    };
    struct Children {
        Iterator first;
        Iterator last;
        Iterator begin() const { return first; }
        Iterator end() const { return last; }
    };
    Children children() const;

private:
    const JsonPiece *m_piece = nullptr;
    std::uint32_t m_index = 0;
};

// A piece of a JSON document: one release, one organization, the value of one top-level key.
// Pieces are small, so a dataset of any size never exists as one JSON value in memory: each
// piece is checked, turned into domain objects and dropped.
//
// It is held flat: its values in the order of the text in one array, each with the byte offset
// where it starts (and, for an object member, where its key starts), and their strings in one
// buffer. A piece is cleared and reused, so once its buffers have grown, building one allocates
// nothing but the long texts; reading one follows indexes rather than pointers.
class JsonPiece
{
public:
    using Type = JsonValue::Type;

    struct Node {
        Type type = Type::Null;
        bool boolean = false;
        bool replaced = false; // an object member whose key came again later: the later one counts
        std::uint32_t end = 0; // the index just past this value and everything in it
        std::uint32_t count = 0; // an array's elements, an object's members (replaced ones not counted)
        std::int32_t text = -1; // a long string: its index in m_texts
        std::size_t chars = 0; // a string's UTF-8 in m_chars, unless it is a long text
        std::size_t size = 0;
        std::size_t key = 0; // an object member's key in m_chars
        std::size_t keySize = 0;
        std::size_t offset = 0;
        std::size_t keyOffset = 0;
        union {
            std::int64_t integer;
            std::uint64_t unsignedInteger;
            double real;
        } number{};
    };

    JsonValue root() const { return {this, 0}; }
    std::size_t rootOffset() const { return m_nodes.empty() ? 0 : m_nodes.front().offset; }
    bool isEmpty() const { return m_nodes.empty(); }
    void clear();

    // Building (JsonDocumentReader, and a consumer assembling a piece of its own).
    std::uint32_t append(const Node &node);
    Node &node(std::uint32_t index) { return m_nodes[index]; }
    std::uint32_t nodeCount() const { return std::uint32_t(m_nodes.size()); }
    // Stores UTF-8 and returns where it starts in m_chars.
    std::size_t appendChars(std::string_view utf8);
    std::string_view chars(std::size_t from, std::size_t size) const { return {m_chars.data() + from, size}; }
    // A long string (textFrom bytes or more, the value of an object member) is kept as a
    // QByteArray, made while reading: a consumer that keeps the text (a release's summary) takes
    // it without copying, and with two threads the copy is made on the reading one.
    static constexpr std::size_t textFrom = 64;
    std::int32_t appendText(std::string_view utf8);
    // An object member of the root object: a copy of piece's root value under this key (which
    // replaces an earlier member of that key).
    void appendMember(std::string_view key, const JsonPiece &piece);
    // Makes the piece an empty object (or array) that starts at offset.
    void startContainer(Type type, std::size_t offset);

private:
    friend class JsonValue;
    const Node &at(std::uint32_t index) const { return m_nodes[index]; }

    std::vector<Node> m_nodes;
    std::string m_chars;
    std::vector<QByteArray> m_texts;
};

// What the reader hands the pieces to (the DatasetValidator). Every call may return false to stop
// reading, when enough problems have been found.
class JsonPieceConsumer
{
public:
    virtual ~JsonPieceConsumer() = default;
    // The document is not an object; nothing else will be handed over.
    virtual bool rootIsNotAnObject(const JsonPiece &placeholder) = 0;
    // A key of the top-level object, as it is read (keys may repeat).
    virtual bool rootKey(const std::string &key, std::size_t offset, bool duplicate) = 0;
    // The value of a top-level key that is not read element by element.
    virtual bool rootValue(const std::string &key, const JsonPiece &piece) = 0;
    // One element of a top-level array read element by element (see streamedKeys).
    virtual bool listElement(const std::string &key, std::size_t index, const JsonPiece &piece) = 0;
    // The end of such an array; offset: where it started.
    virtual bool listEnd(const std::string &key, std::size_t offset, std::size_t count) = 0;
    // A key that appears twice in one object inside a piece. JSON allows it, but the later value
    // silently wins, which in a dataset is always a mistake worth reporting.
    virtual bool duplicateKey(const std::string &path, const std::string &key, std::size_t offset) = 0;
    // A piece with more than maxPieceValues values: it is skipped, not built.
    virtual bool pieceTooLarge(const std::string &path, std::size_t offset) = 0;
};

// Reads JSON text with nlohmann's SAX parser and hands it to a consumer piece by piece. A large
// text is parsed on a second thread, a few hundred pieces ahead of the consumer (see Threading);
// the consumer is always called on the thread that called read(). Strict
// RFC 8259 JSON: a UTF-8 byte-order mark is skipped, UTF-16 and UTF-32 are recognised and
// refused by name, invalid UTF-8 is refused where it occurs, and nesting deeper than maxDepth is
// refused before it can exhaust memory or stack. Never throws.
class JsonDocumentReader
{
public:
    // The top-level keys whose arrays are handed over element by element.
    static bool isStreamedKey(std::string_view key);
    // More values than this in one piece (a release with a million sources) is a problem rather
    // than a reason to run out of memory; real pieces have tens of values.
    static constexpr std::size_t maxPieceValues = 100000;

    struct Result {
        bool ok = false;      // false: not JSON (see below), or stopped by the consumer
        bool stopped = false; // the consumer asked to stop
        // When !ok && !stopped:
        std::size_t errorOffset = 0;
        QString errorPath; // the innermost container being read, or empty
        QString errorMessage;
        bool encodingError = false; // not UTF-8, rather than not JSON
        // The fast parser gave up (the text is not JSON, or has a number out of range) and
        // nlohmann's read the text again (see Parser).
        bool readAgain = false;
    };

    // Whether the text is parsed on a second thread while the consumer works on the calling one.
    // Either way the consumer sees the same calls in the same order, on the calling thread, and
    // read() returns the same result. Automatic pipelines texts of pipelineFrom bytes or more, on
    // a machine with more than one core.
    enum class Threading { Automatic, OneThread, Pipelined };
    static constexpr qsizetype pipelineFrom = 1024 * 1024;

    // Which parser reads the text. Fast reads valid JSON several times faster than nlohmann's and
    // hands the text to nlohmann's at the first error, which then describes it; the consumer sees
    // the same calls either way. Nlohmann is there for tests to compare the two.
    enum class Parser { Fast, Nlohmann };

    // Whether a long member string is also made into a QByteArray as it is read, for a consumer
    // that keeps it (see JsonPiece::textFrom), or only kept in the piece like any other string.
    enum class LongTexts { Shared, Inline };

    // text must outlive the call only; offsets handed to the consumer are into text.
    static Result read(const QByteArray &text, int maxDepth, JsonPieceConsumer &consumer,
                       Threading threading = Threading::Automatic, Parser parser = Parser::Fast,
                       LongTexts longTexts = LongTexts::Shared);

    // JSON path ("$", "$.releases[3].level", "$[\"odd key\"]") of a member of, or an element of,
    // the value at parentPath. Odd keys are escaped as JSON strings, so a path is one line.
    static std::string memberPath(const std::string &parentPath, std::string_view key);
    static std::string elementPath(const std::string &parentPath, std::size_t index);
};

#endif // JSONDOCUMENTREADER_H
