#include "DatasetLoader.h"
#include "OsaiImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `openness-timeline DATASET --import osai DIR -o OUT.json`, on the real European Open Source AI
// Index (data/osai-index/, CC-BY 4.0, see its LICENSE.md): entries land on the right model and no
// other, entries that match nothing are listed, a malformed file gets a located message and no
// crash, what is written is a valid dataset, and the bundled dataset's assessments are exactly
// what the import makes.
class TestOsaiImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void entryLandsOnTheRightModel_data();
    void entryLandsOnTheRightModel();
    void gradesAreCopiedWithLinksAndNotes();
    void importAccountsForEveryFile();
    void malformedYamlIsLocated_data();
    void malformedYamlIsLocated();
    void commandWritesAValidDatasetAndListsUnmatched();
    void commandRefusesBadUsage_data();
    void commandRefusesBadUsage();
    void validatorChecksAssessments_data();
    void validatorChecksAssessments();
    void writingKeepsTheDatasetLayout();
    void bundledAssessmentsAreReproducible();

private:
    static QString indexDir() { return QStringLiteral(OPENNESS_SOURCE_DIR "/data/osai-index"); }
    static QString datasetPath() { return QStringLiteral(OPENNESS_SOURCE_DIR "/data/openness-timeline.json"); }
    static QByteArray readFile(const QString &path);
    static QByteArray indexFile(const QString &name) { return readFile(indexDir() + u'/' + name); }
    // The bundled dataset's text without any assessments, as the import's input.
    static QByteArray withoutAssessments(const QByteArray &text);
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments);

    QByteArray m_text; // the dataset in the source tree
    DatasetPtr m_dataset;
};

QByteArray TestOsaiImport::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QByteArray TestOsaiImport::withoutAssessments(const QByteArray &text)
{
    QJsonObject root = QJsonDocument::fromJson(text).object();
    QJsonArray models = root["models"_L1].toArray();
    for (qsizetype i = 0; i < models.size(); ++i) {
        QJsonObject model = models.at(i).toObject();
        model.remove("assessments"_L1);
        models.replace(i, model);
    }
    root["models"_L1] = models;
    return QJsonDocument(root).toJson();
}

TestOsaiImport::Run TestOsaiImport::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(OPENNESS_TIMELINE_EXE), arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestOsaiImport::initTestCase()
{
    m_text = readFile(datasetPath());
    const DatasetLoader::Result loaded = DatasetLoader::fromJson(m_text, datasetPath());
    QVERIFY(loaded.ok());
    m_dataset = loaded.dataset;
}

void TestOsaiImport::entryLandsOnTheRightModel_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("modelId"); // empty: no model
    QTest::addColumn<QString>("reason");  // part of why not
    QTest::newRow("Grok 2") << u"Grok.yaml"_s << u"grok-2"_s << QString();
    QTest::newRow("Llama 3.1") << u"llama-3.1.yaml"_s << u"llama-3.1"_s << QString();
    QTest::newRow("Llama 3, end model named Meta-Llama-3") << u"llama-3-instruct.yaml"_s << u"llama-3"_s << QString();
    QTest::newRow("Llama 4 (Scout, Maverick)") << u"llama-4.yaml"_s << u"llama-4"_s << QString();
    QTest::newRow("CodeLlama is Code Llama") << u"CodeLlama.yaml"_s << u"code-llama"_s << QString();
    QTest::newRow("Gemma graded on Gemma 3") << u"Gemma.yaml"_s << u"gemma-3"_s << QString();
    QTest::newRow("DeepSeek-Coder graded on V2") << u"DeepSeek-Coder.yaml"_s << u"deepseek-coder-v2"_s << QString();
    QTest::newRow("DeepSeek V3.2") << u"deepseek-v3.yaml"_s << u"deepseek-v3.2"_s << QString();
    QTest::newRow("T5 graded on T5X") << u"T5.yaml"_s << u"t5"_s << QString();
    QTest::newRow("Mistral Large 3 (alias)") << u"Mistral.yaml"_s << u"mistral-3"_s << QString();
    QTest::newRow("Mistral NeMo, two organizations") << u"mistral-nemo.yaml"_s << u"mistral-nemo"_s << QString();
    QTest::newRow("Qwen graded on Qwen3.5, not in the dataset")
        << u"Qwen.yaml"_s << QString() << u"\"Qwen3.5-397B-A17B\" is none of"_s;
    QTest::newRow("a fine-tune of Gemma 2 is not Gemma 2") << u"Gemma Japanese.yaml"_s << QString()
                                                           << u"no model of the organization is named"_s;
    QTest::newRow("Qwen3-Coder is no Qwen2.5-Coder") << u"Qwen-Coder.yaml"_s << QString()
                                                     << u"no model of the organization is named"_s;
    QTest::newRow("an organization not in the dataset") << u"OLMo.yaml"_s << QString()
                                                        << u"no organization of the dataset is \"Ai2\""_s;
}

