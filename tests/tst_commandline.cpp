#include "ChartBuilder.h"
#include "LevelPalette.h"
#include "OpennessLevel.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include "LevelPalette.h"

#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// The command-line contract of DESIGN.md, checked on the real executable the way a script uses
// it: exit codes, what is printed, and what is (or is not) written. Every process runs without
// DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM, so a passing run proves the headless commands
// need no display at all.
class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void help();
    void version();

    void validateBundled();
    void validateBrokenFile();
    void validateMissingFile();
    void validateSyntaxError();
    void validateKeepsPercentSignsInFileNames_data();
    void validateKeepsPercentSignsInFileNames();
    void validateEmptyPathIsUsageError();
    void validateWarningsStillValid();
    void validateCapsProblems();
    void validateCannotBeForged();
    void validateRefusesFifoWithoutBlocking();
    void listShowsDatePrecisionAndLatestDate();

    void listEscapesText();
    void listBundled();
    void listLevels();
    void listOrganizations();
    void listUnknownFilter_data();
    void listUnknownFilter();

    void exportFormats_data();
    void exportFormats();
    void exportSize();
    void exportOtherChart();
    void exportBadUsage_data();
    void exportBadUsage();
    void exportIntoMissingDirectory();
    void exportInvalidDataKeepsExistingFile();
    void exportEveryChart_data();
    void exportEveryChart();
    void exportThemeScaleTitleAndKinds();
    void exportTimelineInEveryFormat();
    void exportWriteErrorNamesCauseAndKeepsFile();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments) const;
    QString fixture(const QString &name) const;
    QList<QJsonObject> listObjects(const QByteArray &out) const;

    QTemporaryDir m_dir;
};

namespace {

// 1-based line and column (in characters) of the first occurrence of needle in text.
QPair<int, int> locate(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    if (at < 0)
        return {0, 0};
    const qsizetype lineStart = text.lastIndexOf(u'\n', at - 1) + 1;
    return {int(text.left(at).count(u'\n')) + 1, int(at - lineStart) + 1};
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList outputLines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

tst_CommandLine::Run tst_CommandLine::run(const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OPENNESS_TIMELINE_EXE), arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        qWarning("openness-timeline %s did not finish", qPrintable(arguments.join(u' ')));
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString tst_CommandLine::fixture(const QString &name) const
{
    return QStringLiteral(OPENNESS_TEST_DATA_DIR "/cli/") + name;
}

QList<QJsonObject> tst_CommandLine::listObjects(const QByteArray &out) const
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning("not a JSON object: %s", line.constData());
            return {};
        }
        objects.append(document.object());
    }
    return objects;
}

void tst_CommandLine::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(OPENNESS_TIMELINE_EXE)));
    QVERIFY(m_dir.isValid());
}

