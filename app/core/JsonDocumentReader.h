#ifndef JSONDOCUMENTREADER_H
#define JSONDOCUMENTREADER_H

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

// Where a token starts in the text: 1-based line, and 1-based column counted in code points
// (what an editor shows), not in bytes. Line 0 means "unknown".
struct TextPosition {
    int line = 0;
    int column = 0;
};

// A parsed JSON document that remembers where every value and every object key came from.
// nlohmann::json keeps no source positions, so the reader records them while it builds the value,
// keyed by the address of each value inside root: cheaper than keying by JSON path (no string per
// value), and stable for as long as the document is not modified. Moving the document is fine:
// everything below root lives on the heap, and root itself is looked up separately.
struct JsonDocument {
    nlohmann::json root;
    TextPosition rootPosition;
    QHash<const nlohmann::json *, TextPosition> valuePositions;
    QHash<const nlohmann::json *, TextPosition> keyPositions; // by the member's value

    // Where a value inside root starts; line 0 for a value that is not part of the document.
    TextPosition valuePosition(const nlohmann::json &value) const;
    // Where the key naming this member value starts, or else the value's position.
    TextPosition keyPosition(const nlohmann::json &memberValue) const;
};

// Reads JSON text into a JsonDocument with nlohmann's SAX parser. Strict RFC 8259 JSON: a UTF-8
// byte-order mark is skipped, invalid UTF-8 is refused where it occurs, and nesting deeper than
// maxDepth is refused before it can exhaust memory or stack. Never throws.
class JsonDocumentReader
{
public:
    // A key that appears twice in one object: JSON allows it, but the later value silently wins,
    // which in a dataset is always a mistake worth reporting.
    struct DuplicateKey {
        std::string path; // JSON path of the member, like $.releases[3].level
        std::string key;
        TextPosition position; // of the second occurrence
    };

    struct Result {
        bool ok = false; // false: a syntax error, described below
        JsonDocument document;
        QList<DuplicateKey> duplicateKeys;
        // Only when !ok:
        TextPosition errorPosition;
        QString errorPath; // the innermost container being read, or empty
        QString errorMessage;
    };

    static Result read(const QByteArray &text, int maxDepth);

    // JSON path ("$", "$.releases[3].level", "$[\"odd key\"]") of a member of, or an element of,
    // the value at parentPath.
    static std::string memberPath(const std::string &parentPath, std::string_view key);
    static std::string elementPath(const std::string &parentPath, std::size_t index);
};

#endif // JSONDOCUMENTREADER_H