void TestOsaiImport::entryLandsOnTheRightModel()
{
    QFETCH(QString, file);
    QFETCH(QString, modelId);
    QFETCH(QString, reason);
    QList<OsaiImporter::Message> problems;
    const std::optional<OsaiImporter::Entry> entry = OsaiImporter::readEntry(indexFile(file), file, problems);
    QVERIFY2(entry, problems.isEmpty() ? "" : qPrintable(problems.first().toString()));
    QVERIFY(problems.isEmpty());
    const OsaiImporter::Match match = OsaiImporter::match(*entry, *m_dataset);
    QCOMPARE(match.modelId, modelId);
    if (!reason.isEmpty())
        QVERIFY2(match.reason.contains(reason), qPrintable(match.reason));
}

void TestOsaiImport::gradesAreCopiedWithLinksAndNotes()
{
    QList<OsaiImporter::Message> problems;
    const std::optional<OsaiImporter::Entry> grok = OsaiImporter::readEntry(indexFile(u"Grok.yaml"_s), u"Grok.yaml"_s, problems);
    QVERIFY(grok);
    const OsaiAssessment &assessment = grok->assessment;
    QCOMPARE(assessment.entry, u"Grok 2"_s);
    QCOMPARE(assessment.file, u"Grok.yaml"_s);
    QCOMPARE(grok->organization, u"xAI"_s);
    QCOMPARE(assessment.grades.size(), OsaiAssessment::parameterCount);
    const OsaiGrade &weights = assessment.grade(OsaiAssessment::parameterIndex(u"weights_endmodel"));
    QCOMPARE(weights.grade, OsaiClass::Open);
    QCOMPARE(weights.links, QStringList{u"https://huggingface.co/xai-org/grok-2"_s});
    QCOMPARE(weights.notes, u"End model weights provided on HuggingFace."_s);
    const OsaiGrade &licenses = assessment.grade(OsaiAssessment::parameterIndex(u"licenses"));
    QCOMPARE(licenses.grade, OsaiClass::Closed);
    QCOMPARE(licenses.notes, u"xAI Community License Agreement, not an OSI recognised open license."_s);
    const OsaiGrade &data = assessment.grade(OsaiAssessment::parameterIndex(u"datasources_basemodel"));
    QCOMPARE(data.grade, OsaiClass::Closed);
    QVERIFY(data.links.isEmpty()); // "link:" with nothing after it
    QCOMPARE(assessment.count(OsaiClass::Open), 1);
    QCOMPARE(assessment.count(OsaiClass::Closed), OsaiAssessment::parameterCount - 1);
    QCOMPARE(assessment.source.url, u"https://osai-index.eu/model/Grok"_s);
    QVERIFY(!assessment.source.primary);

    // A list of evidence links stays a list, in its order.
    const std::optional<OsaiImporter::Entry> llama =
        OsaiImporter::readEntry(indexFile(u"llama-3.1.yaml"_s), u"llama-3.1.yaml"_s, problems);
    QVERIFY(llama);
    const OsaiGrade &preprint = llama->assessment.grade(OsaiAssessment::parameterIndex(u"preprint"));
    QCOMPARE(preprint.links, (QStringList{u"https://arxiv.org/abs/2407.21783"_s, u"https://ai.meta.com/blog/meta-llama-3-1/"_s}));
    QCOMPARE(llama->assessment.source.title,
             u"European Open Source AI Index: Llama 3.1 (graded on Llama-3.1-405B-Instruct), CC-BY 4.0"_s);
    // A file name with a space makes a working page address.
    QCOMPARE(OsaiImporter::pageUrl(u"Gemma Japanese.yaml"_s), u"https://osai-index.eu/model/Gemma%20Japanese"_s);
}

