#include "CommandLine.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// How the program starts, as a user types it: Qt's own options (-style, -platform, -reverse,
// -stylesheet) are accepted before and with the application's, the commands that print need no
// display, and --theme and --lang are checked like any other option.
class tst_Startup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void launchReadsTheCommandLineLikeRun_data();
    void launchReadsTheCommandLineLikeRun();
    void qtOptionsWithHeadlessCommands_data();
    void qtOptionsWithHeadlessCommands();
    void windowStartsWithQtOptions();
    void badThemeOrLanguageIsBadUsage_data();
    void badThemeOrLanguageIsBadUsage();
    void helpFollowsTheLanguage();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs the program with no display at all and a settings folder of its own.
    Run run(const QStringList &arguments) const;
    QProcessEnvironment environment() const;

    QTemporaryDir m_home;
};

void tst_Startup::initTestCase()
{
    QVERIFY(m_home.isValid());
}

QProcessEnvironment tst_Startup::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.remove(u"LC_ALL"_s);
    return environment;
}

tst_Startup::Run tst_Startup::run(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(OPENNESS_TIMELINE_EXE), arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void tst_Startup::qtOptionsWithHeadlessCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("-style before --version") << QStringList{u"-style"_s, u"Fusion"_s, u"--version"_s} << u"openness-timeline"_s;
    QTest::newRow("-reverse with --validate") << QStringList{u"-reverse"_s, u"--validate"_s} << u"valid"_s;
    QTest::newRow("-platform with --list") << QStringList{u"-platform"_s, u"offscreen"_s, u"--list"_s, u"--orgs"_s, u"xai"_s}
                                           << u"\"organization\":\"xai\""_s;
    QTest::newRow("-style=Fusion with --help") << QStringList{u"-style=Fusion"_s, u"--help"_s} << u"--theme"_s;
    QTest::newRow("-stylesheet with --validate") << QStringList{u"-stylesheet"_s, u"/nonexistent.qss"_s, u"--validate"_s}
                                                 << u"valid"_s;
}

void tst_Startup::qtOptionsWithHeadlessCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run result = run(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
    QVERIFY(!result.err.contains(u"Unknown option"_s));
}

void tst_Startup::windowStartsWithQtOptions()
{
    // The window on the offscreen platform, with Qt's options mixed in: it must start and keep
    // running (a usage error would end it at once with exit code 2).
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(OPENNESS_TIMELINE_EXE),
                  {u"-platform"_s, u"offscreen"_s, u"-style"_s, u"Fusion"_s, u"-reverse"_s, u"--theme"_s, u"dark"_s,
                   u"--lang"_s, u"de"_s});
    QVERIFY(process.waitForStarted());
    QVERIFY2(!process.waitForFinished(2500), qPrintable(QString::fromUtf8(process.readAllStandardError())));
    process.kill();
    process.waitForFinished();
}

void tst_Startup::badThemeOrLanguageIsBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("theme") << QStringList{u"--theme"_s, u"purple"_s} << u"purple"_s;
    QTest::newRow("language") << QStringList{u"--lang"_s, u"xx"_s} << u"xx"_s;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
}

void tst_Startup::badThemeOrLanguageIsBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);
    // No display: a usage error must be reported without one, not end in a platform abort.
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(mentioned), qPrintable(result.err));
}

void tst_Startup::helpFollowsTheLanguage()
{
    const Run english = run({u"--lang"_s, u"en"_s, u"--help"_s});
    QCOMPARE(english.exitCode, 0);
    QVERIFY(english.out.contains(u"Only these organizations"_s));
    const Run german = run({u"--lang"_s, u"de"_s, u"--help"_s});
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.contains(u"Nur diese Organisationen"_s), qPrintable(german.out));
    const Run french = run({u"--lang"_s, u"fr"_s, u"--help"_s});
    QVERIFY2(french.out.contains(u"Seulement ces organisations"_s), qPrintable(french.out));
}

void tst_Startup::launchReadsTheCommandLineLikeRun_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("window");
    QTest::addColumn<QString>("file");
    QTest::newRow("nothing") << QStringList{} << true << QString();
    QTest::newRow("a dataset") << QStringList{u"d.json"_s} << true << u"d.json"_s;
    QTest::newRow("Qt options") << QStringList{u"-style"_s, u"Fusion"_s, u"-reverse"_s, u"d.json"_s} << true << u"d.json"_s;
    QTest::newRow("--validate") << QStringList{u"--validate"_s, u"d.json"_s} << false << u"d.json"_s;
    QTest::newRow("--list, bundled") << QStringList{u"--list"_s} << false << QString();
    QTest::newRow("--export=") << QStringList{u"--export=t.png"_s, u"d.json"_s} << false << u"d.json"_s;
    QTest::newRow("--import epoch") << QStringList{u"--import"_s, u"epoch"_s, u"m.csv"_s, u"-o"_s, u"o.json"_s}
                                    << false << u"m.csv"_s;
    QTest::newRow("--help") << QStringList{u"--help"_s} << false << QString();
    QTest::newRow("-v") << QStringList{u"-v"_s} << false << QString();
    QTest::newRow("bad usage") << QStringList{u"--no-such-option"_s} << false << QString();
    QTest::newRow("a file named like an option's value") << QStringList{u"--lang"_s, u"de"_s, u"de.json"_s} << true
                                                         << u"de.json"_s;
}

// The decision taken before the application starts (the heap tuning's restart) comes from the
// same parser as the run, not from a second list of option names.
void tst_Startup::launchReadsTheCommandLineLikeRun()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, window);
    QFETCH(QString, file);
    std::vector<QByteArray> bytes{QByteArray("openness-timeline")};
    for (const QString &argument : arguments)
        bytes.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : bytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const CommandLine::Launch launch = CommandLine::launch(int(bytes.size()), argv.data());
    QCOMPARE(launch.window, window);
    QCOMPARE(QString::fromStdString(launch.file), file);
}

QTEST_GUILESS_MAIN(tst_Startup)
#include "tst_startup.moc"
