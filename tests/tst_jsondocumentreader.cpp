#include "DatasetLoader.h"
#include "JsonDocumentReader.h"
#include "JsonPieceRecorder.h"
#include "SyntheticDataset.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <thread>

using Threading = JsonDocumentReader::Threading;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The reader parses large texts on a second thread, ahead of the consumer, and with a parser of its
// own that hands broken texts to nlohmann's. What a consumer sees must depend on neither: the same
// calls, with the same pieces and offsets, in the same order, on the caller's thread, and the same
// result, for valid and broken texts alike.
class TestJsonDocumentReader : public QObject
{
    Q_OBJECT

private slots:
    void pipelinedReadingHandsOverTheSame_data();
    void pipelinedReadingHandsOverTheSame();
    void pipelinedReadingStopsWhereTheConsumerStops_data();
    void pipelinedReadingStopsWhereTheConsumerStops();
    void aConsumerExceptionBecomesAnError();
    void automaticThreadingHandsOverTheSame();
    void fastParserHandsOverWhatNlohmannsDoes_data() { pipelinedReadingHandsOverTheSame_data(); }
    void fastParserHandsOverWhatNlohmannsDoes();
    void fastParserReadsNumbersAndStringsAsNlohmannsDoes();
};

void TestJsonDocumentReader::pipelinedReadingHandsOverTheSame_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("bundled dataset") << readFile(DatasetLoader::bundledPath());
    SyntheticDataset::Options options;
    options.releases = 3000; // a few dozen batches of pieces
    const QByteArray synthetic = SyntheticDataset::generate(options);
    QTest::newRow("3,000 synthetic events") << synthetic;
    QTest::newRow("cut short") << synthetic.left(synthetic.size() / 2);
    QByteArray broken = synthetic;
    broken[broken.indexOf("\"release-2000\"") + 1] = '\x01'; // a control character in a string
    QTest::newRow("syntax error late") << broken;
    QTest::newRow("NUL late") << QByteArray(synthetic).insert(synthetic.size() / 3 * 2, '\0');
    QTest::newRow("duplicate keys") << QByteArray(R"({"releases": [{"id": 1, "id": 2}, {"a": {"b": 1, "b": [2]}}], "releases": 3})");
    QTest::newRow("duplicate keys with strings")
        << QByteArray(R"({"releases": [{"id": "first", "id": "second", "note": ")" + QByteArray(80, 'a') + R"(", "note": ")"
                      + QByteArray(90, 'b') + R"("}]})");
    // A long text (kept as a QByteArray) replaced by a short one (kept in the piece's characters).
    QTest::newRow("duplicate keys, long then short")
        << QByteArray(R"({"releases": [{"note": ")" + QByteArray(80, 'a') + R"(", "note": "short"}]})");
    QByteArray members;
    for (int i = 0; i < 100; ++i)
        members += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
    members += R"("k5": "again", "k80": [1], "k0": {"k0": 1, "k0": 2})"; // past the count that hashes keys
    QTest::newRow("duplicate keys in a large object") << "{\"releases\": [{" + members + "}], \"title\": {" + members + "}}";
    QTest::newRow("root array") << QByteArray("[1, 2, {\"a\": 3}]");
    QTest::newRow("root scalar") << QByteArray("  \"text\"  ");
    QByteArray huge = "{\"releases\": [{\"sources\": [";
    for (std::size_t i = 0; i <= JsonDocumentReader::maxPieceValues; ++i)
        huge += "0,";
    huge += "0]}, {\"id\": \"after\"}]}";
    QTest::newRow("piece too large") << huge;
    for (const QString &folder : {QStringLiteral(OPENNESS_SOURCE_DIR "/tests/fuzz/corpus"),
                                  QStringLiteral(OPENNESS_TEST_DATA_DIR "/JSONTestSuite"),
                                  QStringLiteral(OPENNESS_TEST_DATA_DIR "/loader")}) {
        const QDir dir(folder);
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(!names.isEmpty(), qPrintable(folder));
        for (const QString &name : names)
            QTest::newRow(qPrintable(dir.dirName() + u'/' + name)) << readFile(dir.filePath(name));
    }
}

void TestJsonDocumentReader::pipelinedReadingHandsOverTheSame()
{
    QFETCH(QByteArray, text);
    JsonPieceRecorder::Consumer oneThread;
    const JsonDocumentReader::Result expected = JsonDocumentReader::read(text, DatasetLoader::maxDepth, oneThread,
                                                                          Threading::OneThread);
    JsonPieceRecorder::Consumer pipelined;
    const JsonDocumentReader::Result result = JsonDocumentReader::read(text, DatasetLoader::maxDepth, pipelined,
                                                                        Threading::Pipelined);
    QCOMPARE(JsonPieceRecorder::describe(result), JsonPieceRecorder::describe(expected));
    QVERIFY(!oneThread.record.contains("WRONG TEXT"));
    QCOMPARE(pipelined.record.size(), oneThread.record.size());
    QVERIFY(pipelined.record == oneThread.record);
    if (!oneThread.record.isEmpty())
        QCOMPARE(pipelined.thread, std::this_thread::get_id());
}

