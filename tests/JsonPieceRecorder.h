#ifndef JSONPIECERECORDER_H
#define JSONPIECERECORDER_H

#include "JsonDocumentReader.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <map>
#include <new>
#include <string>
#include <thread>

namespace JsonPieceRecorder {

// Writes down every call the reader makes, with each piece's value and the offset recorded for
// every value and key in it: two reads that hand over the same calls write the same record.
class Consumer final : public JsonPieceConsumer
{
public:
    // stopAfter: the call that answers "stop" (counted from 1), or 0 for none. throwAt: the
    // call that throws std::bad_alloc instead, or 0.
    explicit Consumer(int stopAfter = 0, int throwAt = 0)
        : m_stopAfter(stopAfter)
        , m_throwAt(throwAt)
    {
    }

    QByteArray record;
    std::thread::id thread; // the thread of the last call

    bool rootIsNotAnObject(const JsonPiece &placeholder) override
    {
        record += "rootIsNotAnObject " + describe(placeholder);
        return next();
    }
    bool rootKey(const std::string &key, std::size_t offset, bool duplicate) override
    {
        record += "rootKey " + QByteArray::fromStdString(key) + ' ' + QByteArray::number(qulonglong(offset))
            + (duplicate ? " duplicate" : "") + '\n';
        return next();
    }
    bool rootValue(const std::string &key, const JsonPiece &piece) override
    {
        record += "rootValue " + QByteArray::fromStdString(key) + ' ' + describe(piece);
        return next();
    }
    bool listElement(const std::string &key, std::size_t index, const JsonPiece &piece) override
    {
        record += "listElement " + QByteArray::fromStdString(key) + '[' + QByteArray::number(qulonglong(index)) + "] "
            + describe(piece);
        return next();
    }
    bool listEnd(const std::string &key, std::size_t offset, std::size_t count) override
    {
        record += "listEnd " + QByteArray::fromStdString(key) + ' ' + QByteArray::number(qulonglong(offset)) + ' '
            + QByteArray::number(qulonglong(count)) + '\n';
        return next();
    }
    bool duplicateKey(const std::string &path, const std::string &key, std::size_t offset) override
    {
        record += "duplicateKey " + QByteArray::fromStdString(path) + ' ' + QByteArray::fromStdString(key) + ' '
            + QByteArray::number(qulonglong(offset)) + '\n';
        return next();
    }
    bool pieceTooLarge(const std::string &path, std::size_t offset) override
    {
        record += "pieceTooLarge " + QByteArray::fromStdString(path) + ' ' + QByteArray::number(qulonglong(offset)) + '\n';
        return next();
    }

private:
    bool next()
    {
        thread = std::this_thread::get_id();
        ++m_calls;
        if (m_calls == m_throwAt)
            throw std::bad_alloc();
        return m_calls != m_stopAfter;
    }

    // The value as nlohmann::json, whose dump() writes any value one way (object keys sorted).
    static nlohmann::json toJson(const JsonValue &value)
    {
        switch (value.type()) {
        case JsonValue::Type::Null:
            return nullptr;
        case JsonValue::Type::Boolean:
            return value.boolean();
        case JsonValue::Type::Integer:
            return value.integer();
        case JsonValue::Type::Unsigned:
            return value.unsignedInteger();
        case JsonValue::Type::Float:
            return value.real();
        case JsonValue::Type::String:
            return std::string(value.string());
        case JsonValue::Type::Array: {
            nlohmann::json array = nlohmann::json::array();
            for (const JsonValue element : value.children())
                array.push_back(toJson(element));
            return array;
        }
        case JsonValue::Type::Object:
            break;
        }
        nlohmann::json object = nlohmann::json::object();
        for (const JsonValue member : value.children())
            object[std::string(member.key())] = toJson(member);
        return object;
    }

    // The offset of every value and key, in the order of toJson()'s dump.
    static void offsets(const JsonValue &value, QByteArray &out)
    {
        out += QByteArray::number(qulonglong(value.offset())) + ' ';
        // A string's text as the piece hands it over must be the string itself.
        if (value.isString() && value.text() != QByteArray(value.string().data(), qsizetype(value.string().size())))
            out += "WRONG TEXT ";
        if (value.isObject()) {
            std::map<std::string, JsonValue> members;
            for (const JsonValue member : value.children())
                members.emplace(member.key(), member);
            for (const auto &[key, member] : members) {
                out += 'k' + QByteArray::number(qulonglong(member.keyOffset())) + ' ';
                offsets(member, out);
            }
        } else if (value.isArray()) {
            for (const JsonValue element : value.children())
                offsets(element, out);
        }
    }

    static QByteArray describe(const JsonPiece &piece)
    {
        QByteArray out = QByteArray::fromStdString(toJson(piece.root()).dump()) + " @ ";
        offsets(piece.root(), out);
        return out + '\n';
    }

    int m_calls = 0;
    int m_stopAfter;
    int m_throwAt;
};

inline QByteArray describe(const JsonDocumentReader::Result &result)
{
    return "ok " + QByteArray::number(result.ok) + " stopped " + QByteArray::number(result.stopped) + " offset "
        + QByteArray::number(qulonglong(result.errorOffset)) + " path " + result.errorPath.toUtf8() + " message "
        + result.errorMessage.toUtf8() + " encoding " + QByteArray::number(result.encodingError);
}

} // namespace JsonPieceRecorder

#endif // JSONPIECERECORDER_H