void TestOsaiImport::importAccountsForEveryFile()
{
    const OsaiImporter::Result result = OsaiImporter::importDirectory(indexDir(), *m_dataset);
    QVERIFY(result.error.isEmpty());
    const QStringList yamlFiles = QDir(indexDir()).entryList({u"*.yaml"_s}, QDir::Files);
    QCOMPARE(result.files, yamlFiles.size());
    QSet<QString> skipped;
    for (const OsaiImporter::Message &problem : result.problems)
        skipped.insert(problem.file);
    // Every file is an entry or skipped with a reason; every entry is matched or listed.
    QCOMPARE(result.entries + skipped.size(), result.files);
    QCOMPARE(result.matched + result.unmatched.size(), result.entries);
    QCOMPARE(result.matched, result.matches.size());
    // Only the submission template, whose name is empty, is not an entry.
    QCOMPARE(skipped, QSet<QString>{indexDir() + u"/a_submission_template.yaml"_s});

    const QList<std::pair<QString, QString>> expected = {
        {u"CodeLlama.yaml"_s, u"code-llama"_s},
        {u"DeepSeek-Coder.yaml"_s, u"deepseek-coder-v2"_s},
        {u"Devstral.yaml"_s, u"devstral-2"_s},
        {u"GPT-OSS.yaml"_s, u"gpt-oss"_s},
        {u"Gemma.yaml"_s, u"gemma-3"_s},
        {u"Grok.yaml"_s, u"grok-2"_s},
        {u"Mistral.yaml"_s, u"mistral-3"_s},
        {u"OPT.yaml"_s, u"opt"_s},
        {u"T5.yaml"_s, u"t5"_s},
        {u"Whisper.yaml"_s, u"whisper"_s},
        {u"deepseek-R1.yaml"_s, u"deepseek-r1"_s},
        {u"deepseek-v3.yaml"_s, u"deepseek-v3.2"_s},
        {u"llama-2-chat.yaml"_s, u"llama-2"_s},
        {u"llama-3-instruct.yaml"_s, u"llama-3"_s},
        {u"llama-3.1.yaml"_s, u"llama-3.1"_s},
        {u"llama-3.3.yaml"_s, u"llama-3.3"_s},
        {u"llama-4.yaml"_s, u"llama-4"_s},
        {u"mistral-nemo.yaml"_s, u"mistral-nemo"_s},
    };
    QCOMPARE(result.matches, expected);
    QStringList unmatched;
    for (const OsaiImporter::Message &message : result.unmatched)
        unmatched.append(message.toString());
    const QString qwen = indexDir() + u"/Qwen.yaml: no model matches \"Alibaba / Qwen\": the graded end model "
                                      "\"Qwen3.5-397B-A17B\" is none of Qwen (7B, 14B, 72B), "_s;
    QVERIFY2(std::any_of(unmatched.cbegin(), unmatched.cend(), [&](const QString &line) { return line.startsWith(qwen); }),
             qPrintable(unmatched.join(u'\n')));
}

