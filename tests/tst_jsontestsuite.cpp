#include "DatasetLoader.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;

// Nicolas Seriot's JSONTestSuite (tests/data/JSONTestSuite) run through the loader: every text
// the JSON grammar rejects (n_) must be refused with a located syntax problem, every text it
// accepts (y_) must get past the syntax check (it then fails the dataset rules, as it is not a
// dataset), and the implementation-defined ones (i_) may go either way but must not crash.
class TestJsonTestSuite : public QObject
{
    Q_OBJECT

private slots:
    void parsesLikeTheGrammarSays_data();
    void parsesLikeTheGrammarSays();
    void cleanupTestCase();

private:
    struct Counts {
        int rejected = 0;
        int accepted = 0;
    };
    QMap<QChar, Counts> m_counts; // by the file's first letter: n, y or i
};

void TestJsonTestSuite::parsesLikeTheGrammarSays_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(OPENNESS_TEST_DATA_DIR "/JSONTestSuite/test_parsing"));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() > 300);
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestJsonTestSuite::parsesLikeTheGrammarSays()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const QString name = QFileInfo(path).fileName();

    // A crash here would abort the whole run, so reaching the summary means none crashed.
    const DatasetLoader::Result result = DatasetLoader::fromJson(text, name);
    QVERIFY(!result.ok()); // none of them is a dataset
    QVERIFY(!result.problems.isEmpty());
    QVERIFY(result.failure != DatasetLoader::Failure::Unreadable);
    const bool rejected = result.failure == DatasetLoader::Failure::Syntax;
    Counts &counts = m_counts[name.at(0)];
    ++(rejected ? counts.rejected : counts.accepted);

    if (name.startsWith(u"n_")) {
        QVERIFY2(rejected, qPrintable(result.problems.first().toString()));
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().line >= 1);
        QVERIFY(result.problems.first().column >= 1);
    } else if (name.startsWith(u"y_")) {
        QVERIFY2(!rejected, qPrintable(result.problems.first().toString()));
        for (const Problem &problem : result.problems)
            QVERIFY(problem.line >= 1);
    }
}

void TestJsonTestSuite::cleanupTestCase()
{
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        qInfo("JSONTestSuite %c_ files: %d rejected, %d accepted, 0 crashed", it.key().toLatin1(),
              it->rejected, it->accepted);
    }
}

QTEST_MAIN(TestJsonTestSuite)
#include "tst_jsontestsuite.moc"
