#ifndef JSONDOCUMENTREADER_H
#define JSONDOCUMENTREADER_H

#include <QByteArray>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <cstddef>
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

// A piece of a JSON document (one release, one organization, the value of one top-level key)
// parsed into an nlohmann::json that remembers where every value and every object key started,
// as byte offsets into the text. Pieces are small, so a dataset of any size never exists as one
// JSON value in memory: each piece is checked, turned into domain objects and dropped.
//
// nlohmann::json keeps no source positions, so the reader records them while it builds the
// value, keyed by the address of each value inside root (stable as long as the piece is not
// modified; root itself is looked up separately).
struct JsonPiece {
    nlohmann::json root;
    std::size_t rootOffset = 0;

    // Where a value inside root starts.
    std::size_t valueOffset(const nlohmann::json &value) const;
    // Where the key naming this member value starts, or else the value's offset.
    std::size_t keyOffset(const nlohmann::json &memberValue) const;

    // Records where the value (or the key of the member) at this address started. A later
    // record for the same address wins (a duplicate key reuses its member).
    void addValueOffset(const nlohmann::json *value, std::size_t offset) { m_values.values.push_back({value, offset}); m_values.sorted = false; }
    void addKeyOffset(const nlohmann::json *value, std::size_t offset) { m_keys.values.push_back({value, offset}); m_keys.sorted = false; }
    void clear();
    // The piece is complete: makes the lookups ready, on the reading thread rather than on the
    // consumer's.
    void seal();

    // A long string (textFrom bytes or more, the value of an object member) is also kept as a
    // QByteArray, made while reading: a consumer that keeps the text (a release's summary) takes
    // it without copying, and with two threads the copy is made on the reading one.
    static constexpr std::size_t textFrom = 64;
    void addText(const nlohmann::json *value, const std::string &text) { m_texts.emplace_back(value, QByteArray(text.data(), qsizetype(text.size()))); }
    // The string value as UTF-8: the QByteArray made while reading, or else a copy.
    QByteArray text(const nlohmann::json &value) const;

private:
    // Appended while reading (cheap: no node per value, capacity kept from piece to piece),
    // sorted by address when the piece is sealed.
    struct Offsets {
        std::vector<std::pair<const nlohmann::json *, std::size_t>> values;
        bool sorted = true;
        void sort();
        const std::size_t *find(const nlohmann::json *value);
    };
    mutable Offsets m_values;
    mutable Offsets m_keys;
    std::vector<std::pair<const nlohmann::json *, QByteArray>> m_texts; // a few per piece
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
    };

    // Whether the text is parsed on a second thread while the consumer works on the calling one.
    // Either way the consumer sees the same calls in the same order, on the calling thread, and
    // read() returns the same result. Automatic pipelines texts of pipelineFrom bytes or more, on
    // a machine with more than one core.
    enum class Threading { Automatic, OneThread, Pipelined };
    static constexpr qsizetype pipelineFrom = 1024 * 1024;

    // text must outlive the call only; offsets handed to the consumer are into text.
    static Result read(const QByteArray &text, int maxDepth, JsonPieceConsumer &consumer,
                       Threading threading = Threading::Automatic);

    // JSON path ("$", "$.releases[3].level", "$[\"odd key\"]") of a member of, or an element of,
    // the value at parentPath. Odd keys are escaped as JSON strings, so a path is one line.
    static std::string memberPath(const std::string &parentPath, std::string_view key);
    static std::string elementPath(const std::string &parentPath, std::size_t index);
};

#endif // JSONDOCUMENTREADER_H