void TestOsaiImport::malformedYamlIsLocated_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("marker"); // the problem is on the line of its last occurrence (empty: any line)
    QTest::addColumn<QString>("message");

    const QByteArray grok = indexFile(u"Grok.yaml"_s);
    auto replaced = [&](const char *from, const char *to) {
        QByteArray text = grok;
        const qsizetype at = text.indexOf(from);
        if (at < 0)
            qFatal("Grok.yaml has no %s", from);
        return text.replace(at, qsizetype(qstrlen(from)), to);
    };
    auto truncatedAfter = [&](const char *marker) {
        const qsizetype at = grok.indexOf(marker);
        if (at < 0)
            qFatal("Grok.yaml has no %s", marker);
        return grok.left(at + qsizetype(qstrlen(marker)));
    };

    QTest::newRow("truncated inside a grade") << truncatedAfter("licenses:\n    class: clo") << QByteArray("class: clo")
                                              << u"licenses.class: unknown grade \"clo\"; expected one of open, partial, closed"_s;
    QTest::newRow("truncated before the parameters")
        << truncatedAfter("# availability:\n") << QByteArray("system:")
        << u"missing parameter \"datasources_basemodel\"; every Index entry grades all 12 parameters"_s;
    QTest::newRow("a grade \"maybe\"")
        << replaced("weights_endmodel:\n    class: open", "weights_endmodel:\n    class: maybe") << QByteArray("class: maybe")
        << u"weights_endmodel.class: unknown grade \"maybe\"; expected one of open, partial, closed"_s;
    QTest::newRow("a parameter that is a text")
        << replaced("weights_endmodel:\n    class: open", "weights_endmodel: open\nunused:\n    class: open")
        << QByteArray("weights_endmodel: open")
        << u"weights_endmodel: wrong type: found a text, expected a mapping with class, link and notes"_s;
    QTest::newRow("a class that is a list")
        << replaced("weights_endmodel:\n    class: open", "weights_endmodel:\n    class: [open, closed]")
        << QByteArray("class: [open, closed]") << u"weights_endmodel.class: wrong type: found a list"_s;
    QTest::newRow("an empty class (not applicable)")
        << replaced("weights_endmodel:\n    class: open", "weights_endmodel:\n    class:\n") << QByteArray("class:\n")
        << u"weights_endmodel.class is empty (not applicable)"_s;
    QTest::newRow("a link that is not a URL")
        << replaced("link: https://huggingface.co/xai-org/grok-2\n    notes: End", "link: see the model card\n    notes: End")
        << QByteArray("link: see the model card") << u"weights_endmodel.link: \"see the model card\" is not an http or https URL"_s;
    QTest::newRow("notes that are a mapping")
        << replaced("notes: No training code found.", "notes: {a: b}") << QByteArray("notes: {a: b}")
        << u"trainingcode.notes: wrong type: found a mapping, expected a text"_s;
    QTest::newRow("Latin-1, not UTF-8") << replaced("founded by Elon Musk", "founded by Elon M\xFCsk")
                                        << QByteArray("founded by Elon M") << u"not UTF-8 text: byte 0xFC"_s;
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEs\0y\0", 6) << QByteArray() << u"not UTF-8 text: byte 0xFF"_s;
    QTest::newRow("an unclosed list") << replaced("link: https://x.ai/", "link: [https://x.ai/") << QByteArray()
                                      << u"not YAML: "_s;
    QTest::newRow("a tab for indentation") << replaced("    name: Grok 2", "\tname: Grok 2") << QByteArray("\tname")
                                           << u"not YAML: "_s;
    QTest::newRow("a list, not a mapping") << QByteArray("- Grok 2\n- xAI\n") << QByteArray()
                                           << u"found a list, expected an Index entry"_s;
    QTest::newRow("an empty file") << QByteArray() << QByteArray() << u"found nothing, expected an Index entry"_s;
    QTest::newRow("no system name") << replaced("    name: Grok 2\n", "    name:\n") << QByteArray("    name:\n")
                                    << u"system.name is empty; expected some text"_s;
}

void TestOsaiImport::malformedYamlIsLocated()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, marker);
    QFETCH(QString, message);
    const QString path = u"index/broken.yaml"_s;
    QList<OsaiImporter::Message> problems;
    const std::optional<OsaiImporter::Entry> entry = OsaiImporter::readEntry(text, path, problems);
    QVERIFY(!entry);
    QVERIFY(!problems.isEmpty());
    const OsaiImporter::Message &problem = problems.first();
    QVERIFY2(problem.text.contains(message), qPrintable(problem.toString()));
    QCOMPARE(problem.file, path);
    // The line: where the marker is; for a syntax error, wherever yaml-cpp says, but a real line.
    if (!marker.isEmpty()) {
        const qsizetype at = text.lastIndexOf(marker);
        QVERIFY(at >= 0);
        const int line = int(text.left(at).count('\n')) + 1;
        QCOMPARE(problem.line, line);
    } else {
        QVERIFY(problem.line >= 1);
        QVERIFY(problem.line <= int(text.count('\n')) + 1);
    }
    QVERIFY(problem.toString().startsWith(path + u':' + QString::number(problem.line) + u": "_s));
    QVERIFY(!problem.toString().contains(u'\n'));
}