void tst_CommandLine::help()
{
    const Run result = run({u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    for (const QString &option : {u"--validate"_s, u"--list"_s, u"--export"_s, u"--chart"_s, u"--levels"_s,
                                  u"--orgs"_s, u"--kinds"_s, u"--size"_s, u"--scale"_s, u"--theme"_s, u"--title"_s,
                                  u"--select"_s, u"--help"_s, u"--version"_s}) {
        QVERIFY2(text.contains(option), qPrintable(option));
    }
    // The chart names --chart accepts, both the documented ones and whatever else the app offers.
    QVERIFY(text.contains(u"openness-over-time"_s));
    QVERIFY(text.contains(u"levels-by-year"_s)); // the old name, still accepted
    for (const QString &name : {u"openness-over-time"_s, u"releases-by-level"_s, u"time-to-weights"_s, u"timeline"_s})
        QVERIFY2(text.contains(name), qPrintable(name));
    for (const QString &theme : {u"light"_s, u"dark"_s, u"print"_s})
        QVERIFY2(text.contains(theme), qPrintable(theme));
    for (ChartBuilder::Kind kind : ChartBuilder::kinds())
        QVERIFY2(text.contains(ChartBuilder::name(kind)), qPrintable(ChartBuilder::name(kind)));
    // The level ids --levels accepts.
    for (OpennessLevel level : Openness::allLevels())
        QVERIFY2(text.contains(Openness::id(level)), qPrintable(Openness::id(level)));
}

void tst_CommandLine::version()
{
    const Run result = run({u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QString::fromUtf8(result.out).contains(QRegularExpression(u"^openness-timeline \\d+\\.\\d+"_s)),
             result.out.constData());
}

void tst_CommandLine::validateBundled()
{
    const Run result = run({u"--validate"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QString::fromUtf8(result.out).contains(QRegularExpression(u"valid: \\d+ release events"_s)),
             result.out.constData());
}

void tst_CommandLine::validateBrokenFile()
{
    // broken.json is tests/data/loader/valid.json with two mistakes: an unknown level and a
    // release pointing at a model that does not exist.
    const QString path = fixture(u"broken.json"_s);
    const QString text = readText(path);
    QVERIFY(!text.isEmpty());
    const Run result = run({u"--validate"_s, path});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = outputLines(result.out);
    QCOMPARE(lines.size(), 2);
    static const QRegularExpression format(u"^(.+):(\\d+):(\\d+): (.+)$"_s);
    for (const QString &line : lines)
        QVERIFY2(format.match(line).hasMatch(), qPrintable(line));

    const QPair<int, int> level = locate(text, u"\"opne-weights\""_s);
    const QPair<int, int> model = locate(text, u"\"grok-3\""_s);
    QVERIFY(level.first > 0 && model.first > 0);
    const QString levelPrefix = u"%1:%2:%3: "_s.arg(path).arg(level.first).arg(level.second);
    const QString modelPrefix = u"%1:%2:%3: "_s.arg(path).arg(model.first).arg(model.second);
    const auto lineStarting = [&lines](const QString &prefix) {
        for (const QString &line : lines) {
            if (line.startsWith(prefix))
                return line;
        }
        return QString();
    };
    const QString levelLine = lineStarting(levelPrefix);
    const QString modelLine = lineStarting(modelPrefix);
    QVERIFY2(!levelLine.isEmpty(), qPrintable(levelPrefix + u" not in\n"_s + lines.join(u'\n')));
    QVERIFY2(!modelLine.isEmpty(), qPrintable(modelPrefix + u" not in\n"_s + lines.join(u'\n')));
    QVERIFY(levelLine.contains(u"opne-weights"_s));
    QVERIFY(levelLine.contains(u"$.releases[1].level"_s));
    QVERIFY(modelLine.contains(u"grok-3"_s));
    QVERIFY(modelLine.contains(u"$.releases[0].model"_s));
}

void tst_CommandLine::validateMissingFile()
{
    const QString path = m_dir.filePath(u"does-not-exist.json"_s);
    const Run result = run({u"--validate"_s, path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(QString::fromUtf8(result.out + result.err).contains(path));
}

void tst_CommandLine::validateSyntaxError()
{
    // syntax-error.json lacks the comma after "title": the parser finds "updated" where a comma
    // or a closing brace belongs.
    const QString path = fixture(u"syntax-error.json"_s);
    const QPair<int, int> where = locate(readText(path), u"\"updated\""_s);
    QCOMPARE(where, qMakePair(4, 3));
    const Run result = run({u"--validate"_s, path});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = outputLines(result.out);
    QVERIFY(!lines.isEmpty());
    const QString prefix = u"%1:%2:%3: "_s.arg(path).arg(where.first).arg(where.second);
    QVERIFY2(lines.first().startsWith(prefix), qPrintable(lines.join(u'\n')));
}

// A copy of tests/data/loader/valid.json (4 releases) under a chosen name, with one change.
static QString writeVariant(const QString &path, const QByteArray &original = {}, const QByteArray &replacement = {})
{
    QByteArray text = readBytes(QStringLiteral(OPENNESS_TEST_DATA_DIR "/loader/valid.json"));
    if (!original.isEmpty()) {
        if (text.count(original) != 1)
            return {};
        text.replace(original, replacement);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return path;
}

void tst_CommandLine::validateKeepsPercentSignsInFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("%2F") << u"data%2Fv2.json"_s;
    QTest::newRow("%1") << u"pct%1.json"_s;
    QTest::newRow("%1%2%3%4%5") << u"%1%2%3%4%5.json"_s;
}

void tst_CommandLine::validateKeepsPercentSignsInFileNames()
{
    QFETCH(QString, name);
    const QString path = writeVariant(m_dir.filePath(name));
    QVERIFY(!path.isEmpty());
    const Run result = run({u"--validate"_s, path});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.out).trimmed(),
             path + u": valid: 4 release events, 2 organizations, 2 licenses, 3 models"_s);

    // The same name in a problem line.
    const QString broken = writeVariant(m_dir.filePath(u"broken-"_s + name), R"("level": "hosted")",
                                        R"("level": "opne-weights")");
    const Run invalid = run({u"--validate"_s, broken});
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY2(QString::fromUtf8(invalid.out).startsWith(broken + u":125:16: unknown openness level"_s),
             invalid.out.constData());
}

void tst_CommandLine::validateEmptyPathIsUsageError()
{
    const Run result = run({u"--validate"_s, QString()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("file name is empty"), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void tst_CommandLine::validateWarningsStillValid()
{
    const QString path = writeVariant(m_dir.filePath(u"warnings.json"_s), R"("https://example.com/merger")",
                                      R"("http://example.com/merger")");
    QVERIFY(!path.isEmpty());
    const Run result = run({u"--validate"_s, path});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = outputLines(result.out);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(path + u":30:22: warning: \"http://example.com/merger\" is not an https URL"_s),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).endsWith(u"(at $.organizations[0].stages[1].sources[0].url)"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(path + u": valid: 4 release events"_s), qPrintable(lines.at(1)));
}

void tst_CommandLine::validateCapsProblems()
{
    QByteArray text = R"({"releases": [)";
    for (int i = 0; i < 50; ++i)
        text += i ? ",1" : "1";
    text += "]}";
    const QString path = m_dir.filePath(u"ones.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    const Run result = run({u"--validate"_s, u"--max-problems"_s, u"5"_s, path});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = outputLines(result.out);
    QCOMPARE(lines.size(), 6);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(lines.at(i).endsWith(u"(at $.releases[%1])"_s.arg(i)), qPrintable(lines.at(i)));
    QCOMPARE(lines.at(5), path + u": and 51 more problems of these kinds: wrong type (45), missing key (6)"_s);
    QVERIFY2(result.err.contains("56 problem"), result.err.constData());

    const Run bad = run({u"--validate"_s, u"--max-problems"_s, u"0"_s, path});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--max-problems"), bad.err.constData());
}

void tst_CommandLine::validateCannotBeForged()
{
    // A key that holds a newline and what looks like a verdict, and an escape sequence.
    const QString path = writeVariant(m_dir.filePath(u"forged.json"_s), R"("level_note":)",
                                      "\"x\\nfake.json:1:1: all good\\u001b[31m\": 1, \"level_note\":");
    QVERIFY(!path.isEmpty());
    const Run result = run({u"--validate"_s, path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.out.contains('\x1b'));
    const QStringList lines = outputLines(result.out);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(path + u":113:"_s), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(u"\"x\\nfake.json:1:1: all good\\u001b[31m\""_s), qPrintable(lines.first()));
}

void tst_CommandLine::validateRefusesFifoWithoutBlocking()
{
    const QString path = m_dir.filePath(u"fifo.json"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    const Run result = run({u"--validate"_s, path});
    QVERIFY(timer.elapsed() < 30000);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2((result.out + result.err).contains("not a regular file"), (result.out + result.err).constData());
}

void tst_CommandLine::listShowsDatePrecisionAndLatestDate()
{
    const QString path = writeVariant(m_dir.filePath(u"precision.json"_s), R"("date_precision": "month")",
                                      R"("date_precision": "month", "date_latest": "2024-09-30")");
    QVERIFY(!path.isEmpty());
    const Run result = run({u"--list"_s, path});
    QCOMPARE(result.exitCode, 0);
    const QList<QJsonObject> objects = listObjects(result.out);
    QCOMPARE(objects.size(), 4);
    int withPrecision = 0;
    for (const QJsonObject &object : objects) {
        if (object.value(u"id"_s).toString() == u"grok-2-launch"_s) {
            ++withPrecision;
            QCOMPARE(object.value(u"date"_s).toString(), u"2024-08-01"_s);
            QCOMPARE(object.value(u"date_precision"_s).toString(), u"month"_s);
            QCOMPARE(object.value(u"date_latest"_s).toString(), u"2024-09-30"_s);
        } else {
            QVERIFY(!object.contains(u"date_precision"_s));
            QVERIFY(!object.contains(u"date_latest"_s));
        }
    }
    QCOMPARE(withPrecision, 1);
}

// Each line is JSON that reads back to the very title, whatever characters it holds.
void tst_CommandLine::listEscapesText()
{
    const QByteArray title = R"(Grok-1 \"weights\" \\ C:\\path\n\ttab \u0001\u001f \u2028 é 😀)";
    const QString path = writeVariant(m_dir.filePath(u"escapes.json"_s), R"("title": "Grok-1 weights under Apache-2.0")",
                                      R"("title": ")" + title + '"');
    QVERIFY(!path.isEmpty());
    const Run result = run({u"--list"_s, path});
    QCOMPARE(result.exitCode, 0);
    const QList<QJsonObject> objects = listObjects(result.out);
    QCOMPARE(objects.size(), 4);
    const QString expected = QJsonDocument::fromJson("[\"" + title + "\"]").array().at(0).toString();
    QVERIFY(expected.contains(u'\n') && expected.contains(QChar(0x2028)) && expected.contains(QChar(1)));
    int found = 0;
    for (const QJsonObject &object : objects)
        found += object.value(u"title"_s).toString() == expected;
    QCOMPARE(found, 1);
    // One event a line: no raw line break inside a line.
    QCOMPARE(result.out.count('\n'), 4);
}

void tst_CommandLine::listBundled()
{
    const Run validate = run({u"--validate"_s});
    QCOMPARE(validate.exitCode, 0);
    const QRegularExpressionMatch summary =
        QRegularExpression(u"valid: (\\d+) release events"_s).match(QString::fromUtf8(validate.out));
    QVERIFY(summary.hasMatch());
    const int releaseCount = summary.captured(1).toInt();
    QVERIFY(releaseCount > 0);

    const Run result = run({u"--list"_s});
    QCOMPARE(result.exitCode, 0);
    const QList<QJsonObject> objects = listObjects(result.out);
    QCOMPARE(objects.size(), outputLines(result.out).size());
    QCOMPARE(objects.size(), releaseCount);

    QSet<QString> ids;
    QDate previous;
    for (const QJsonObject &object : objects) {
        const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
        for (const QString &key : {u"id"_s, u"organization"_s, u"model"_s, u"date"_s, u"level"_s})
            QVERIFY2(object.value(key).isString() && !object.value(key).toString().isEmpty(), json.constData());
        for (const QString &key : {u"license"_s, u"spdx"_s}) {
            QVERIFY2(object.contains(key), json.constData());
            QVERIFY2(object.value(key).isString() || object.value(key).isNull(), json.constData());
        }
        QVERIFY2(!ids.contains(object.value(u"id"_s).toString()), json.constData());
        ids.insert(object.value(u"id"_s).toString());
        const QString dateText = object.value(u"date"_s).toString();
        QVERIFY2(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}$"_s).match(dateText).hasMatch(), json.constData());
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        QVERIFY2(date.isValid(), json.constData());
        QVERIFY2(!previous.isValid() || previous <= date, json.constData()); // chronological
        previous = date;
        QVERIFY2(Openness::fromId(object.value(u"level"_s).toString()).has_value(), json.constData());
        // An SPDX id only comes with a license.
        if (object.value(u"license"_s).isNull())
            QVERIFY2(object.value(u"spdx"_s).isNull(), json.constData());
    }
    QVERIFY(ids.contains(u"grok-1-weights"_s));
}

void tst_CommandLine::listLevels()
{
    const Run all = run({u"--list"_s});
    QCOMPARE(all.exitCode, 0);
    int expected = 0;
    for (const QJsonObject &object : listObjects(all.out))
        expected += object.value(u"level"_s).toString() == u"open-weights"_s ? 1 : 0;
    QVERIFY(expected > 0);

    const Run result = run({u"--list"_s, u"--levels"_s, u"open-weights"_s});
    QCOMPARE(result.exitCode, 0);
    const QList<QJsonObject> objects = listObjects(result.out);
    QCOMPARE(objects.size(), expected);
    bool foundGrok = false;
    for (const QJsonObject &object : objects) {
        QCOMPARE(object.value(u"level"_s).toString(), u"open-weights"_s);
        if (object.value(u"id"_s).toString() == u"grok-1-weights"_s) {
            foundGrok = true;
            QCOMPARE(object.value(u"organization"_s).toString(), u"xai"_s);
            QCOMPARE(object.value(u"date"_s).toString(), u"2024-03-17"_s);
            QCOMPARE(object.value(u"spdx"_s).toString(), u"Apache-2.0"_s);
            QVERIFY(object.value(u"license"_s).toString().contains(u"Apache"_s));
        }
    }
    QVERIFY(foundGrok);

    // Two levels: the union.
    const Run two = run({u"--list"_s, u"--levels"_s, u"open-weights,hosted"_s});
    QCOMPARE(two.exitCode, 0);
    int hosted = 0;
    for (const QJsonObject &object : listObjects(all.out))
        hosted += object.value(u"level"_s).toString() == u"hosted"_s ? 1 : 0;
    QVERIFY(hosted > 0);
    QCOMPARE(listObjects(two.out).size(), expected + hosted);
}

void tst_CommandLine::listOrganizations()
{
    const Run all = run({u"--list"_s});
    QCOMPARE(all.exitCode, 0);
    int expected = 0;
    for (const QJsonObject &object : listObjects(all.out))
        expected += object.value(u"organization"_s).toString() == u"xai"_s ? 1 : 0;
    QVERIFY(expected > 0);

    const Run result = run({u"--list"_s, u"--orgs"_s, u"xai"_s});
    QCOMPARE(result.exitCode, 0);
    const QList<QJsonObject> objects = listObjects(result.out);
    QCOMPARE(objects.size(), expected);
    QSet<QString> ids;
    for (const QJsonObject &object : objects) {
        QCOMPARE(object.value(u"organization"_s).toString(), u"xai"_s);
        ids.insert(object.value(u"id"_s).toString());
    }
    QVERIFY(ids.contains(u"grok-1-weights"_s));
}

void tst_CommandLine::listUnknownFilter_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown level") << QStringList{u"--list"_s, u"--levels"_s, u"open-weight"_s};
    QTest::newRow("one unknown level of two") << QStringList{u"--list"_s, u"--levels"_s, u"hosted,opensource"_s};
    QTest::newRow("unknown organization") << QStringList{u"--list"_s, u"--orgs"_s, u"x-ai"_s};
    QTest::newRow("unknown organization on validate") << QStringList{u"--validate"_s, u"--orgs"_s, u"nobody"_s};
    QTest::newRow("unknown option") << QStringList{u"--list"_s, u"--frobnicate"_s};
    QTest::newRow("two commands") << QStringList{u"--list"_s, u"--validate"_s};
}

void tst_CommandLine::listUnknownFilter()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty()); // says what was wrong
}

void tst_CommandLine::exportFormats_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << u"png"_s << QByteArray("\x89PNG\r\n\x1a\n");
    QTest::newRow("svg") << u"svg"_s << QByteArray("<?xml");
    QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF-");
}

void tst_CommandLine::exportFormats()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    const QString path = m_dir.filePath(u"chart."_s + suffix);
    QFile::remove(path);
    const Run result = run({u"--export"_s, path});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray bytes = readBytes(path);
    QVERIFY2(bytes.startsWith(magic), bytes.left(16).toHex().constData());
    if (suffix == u"svg"_s)
        QVERIFY(bytes.contains("<svg"));
    if (suffix == u"png"_s) {
        // The default size of the contract.
        const QImage image = QImage::fromData(bytes, "PNG");
        QCOMPARE(image.size(), QSize(1600, 900));
    }
}

void tst_CommandLine::exportSize()
{
    const QString path = m_dir.filePath(u"sized.png"_s);
    QFile::remove(path);
    const Run result = run({u"--export"_s, path, u"--size"_s, u"800x450"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(800, 450));
}

void tst_CommandLine::exportOtherChart()
{
    const QString overTime = m_dir.filePath(u"over-time.png"_s);
    const QString byYear = m_dir.filePath(u"by-year.png"_s);
    const Run first = run({u"--export"_s, overTime, u"--size"_s, u"640x360"_s, u"--chart"_s, u"openness-over-time"_s});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const Run second = run({u"--export"_s, byYear, u"--size"_s, u"640x360"_s, u"--chart"_s, u"levels-by-year"_s});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const QImage a(overTime);
    const QImage b(byYear);
    QCOMPARE(b.size(), QSize(640, 360));
    QCOMPARE(a.size(), b.size());
    QVERIFY(a != b); // --chart is honoured: a different chart is drawn
}

void tst_CommandLine::exportBadUsage_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("unknown chart") << u"bad-chart.png"_s << QStringList{u"--chart"_s, u"pie"_s};
    QTest::newRow("size without height") << u"bad-size-1.png"_s << QStringList{u"--size"_s, u"800"_s};
    QTest::newRow("size with words") << u"bad-size-2.png"_s << QStringList{u"--size"_s, u"widexhigh"_s};
    QTest::newRow("zero size") << u"bad-size-3.png"_s << QStringList{u"--size"_s, u"0x0"_s};
    QTest::newRow("negative size") << u"bad-size-4.png"_s << QStringList{u"--size"_s, u"-800x450"_s};
    QTest::newRow("unknown extension") << u"chart.gif"_s << QStringList();
    QTest::newRow("no extension") << u"chart"_s << QStringList();
    QTest::newRow("unknown level") << u"bad-level.png"_s << QStringList{u"--levels"_s, u"open"_s};
    QTest::newRow("unknown organization") << u"bad-org.png"_s << QStringList{u"--orgs"_s, u"acme"_s};
    QTest::newRow("unknown kind") << u"bad-kind.png"_s << QStringList{u"--kinds"_s, u"rumour"_s};
    QTest::newRow("unknown theme") << u"bad-theme.png"_s << QStringList{u"--theme"_s, u"system"_s};
    QTest::newRow("scale 4") << u"bad-scale.png"_s << QStringList{u"--scale"_s, u"4"_s};
    QTest::newRow("scale words") << u"bad-scale-2.png"_s << QStringList{u"--scale"_s, u"two"_s};
}

void tst_CommandLine::exportBadUsage()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, extra);
    QTemporaryDir dir; // empty, so anything left behind shows
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    const Run result = run(QStringList{u"--export"_s, path} + extra);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(!QFile::exists(path));
    // Nothing else left behind either (no temporary file of a half-written export).
    const QStringList leftovers = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
}

void tst_CommandLine::exportIntoMissingDirectory()
{
    const QString directory = m_dir.filePath(u"no-such-directory"_s);
    const QString path = directory + u"/chart.png"_s;
    const Run result = run({u"--export"_s, path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFileInfo::exists(directory));
}

void tst_CommandLine::exportInvalidDataKeepsExistingFile()
{
    // A chart exported earlier must survive a later export that fails on bad data.
    const QString path = m_dir.filePath(u"kept.png"_s);
    const Run good = run({u"--export"_s, path, u"--size"_s, u"320x180"_s});
    QVERIFY2(good.exitCode == 0, good.err.constData());
    const QByteArray before = readBytes(path);
    QVERIFY(before.startsWith("\x89PNG"));

    const Run result = run({u"--export"_s, path, fixture(u"broken.json"_s)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(QString::fromUtf8(result.err).contains(u"opne-weights"_s)); // says what is wrong
    QCOMPARE(readBytes(path), before);

    // The same for a dataset that cannot be read at all (exit 2).
    const Run missing = run({u"--export"_s, path, m_dir.filePath(u"missing.json"_s)});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(readBytes(path), before);
}

void tst_CommandLine::exportEveryChart_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("suffix");
    for (const QString &chart : {u"openness-over-time"_s, u"releases-by-level"_s, u"levels-by-year"_s, u"time-to-weights"_s}) {
        for (const QString &suffix : {u"png"_s, u"svg"_s, u"pdf"_s})
            QTest::addRow("%s %s", qPrintable(chart), qPrintable(suffix)) << chart << suffix;
    }
}

void tst_CommandLine::exportEveryChart()
{
    QFETCH(QString, chart);
    QFETCH(QString, suffix);
    const QString path = m_dir.filePath(chart + u'.' + suffix);
    QFile::remove(path);
    const Run result = run({u"--export"_s, path, u"--chart"_s, chart});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray bytes = readBytes(path);
    QVERIFY(bytes.size() > 1000);
    // Every chart names the dataset's as-of date in its caption, as text where the format keeps text.
    if (suffix == u"png") {
        const QImage image = QImage::fromData(bytes, "PNG");
        QVERIFY(image.text(u"Description"_s).contains(u"as of 20"_s));
    } else if (suffix == u"svg") {
        QVERIFY(bytes.contains("as of 20"));
    }
}

void tst_CommandLine::exportThemeScaleTitleAndKinds()
{
    const QString path = m_dir.filePath(u"options.png"_s);
    const Run result = run({u"--export"_s, path, u"--size"_s, u"640x360"_s, u"--scale"_s, u"2"_s, u"--theme"_s,
                            u"dark"_s, u"--title"_s, u"Grok's arc"_s, u"--kinds"_s, u"weights,license-change"_s,
                            u"--orgs"_s, u"xai"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1280, 720));
    QCOMPARE(image.text(u"Title"_s), u"Grok's arc"_s);
    const QString caption = image.text(u"Description"_s);
    QVERIFY2(caption.contains(u"weights releases, license changes"_s), qPrintable(caption));
    QVERIFY2(caption.contains(u"xAI"_s), qPrintable(caption));
    QVERIFY(image.pixelColor(1, 1).lightness() < 64); // dark theme

    // The defaults: light, 1x, the chart's own title.
    const QString plain = m_dir.filePath(u"defaults.png"_s);
    const Run defaults = run({u"--export"_s, plain, u"--size"_s, u"640x360"_s});
    QVERIFY2(defaults.exitCode == 0, defaults.err.constData());
    const QImage light(plain);
    QCOMPARE(light.size(), QSize(640, 360));
    QCOMPARE(light.pixelColor(1, 1), QColor(Qt::white));
    QVERIFY(light.text(u"Description"_s).contains(u"Filter: none"_s));
}

void tst_CommandLine::exportTimelineInEveryFormat()
{
    // The timeline chart is the timeline's own drawing: every lane, the level colours, the
    // organization names and the model names as text.
    const QString png = m_dir.filePath(u"timeline.png"_s);
    const Run image = run({u"--export"_s, png, u"--chart"_s, u"timeline"_s, u"--size"_s, u"1600x900"_s});
    QVERIFY2(image.exitCode == 0, image.err.constData());
    const QImage picture(png);
    QCOMPARE(picture.size(), QSize(1600, 900));
    int openWeights = 0;
    const QRgb blue = LevelPalette::color(OpennessLevel::OpenWeights).rgb();
    for (int y = 0; y < picture.height(); ++y) {
        for (int x = 0; x < picture.width(); ++x)
            openWeights += (picture.pixel(x, y) & 0xffffff) == (blue & 0xffffff) ? 1 : 0;
    }
    QVERIFY(openWeights > 50);

    const QString svg = m_dir.filePath(u"timeline.svg"_s);
    const Run vector = run({u"--export"_s, svg, u"--chart"_s, u"timeline"_s, u"--orgs"_s, u"xai"_s});
    QVERIFY2(vector.exitCode == 0, vector.err.constData());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains(">xAI<"));     // the lane, as text
    QVERIFY(svgText.contains(">Grok-1<"));  // a label, as text
    QVERIFY(!svgText.contains(">Meta<"));   // filtered out

    const QString pdf = m_dir.filePath(u"timeline.pdf"_s);
    const Run document = run({u"--export"_s, pdf, u"--chart"_s, u"timeline"_s, u"--theme"_s, u"dark"_s});
    QVERIFY2(document.exitCode == 0, document.err.constData());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));
}

void tst_CommandLine::exportWriteErrorNamesCauseAndKeepsFile()
{
    // A file-size limit makes the write itself fail half way, as a full disk does.
    if (!QFile::exists(u"/bin/sh"_s))
        QSKIP("needs /bin/sh for ulimit");
    const QString path = m_dir.filePath(u"limited.png"_s);
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous content");
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    // Ignore SIGXFSZ so the write returns EFBIG instead of killing the process.
    process.start(u"/bin/sh"_s, {u"-c"_s, u"trap '' XFSZ; ulimit -f 8; exec \"$0\" --export \"$1\""_s,
                                 QStringLiteral(OPENNESS_TIMELINE_EXE), path});
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains(u"file too large"_s, Qt::CaseInsensitive), qPrintable(err));
    QVERIFY2(err.contains(path), qPrintable(err));
    QCOMPARE(readBytes(path), QByteArray("previous content"));
    const QStringList leftovers = QDir(m_dir.path()).entryList({u"limited.png*"_s}, QDir::Files | QDir::Hidden);
    QCOMPARE(leftovers, QStringList{u"limited.png"_s});
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
