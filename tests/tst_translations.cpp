#include "FilterBar.h"
#include "Language.h"
#include "MainWindow.h"
#include "ReleaseDocument.h"
#include "Theme.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

// The window in another language, as a user who chose it sees it: every menu entry and every
// word of the filter bar translated, nothing left in English.
class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void menusAndFilterBarHaveNoUntranslatedString_data();
    void menusAndFilterBarHaveNoUntranslatedString();
    void datesFollowTheLanguage();
    void unknownLanguageFallsBackToEnglish();

private:
    // The user-visible text of the menus (with their submenus) and of the filter bar, in order.
    static QStringList visibleTexts(MainWindow &window);
};

void tst_Translations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"OpennessTimelineTests"_s);
    QCoreApplication::setApplicationName(u"tst_translations"_s);
    QSettings().clear();
}

void tst_Translations::cleanup()
{
    Language::install(u"en"_s);
}

QStringList tst_Translations::visibleTexts(MainWindow &window)
{
    QStringList texts;
    std::function<void(const QList<QAction *> &)> addMenu = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            texts.append(action->text());
            if (action->menu())
                addMenu(action->menu()->actions());
        }
    };
    addMenu(window.menuBar()->actions());
    FilterBar *bar = window.filterBar();
    for (QLabel *label : bar->findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            texts.append(label->text());
    }
    for (OpennessLevel level : Openness::allLevels()) {
        texts.append(bar->levelButton(level)->text());
        texts.append(bar->levelButton(level)->toolTip());
        texts.append(bar->levelButton(level)->accessibleName());
    }
    texts.append(bar->textField()->placeholderText());
    texts.append(bar->textField()->accessibleName());
    return texts;
}

void tst_Translations::menusAndFilterBarHaveNoUntranslatedString_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("French") << u"fr"_s;
}

void tst_Translations::menusAndFilterBarHaveNoUntranslatedString()
{
    QFETCH(QString, language);
    Language::install(u"en"_s);
    QStringList english;
    {
        MainWindow window;
        window.openBundled();
        english = visibleTexts(window);
    }
    QCOMPARE(Language::install(language).language(), QLocale(language).language());
    QCOMPARE(Language::current(), language);
    MainWindow window;
    window.openBundled();
    const QStringList translated = visibleTexts(window);
    QCOMPARE(translated.size(), english.size());
    QVERIFY(english.size() > 40); // the menus and the bar were really read

    // Words that are the same in every language: names of languages (each in its own), and the
    // counts the filter bar shows ("70 events" has a translation, checked below).
    QStringList sameEverywhere;
    for (const QString &code : Language::available())
        sameEverywhere.append(Language::nativeName(code));
    QStringList untranslated;
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (english.at(i) == translated.at(i) && !sameEverywhere.contains(english.at(i)))
            untranslated.append(english.at(i));
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u" | "_s)));
}

void tst_Translations::datesFollowTheLanguage()
{
    Language::install(u"de"_s);
    QCOMPARE(ReleaseDocument::formatDate(QDate(2024, 3, 17)), u"17. März 2024"_s);
    QCOMPARE(ReleaseDocument::formatDateRange(QDate(2024, 3, 3), QDate(2024, 3, 9)), u"zwischen 3. und 9. März 2024"_s);
    Language::install(u"fr"_s);
    QCOMPARE(ReleaseDocument::formatDate(QDate(2024, 3, 17), DatePrecision::Month), u"mars 2024"_s);
}

void tst_Translations::unknownLanguageFallsBackToEnglish()
{
    QVERIFY(!Language::isKnown(u"xx"_s));
    QVERIFY(Language::isKnown(u"system"_s));
    Language::install(u"de"_s);
    QVERIFY(ReleaseDocument::kindName(u"weights"_s) != u"Weights published"_s);
    Language::install(u"en"_s);
    QCOMPARE(ReleaseDocument::kindName(u"weights"_s), u"Weights published"_s);
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