void TestOsaiImport::commandWritesAValidDatasetAndListsUnmatched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkdir(u"index"_s);
    const QString index = dir.filePath(u"index"_s);
    for (const char *name : {"Grok.yaml", "llama-3.1.yaml", "Qwen.yaml", "OLMo.yaml", "_parameters.yml"})
        QVERIFY(QFile::copy(indexDir() + u'/' + QLatin1StringView(name), index + u'/' + QLatin1StringView(name)));
    {
        QFile broken(index + u"/broken.yaml"_s);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        QByteArray text = indexFile(u"Grok.yaml"_s);
        text.replace("class: open", "class: maybe");
        broken.write(text);
    }
    const QString input = dir.filePath(u"input.json"_s);
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withoutAssessments(m_text));
    }
    const QString output = dir.filePath(u"out.json"_s);
    const Run import = run({input, u"--import"_s, u"osai"_s, index, u"-o"_s, output});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QVERIFY2(import.err.contains(index + u"/Qwen.yaml: no model matches \"Alibaba / Qwen\""_s), qPrintable(import.err));
    QVERIFY2(import.err.contains(index + u"/OLMo.yaml: no model matches \"Ai2 / OLMo\""_s), qPrintable(import.err));
    QVERIFY2(import.err.contains(index + u"/broken.yaml:49: weights_endmodel.class: unknown grade \"maybe\""_s),
             qPrintable(import.err));
    QVERIFY2(import.out.contains(u"5 files, 4 entries read, 2 matched a model, 2 matched none, 1 files skipped"_s),
             qPrintable(import.out));

    // What was written opens, and only the two matched models carry the Index's grades.
    const Run validate = run({u"--validate"_s, output});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out));
    const QJsonArray models = QJsonDocument::fromJson(readFile(output)).object()["models"_L1].toArray();
    QStringList graded;
    for (const QJsonValue &model : models) {
        const QJsonObject osai = model["assessments"_L1]["osai"_L1].toObject();
        if (!osai.isEmpty())
            graded.append(model["id"_L1].toString() + u" <- "_s + osai["file"_L1].toString());
    }
    QCOMPARE(graded, (QStringList{u"grok-2 <- Grok.yaml"_s, u"llama-3.1 <- llama-3.1.yaml"_s}));
}

void TestOsaiImport::commandRefusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments"); // OUT stands for the output file, DIR for the Index
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no -o") << QStringList{u"--import"_s, u"osai"_s, u"DIR"_s} << 2 << u"--import needs -o"_s;
    QTest::newRow("no folder") << QStringList{u"--import"_s, u"osai"_s, u"-o"_s, u"OUT"_s} << 2
                               << u"needs the Index's folder"_s;
    QTest::newRow("unknown catalogue") << QStringList{u"--import"_s, u"mot"_s, u"DIR"_s, u"-o"_s, u"OUT"_s} << 2
                                       << u"unknown import format \"mot\""_s;
    QTest::newRow("a folder that is not there")
        << QStringList{u"--import"_s, u"osai"_s, u"DIR/missing"_s, u"-o"_s, u"OUT"_s} << 2 << u"not a readable folder"_s;
    QTest::newRow("a folder with no entry") << QStringList{u"--import"_s, u"osai"_s, u"EMPTY"_s, u"-o"_s, u"OUT"_s} << 1
                                            << u"no usable Index entry"_s;
    QTest::newRow("an output that cannot be written")
        << QStringList{u"--import"_s, u"osai"_s, u"DIR"_s, u"-o"_s, u"DIR/missing/out.json"_s} << 2 << u"cannot write"_s;
    QTest::newRow("with --list") << QStringList{u"--list"_s, u"--import"_s, u"osai"_s, u"DIR"_s, u"-o"_s, u"OUT"_s} << 2
                                 << u"use only one of --validate, --list, --export and --import"_s;
    QTest::newRow("-o without --import") << QStringList{u"-o"_s, u"OUT"_s} << 2 << u"-o/--output is for --import"_s;
}