void TestJsonDocumentReader::fastParserHandsOverWhatNlohmannsDoes()
{
    QFETCH(QByteArray, text);
    for (const Threading threading : {Threading::OneThread, Threading::Pipelined}) {
        JsonPieceRecorder::Consumer nlohmann;
        const JsonDocumentReader::Result expected = JsonDocumentReader::read(
            text, DatasetLoader::maxDepth, nlohmann, threading, JsonDocumentReader::Parser::Nlohmann);
        JsonPieceRecorder::Consumer fast;
        const JsonDocumentReader::Result result = JsonDocumentReader::read(text, DatasetLoader::maxDepth, fast,
                                                                            threading, JsonDocumentReader::Parser::Fast);
        QCOMPARE(JsonPieceRecorder::describe(result), JsonPieceRecorder::describe(expected));
        QCOMPARE(fast.record.size(), nlohmann.record.size());
        QVERIFY(fast.record == nlohmann.record);
        // Valid datasets are read once, by the fast parser.
        if (QByteArrayView(QTest::currentDataTag()).endsWith("dataset") || QByteArrayView(QTest::currentDataTag()).endsWith("events"))
            QVERIFY(!result.readAgain);
    }
}

// Every kind of number, and strings with every escape, in one valid text: the same values and
// offsets as nlohmann's.
void TestJsonDocumentReader::fastParserReadsNumbersAndStringsAsNlohmannsDoes()
{
    const QByteArray text = R"({"releases": [[0, -0, 7, -7, 0.5, -0.0, 1e2, 1E+2, 1e-2, 2.5e-3, 123456789012345678,
        9223372036854775807, 9223372036854775808, 18446744073709551615, 18446744073709551616,
        -9223372036854775808, -9223372036854775809, 1e-300, 0.1, 3.141592653589793238462643383279,
        "a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20ac\ud83d\ude00", "\u0000", "", true, false, null]], "title": 5})";
    JsonPieceRecorder::Consumer nlohmann;
    const JsonDocumentReader::Result expected = JsonDocumentReader::read(
        text, DatasetLoader::maxDepth, nlohmann, Threading::OneThread, JsonDocumentReader::Parser::Nlohmann);
    QVERIFY(expected.ok);
    JsonPieceRecorder::Consumer fast;
    const JsonDocumentReader::Result result = JsonDocumentReader::read(text, DatasetLoader::maxDepth, fast,
                                                                        Threading::OneThread);
    QVERIFY(result.ok);
    QVERIFY(!result.readAgain);
    QCOMPARE(fast.record, nlohmann.record);
    QVERIFY(fast.record.contains("18446744073709551615,1.8446744073709552e+19"));
}

void TestJsonDocumentReader::pipelinedReadingStopsWhereTheConsumerStops_data()
{
    QTest::addColumn<int>("stopAfter");
    for (const int call : {1, 2, 5, 127, 128, 129, 1000, 2998})
        QTest::addRow("at call %d", call) << call;
}

void TestJsonDocumentReader::pipelinedReadingStopsWhereTheConsumerStops()
{
    QFETCH(int, stopAfter);
    SyntheticDataset::Options options;
    options.releases = 3000;
    const QByteArray text = SyntheticDataset::generate(options);
    JsonPieceRecorder::Consumer oneThread(stopAfter);
    const JsonDocumentReader::Result expected = JsonDocumentReader::read(text, DatasetLoader::maxDepth, oneThread,
                                                                          Threading::OneThread);
    QVERIFY(expected.stopped);
    JsonPieceRecorder::Consumer pipelined(stopAfter);
    const JsonDocumentReader::Result result = JsonDocumentReader::read(text, DatasetLoader::maxDepth, pipelined,
                                                                        Threading::Pipelined);
    QCOMPARE(JsonPieceRecorder::describe(result), JsonPieceRecorder::describe(expected));
    QVERIFY(pipelined.record == oneThread.record);
}

void TestJsonDocumentReader::aConsumerExceptionBecomesAnError()
{
    SyntheticDataset::Options options;
    options.releases = 3000;
    const QByteArray text = SyntheticDataset::generate(options);
    for (const Threading threading : {Threading::OneThread, Threading::Pipelined}) {
        JsonPieceRecorder::Consumer consumer(0, 500);
        JsonDocumentReader::Result result;
        try {
            result = JsonDocumentReader::read(text, DatasetLoader::maxDepth, consumer, threading);
        } catch (...) {
            QFAIL("the exception left the reader");
        }
        QVERIFY(!result.ok);
        QVERIFY(!result.stopped);
        QVERIFY2(result.errorMessage.startsWith(u"cannot read the JSON text: "), qPrintable(result.errorMessage));
        QVERIFY(result.errorOffset > 0 && result.errorOffset < std::size_t(text.size()));
        QCOMPARE(consumer.record.count('\n'), 500); // the last one threw
    }
}

// Automatic threading reads the bundled dataset on one thread and a large text on two; either
// way the consumer is called on the caller's thread.
void TestJsonDocumentReader::automaticThreadingHandsOverTheSame()
{
    JsonPieceRecorder::Consumer small;
    const QByteArray bundled = readFile(DatasetLoader::bundledPath());
    QVERIFY(bundled.size() < JsonDocumentReader::pipelineFrom);
    QVERIFY(JsonDocumentReader::read(bundled, DatasetLoader::maxDepth, small).ok);
    QCOMPARE(small.thread, std::this_thread::get_id());

    SyntheticDataset::Options options;
    options.releases = 3000;
    const QByteArray text = SyntheticDataset::generate(options);
    QVERIFY(text.size() >= JsonDocumentReader::pipelineFrom);
    JsonPieceRecorder::Consumer large;
    QVERIFY(JsonDocumentReader::read(text, DatasetLoader::maxDepth, large).ok);
    QCOMPARE(large.thread, std::this_thread::get_id());
    JsonPieceRecorder::Consumer oneThread;
    QVERIFY(JsonDocumentReader::read(text, DatasetLoader::maxDepth, oneThread, Threading::OneThread).ok);
    QVERIFY(large.record == oneThread.record);
}

QTEST_GUILESS_MAIN(TestJsonDocumentReader)
#include "tst_jsondocumentreader.moc"
