// libFuzzer target for the dataset loader: any bytes in, with three oracles beyond "no crash and
// no sanitizer report":
//  - the loader never lets an exception out, nor turns one into a failure of its own;
//  - every problem is located inside the text (line and column at least 1, offset within it);
//  - the loader calls the text a syntax error exactly when nlohmann::json::accept() rejects it,
//    except where the loader is deliberately stricter: a NUL byte (nlohmann would stop reading
//    there) and nesting deeper than DatasetLoader::maxDepth;
//  - the reader hands a consumer the same calls, and returns the same result, whether it parses
//    on the consumer's thread or on a second one (JsonDocumentReader::Threading). Starting a
//    thread under the sanitizers costs more than the loader's whole run, so this is checked on
//    the inputs whose length is a multiple of 4, a quarter of them;
//  - the reader's own parser hands over the same calls as nlohmann's, broken texts included (on
//    the inputs whose length leaves 1 divided by 4).
//
// Run longer than CI does with, from the build directory of a clang build:
//     tests/fuzz/fuzz-loader -dict=../tests/fuzz/json.dict -max_total_time=3600 corpus ../tests/fuzz/corpus

#include "DatasetLoader.h"
#include "JsonDocumentReader.h"
#include "JsonPieceRecorder.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void fail(const char *what, const Problem *problem = nullptr)
{
    std::fprintf(stderr, "oracle failed: %s\n", what);
    if (problem)
        std::fprintf(stderr, "  %s\n", problem->toString().toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    DatasetLoader::Result result;
    try {
        result = DatasetLoader::fromJson(text, QStringLiteral("fuzz.json"), 20);
    } catch (...) {
        fail("an exception left DatasetLoader::fromJson");
    }
    // fromJson turns an exception into an Unreadable failure; text of this size never needs one.
    if (result.failure == DatasetLoader::Failure::Unreadable)
        fail("the loader caught an exception", result.problems.isEmpty() ? nullptr : &result.problems.first());
    if (result.ok() != (result.failure == DatasetLoader::Failure::None))
        fail("a dataset came back with a failure, or none without one");

    std::size_t lines = 1;
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == '\n' ? (i == 0 || data[i - 1] != '\r') : data[i] == '\r')
            ++lines;
    }
    for (const Problem &problem : result.problems) {
        if (problem.line < 1 || problem.column < 1 || std::size_t(problem.line) > lines)
            fail("a problem outside the text", &problem);
        if (problem.offset < 0 || std::size_t(problem.offset) > size)
            fail("a problem at an offset outside the text", &problem);
        if (problem.toString().contains(u'\n'))
            fail("a problem that is not one line", &problem);
    }

    if (size % 4 == 0) {
        JsonPieceRecorder::Consumer oneThread;
        const JsonDocumentReader::Result expected = JsonDocumentReader::read(
            text, DatasetLoader::maxDepth, oneThread, JsonDocumentReader::Threading::OneThread);
        JsonPieceRecorder::Consumer pipelined;
        const JsonDocumentReader::Result read = JsonDocumentReader::read(
            text, DatasetLoader::maxDepth, pipelined, JsonDocumentReader::Threading::Pipelined);
        if (JsonPieceRecorder::describe(read) != JsonPieceRecorder::describe(expected)
            || pipelined.record != oneThread.record)
            fail("reading on a second thread handed over other calls, or returned another result");
    } else if (size % 4 == 1) {
        JsonPieceRecorder::Consumer nlohmann;
        const JsonDocumentReader::Result expected
            = JsonDocumentReader::read(text, DatasetLoader::maxDepth, nlohmann, JsonDocumentReader::Threading::OneThread,
                                       JsonDocumentReader::Parser::Nlohmann);
        JsonPieceRecorder::Consumer fast;
        const JsonDocumentReader::Result read = JsonDocumentReader::read(
            text, DatasetLoader::maxDepth, fast, JsonDocumentReader::Threading::OneThread);
        if (JsonPieceRecorder::describe(read) != JsonPieceRecorder::describe(expected) || fast.record != nlohmann.record)
            fail("the fast parser handed over other calls than nlohmann's, or returned another result");
    }

    const bool rejected = result.failure == DatasetLoader::Failure::Syntax;
    const bool hasNul = std::memchr(data, 0, size) != nullptr;
    if (hasNul) {
        if (!rejected)
            fail("text with a NUL byte was accepted");
        return 0;
    }
    if (rejected && !result.problems.isEmpty()
        && result.problems.first().message.startsWith(QLatin1StringView("nesting deeper")))
        return 0;
    const bool accepted = nlohmann::json::accept(data, data + size);
    if (accepted == rejected)
        fail(accepted ? "nlohmann accepts what the loader calls a syntax error"
                      : "the loader accepts what nlohmann rejects",
             result.problems.isEmpty() ? nullptr : &result.problems.first());
    return 0;
}