void TestOsaiImport::commandRefusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkdir(u"index"_s);
    QDir(dir.path()).mkdir(u"empty"_s);
    QVERIFY(QFile::copy(indexDir() + u"/Grok.yaml"_s, dir.filePath(u"index/Grok.yaml"_s)));
    const QString output = dir.filePath(u"out.json"_s);
    for (QString &argument : arguments) {
        argument.replace(u"OUT"_s, output);
        argument.replace(u"EMPTY"_s, dir.filePath(u"empty"_s));
        argument.replace(u"DIR"_s, dir.filePath(u"index"_s));
    }
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(output)); // nothing, not even a partial file
}

void TestOsaiImport::validatorChecksAssessments_data()
{
    QTest::addColumn<QString>("key");      // in assessments.osai.grades.weights_endmodel, or a path below
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the key
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message"); // empty: valid

    const QString grade = u"$.models[0].assessments.osai.grades.weights_endmodel"_s;
    QTest::newRow("as imported") << QString() << QJsonValue() << QString() << QString();
    QTest::newRow("a grade \"maybe\"") << u"class"_s << QJsonValue(u"maybe"_s) << grade + u".class"_s
                                       << u"unknown grade \"maybe\"; expected one of open, partial, closed"_s;
    QTest::newRow("no class") << u"class"_s << QJsonValue(QJsonValue::Undefined) << grade
                              << u"missing required key \"class\""_s;
    QTest::newRow("a link list") << u"link"_s << QJsonValue(QJsonArray{u"https://a.example/x"_s, u"https://b.example/y"_s})
                                 << QString() << QString();
    QTest::newRow("no link") << u"link"_s << QJsonValue(QJsonValue::Undefined) << QString() << QString();
    QTest::newRow("a link that is not a web URL") << u"link"_s << QJsonValue(u"ftp://example.org/x"_s) << grade + u".link"_s
                                                  << u"is not an http or https URL"_s;
    QTest::newRow("an empty list of links") << u"link"_s << QJsonValue(QJsonArray()) << grade + u".link"_s
                                            << u"an empty list of links"_s;
    QTest::newRow("a number among the links") << u"link"_s << QJsonValue(QJsonArray{1}) << grade + u".link[0]"_s
                                              << u"wrong type: found a number, expected a URL"_s;
    QTest::newRow("an unknown key in a grade") << u"score"_s << QJsonValue(1) << grade + u".score"_s << u"unknown key \"score\""_s;
    QTest::newRow("a parameter the Index dropped") << u"../package"_s << QJsonValue(QJsonObject{{u"class"_s, u"open"_s}})
                                                   << u"$.models[0].assessments.osai.grades.package"_s
                                                   << u"unknown key \"package\""_s;
    QTest::newRow("a missing parameter") << u"../licenses"_s << QJsonValue(QJsonValue::Undefined)
                                         << u"$.models[0].assessments.osai.grades"_s
                                         << u"missing required key \"licenses\""_s;
    QTest::newRow("an unknown framework") << u"../../../mof"_s << QJsonValue(QJsonObject())
                                          << u"$.models[0].assessments.mof"_s << u"unknown key \"mof\""_s;
    QTest::newRow("no source") << u"../../source"_s << QJsonValue(QJsonValue::Undefined)
                               << u"$.models[0].assessments.osai"_s << u"missing required key \"source\""_s;
}

void TestOsaiImport::validatorChecksAssessments()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    QFETCH(QString, message);
    // An assessment as the import writes it, on the first model, then changed.
    QList<OsaiImporter::Message> problems;
    const std::optional<OsaiImporter::Entry> entry = OsaiImporter::readEntry(indexFile(u"Grok.yaml"_s), u"Grok.yaml"_s, problems);
    QVERIFY(entry);
    QJsonObject osai = QJsonDocument::fromJson(OsaiImporter::toJson(entry->assessment)).object();
    QVERIFY(!osai.isEmpty());
    QJsonObject assessments{{u"osai"_s, osai}};
    auto set = [&value](QJsonObject &object, const QString &name) {
        if (value.isUndefined())
            object.remove(name);
        else
            object.insert(name, value);
    };
    if (key.startsWith(u"../../../"_s)) {
        set(assessments, key.mid(9));
    } else if (key.startsWith(u"../../"_s)) {
        set(osai, key.mid(6));
    } else if (key.startsWith(u"../"_s)) {
        QJsonObject grades = osai["grades"_L1].toObject();
        set(grades, key.mid(3));
        osai["grades"_L1] = grades;
    } else if (!key.isEmpty()) {
        QJsonObject grades = osai["grades"_L1].toObject();
        QJsonObject grade = grades["weights_endmodel"_L1].toObject();
        set(grade, key);
        grades["weights_endmodel"_L1] = grade;
        osai["grades"_L1] = grades;
    }
    if (!key.startsWith(u"../../../"_s))
        assessments["osai"_L1] = osai;
    QJsonObject root = QJsonDocument::fromJson(withoutAssessments(m_text)).object();
    QJsonArray models = root["models"_L1].toArray();
    QJsonObject first = models.at(0).toObject();
    first["assessments"_L1] = assessments;
    models.replace(0, first);
    root["models"_L1] = models;

    const DatasetLoader::Result result = DatasetLoader::fromJson(QJsonDocument(root).toJson(), u"mutated.json"_s);
    if (message.isEmpty()) {
        QVERIFY2(result.ok(), result.problems.isEmpty() ? "" : qPrintable(result.problems.first().toString()));
        const Model &model = result.dataset->models().at(0);
        QVERIFY(model.osai);
        QCOMPARE(model.osai->entry, u"Grok 2"_s);
        QCOMPARE(model.osai->grades.size(), OsaiAssessment::parameterCount);
        return;
    }
    QVERIFY(!result.ok());
    const bool found = std::any_of(result.problems.cbegin(), result.problems.cend(), [&](const Problem &problem) {
        return problem.path == path && problem.message.contains(message) && problem.line > 0;
    });
    QStringList all;
    for (const Problem &problem : result.problems)
        all.append(problem.toString());
    QVERIFY2(found, qPrintable(all.join(u'\n')));
}

void TestOsaiImport::writingKeepsTheDatasetLayout()
{
    // Nothing to attach: the bundled file comes back byte for byte, so an import's diff of it is
    // only the assessments it adds.
    QCOMPARE(OsaiImporter::apply(m_text, {}), m_text);
    QString error;
    QVERIFY(OsaiImporter::apply("[1, 2]", {}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestOsaiImport::bundledAssessmentsAreReproducible()
{
    // Running the import again on the bundled dataset, from the bundled copy of the Index, must
    // give the file as it is: the assessments it ships are the Index's, untouched.
    const OsaiImporter::Result result = OsaiImporter::importDirectory(indexDir(), *m_dataset);
    QVERIFY(result.error.isEmpty());
    QStringList differences;
    const QJsonArray models = QJsonDocument::fromJson(m_text).object()["models"_L1].toArray();
    int graded = 0;
    for (const QJsonValue &model : models) {
        const QString id = model["id"_L1].toString();
        const QJsonObject shipped = model["assessments"_L1]["osai"_L1].toObject();
        graded += shipped.isEmpty() ? 0 : 1;
        const auto imported = result.assessments.constFind(id);
        if (imported == result.assessments.constEnd()) {
            if (!shipped.isEmpty())
                differences.append(id + u": ships grades the import does not give"_s);
            continue;
        }
        if (QJsonDocument::fromJson(OsaiImporter::toJson(*imported)).object() != shipped)
            differences.append(id + u": ships other grades than the import gives"_s);
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    QCOMPARE(graded, int(result.assessments.size()));
    QVERIFY(graded > 0);
    QVERIFY(OsaiImporter::apply(m_text, result.assessments) == m_text);
}

QTEST_MAIN(TestOsaiImport)
#include "tst_osaiimport.moc"
