#include "ChartCanvas.h"
#include "ChartFigure.h"
#include "ChartPanel.h"
#include "DetailPane.h"
#include "ExportDialog.h"
#include "FilterBar.h"
#include "Language.h"
#include "SyntheticDataset.h"
#include "MainWindow.h"
#include "ReleaseDocument.h"
#include "Theme.h"
#include "TimelineView.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMap>
#include <QMenuBar>
#include <QPainter>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Sits under the application's translations (installed first, so asked last): every lookup it
// sees is one that no translation answered. Qt's own contexts (QDialogButtonBox, QLineEdit, ...)
// are Qt's translations' business and are left out.
class UntranslatedRecorder : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString name = QString::fromUtf8(context);
        if (recording && !name.startsWith(u'Q'))
            missed.insert(name + u": "_s + QString::fromUtf8(sourceText));
        return {};
    }

    bool recording = false;
    mutable QSet<QString> missed;
};

// The contexts whose strings the window shows; a visible text equal to its English source is
// a translation only when one of them translates it to itself ("Pixels" in French).
const char *const windowContexts[] = {"MainWindow", "FilterBar", "ChartPanel", "ExportDialog", "ChartBuilder",
                                      "ChartStyle", "ChartExporter", "Theme", "TimelineView", "ReleaseKind",
                                      "Openness", "ReleaseModel"};

// What a reader compares: no mnemonic ampersand, no difference in spacing.
QString normalized(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    return text.simplified();
}

bool hasLetters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

void addWidgetTexts(QWidget *root, QStringList &texts);

// The Alt+letter of a text ("&File" -> "f"), or empty.
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// The texts of window's controls that can carry an Alt+letter: buttons, labels for a buddy and
// group boxes; only those shown in the window itself when shownOnly.
QStringList mnemonicTexts(QWidget *window, bool shownOnly)
{
    QStringList texts;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (shownOnly && (!widget->isVisibleTo(window) || widget->window() != window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            texts.append(label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts.append(group->title());
    }
    return texts;
}

// Texts that share a mnemonic, as "Alt+F: &File, &Fit All".
QStringList clashes(const QStringList &texts)
{
    QMap<QString, QStringList> byKey;
    for (const QString &text : texts) {
        if (const QString key = mnemonic(text); !key.isEmpty())
            byKey[key].append(text);
    }
    QStringList found;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            found.append(u"Alt+%1: %2"_s.arg(it.key().toUpper(), it.value().join(u", "_s)));
    }
    return found;
}

} // namespace

// The window in another language, as a user who chose it sees it: every menu entry, every word
// of the filter bar, of the chart panel's controls and of the export dialog translated, nothing
// left in English; and every string the window asks for while it is built, drawn and exported
// has a translation.
class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void windowHasNoUntranslatedText_data();
    void windowHasNoUntranslatedText();
    void everyStringTheWindowAsksForIsTranslated_data();
    void everyStringTheWindowAsksForIsTranslated();
    void recorderSeesUntranslatedStrings();
    void englishCountsHaveEnglishPlurals();
    void datesFollowTheLanguage();
    void unknownLanguageFallsBackToEnglish();
    void mnemonicsAreUniqueWhereTheyShow_data();
    void mnemonicsAreUniqueWhereTheyShow();

private:
    // The user-visible text of the menus (with their submenus), the filter bar, the chart panel
    // (its controls and each chart's title, subtitle, axes and legend) and the export dialog.
    static QStringList visibleTexts(MainWindow &window);
    // Everything the window shows, built, drawn and exported once.
    static void exerciseWindow(MainWindow &window);

    UntranslatedRecorder m_recorder;
};

void tst_Translations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"OpennessTimelineTests"_s);
    QCoreApplication::setApplicationName(u"tst_translations"_s);
    QSettings().clear();
    // Before any language is installed, so every translation is asked before the recorder.
    QVERIFY(QCoreApplication::installTranslator(&m_recorder));
}

void tst_Translations::cleanup()
{
    m_recorder.recording = false;
    m_recorder.missed.clear();
    Language::install(u"en"_s);
}

namespace {

// The user-visible words of root and its children, in creation order.
void addWidgetTexts(QWidget *root, QStringList &texts)
{
    QList<QWidget *> widgets{root};
    widgets.append(root->findChildren<QWidget *>());
    for (QWidget *widget : widgets) {
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            texts.append(label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            // A dialog's Save and Cancel are Qt's own words, translated by Qt's translations.
            auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
            if (!box || box->standardButton(button) == QDialogButtonBox::NoButton)
                texts.append(button->text());
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        } else if (auto *field = qobject_cast<QLineEdit *>(widget)) {
            texts.append(field->placeholderText());
        } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            texts.append(spin->prefix());
            texts.append(spin->suffix());
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            texts.append(group->title());
        }
        texts.append(widget->toolTip());
        texts.append(widget->accessibleName());
        if (widget->isWindow())
            texts.append(widget->windowTitle());
    }
}

} // namespace

QStringList tst_Translations::visibleTexts(MainWindow &window)
{
    QStringList texts;
    std::function<void(const QList<QAction *> &)> addMenu = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            texts.append(action->text());
            texts.append(action->toolTip());
            texts.append(action->statusTip());
            if (action->menu())
                addMenu(action->menu()->actions());
        }
    };
    addMenu(window.menuBar()->actions());

    addWidgetTexts(window.filterBar(), texts);

    ChartPanel *panel = window.chartPanel();
    addWidgetTexts(panel, texts);
    for (ChartBuilder::Kind kind : ChartBuilder::kinds()) {
        if (kind == ChartBuilder::Kind::Timeline)
            continue;
        window.setChartKind(kind);
        const ChartFigure *figure = panel->figure();
        if (!figure)
            continue;
        texts.append(figure->title());
        texts.append(figure->subtitle());
        for (const LegendEntry &entry : figure->legend())
            texts.append(entry.text);
    }

    ExportDialog dialog(panel, &window);
    addWidgetTexts(&dialog, texts);
    return texts;
}

void tst_Translations::windowHasNoUntranslatedText_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("French") << u"fr"_s;
}

void tst_Translations::windowHasNoUntranslatedText()
{
    QFETCH(QString, language);
    Language::install(u"en"_s);
    QStringList english;
    QSet<QString> datasetNames;
    {
        MainWindow window;
        window.openBundled();
        english = visibleTexts(window);
        // Text from the dataset (names, descriptions) is the same in every language.
        for (const Organization &organization : window.dataset()->organizations()) {
            datasetNames.insert(normalized(organization.name));
            datasetNames.insert(normalized(organization.description));
        }
    }
    QCOMPARE(Language::install(language).language(), QLocale(language).language());
    QCOMPARE(Language::current(), language);
    MainWindow window;
    window.openBundled();
    const QStringList translated = visibleTexts(window);
    QCOMPARE(translated.size(), english.size());
    QVERIFY(english.size() > 150); // the menus, the bar, the panel and the dialog were really read

    // Words that are the same in every language: names of languages (each in its own).
    for (const QString &code : Language::available())
        datasetNames.insert(normalized(Language::nativeName(code)));
    QTranslator translation;
    QVERIFY(translation.load(QLocale(language), u"openness-timeline"_s, u"_"_s, u":/i18n"_s));
    auto keptOnPurpose = [&](const QString &source, const QString &shown) {
        const QByteArray utf8 = source.toUtf8();
        for (const char *context : windowContexts) {
            const QString text = translation.translate(context, utf8.constData());
            if (!text.isNull() && normalized(text) == normalized(shown))
                return true;
        }
        return false;
    };

    QStringList untranslated;
    for (qsizetype i = 0; i < english.size(); ++i) {
        const QString source = normalized(english.at(i));
        if (source != normalized(translated.at(i)) || !hasLetters(source) || datasetNames.contains(source))
            continue;
        if (!keptOnPurpose(english.at(i), translated.at(i)))
            untranslated.append(source);
    }
    untranslated.removeDuplicates();
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u" | "_s)));
}

void tst_Translations::exerciseWindow(MainWindow &window)
{
    window.resize(1400, 900);
    window.openBundled();
    const DatasetPtr dataset = window.dataset();
    QVERIFY(dataset && !dataset->releases().isEmpty());
    // The detail pane of a release with a license, and of the first one.
    for (const Release &release : dataset->releases()) {
        if (!release.licenseId.isEmpty()) {
            QVERIFY(window.selectRelease(release.id));
            break;
        }
    }
    QVERIFY(window.selectRelease(dataset->releases().first().id));
    visibleTexts(window); // every menu, chart and the export dialog, built
    QImage image(1200, 700, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        window.timelineView()->renderTimeline(painter, image.size(), TimelineView::ExportRange::All);
    }
    for (ChartBuilder::Kind kind : ChartBuilder::kinds()) {
        if (kind == ChartBuilder::Kind::Timeline)
            continue;
        window.setChartKind(kind);
        window.chartPanel()->canvas()->resize(1000, 600);
        window.chartPanel()->canvas()->grab();
    }

    // Many organizations: the lane list and an Others lane, drawn and described.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SyntheticDataset::Options options;
    options.releases = 300;
    options.organizations = 30;
    const QString path = dir.filePath(u"many.json"_s);
    QVERIFY(SyntheticDataset::write(options, path));
    QVERIFY(window.openFile(path));
    TimelineView *timeline = window.timelineView();
    QVERIFY(timeline->content().shownLanes().size() < 30);
    for (int lane = 0; lane < int(timeline->content().shownLanes().size()); ++lane)
        timeline->laneDescription(lane);
    {
        QPainter painter(&image);
        timeline->renderTimeline(painter, image.size(), TimelineView::ExportRange::All);
    }
}

void tst_Translations::everyStringTheWindowAsksForIsTranslated_data()
{
    windowHasNoUntranslatedText_data();
}

void tst_Translations::everyStringTheWindowAsksForIsTranslated()
{
    QFETCH(QString, language);
    Language::install(language);
    m_recorder.recording = true;
    MainWindow window;
    exerciseWindow(window);
    m_recorder.recording = false;
    QStringList missed(m_recorder.missed.cbegin(), m_recorder.missed.cend());
    missed.sort();
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u"\n"_s)));
}

void tst_Translations::recorderSeesUntranslatedStrings()
{
    // In English nothing is translated, so the recorder must see the window's strings: proof
    // that the test above would see a missing translation.
    Language::install(u"en"_s);
    m_recorder.recording = true;
    MainWindow window;
    exerciseWindow(window);
    m_recorder.recording = false;
    for (const QString &expected : {u"MainWindow: &File"_s, u"ExportDialog: C&hart:"_s, u"ChartPanel: One line per &model"_s,
                                    u"TimelinePainter: today"_s, u"FilterBar: Openness:"_s})
        QVERIFY2(m_recorder.missed.contains(expected), qPrintable(expected));
}

void tst_Translations::englishCountsHaveEnglishPlurals()
{
    Language::install(u"en"_s);
    QCOMPARE(QCoreApplication::translate("FilterBar", "%Ln event(s)", nullptr, 1), u"1 event"_s);
    QCOMPARE(QCoreApplication::translate("FilterBar", "%Ln event(s)", nullptr, 151), u"151 events"_s);
    // Large counts are grouped as the language writes them.
    QCOMPARE(QCoreApplication::translate("FilterBar", "%Ln event(s)", nullptr, 100000), u"100,000 events"_s);
    Language::install(u"de"_s);
    QCOMPARE(QCoreApplication::translate("FilterBar", "%Ln event(s)", nullptr, 100000), u"100.000 Ereignisse"_s);
    Language::install(u"en"_s);
    QCOMPARE(QCoreApplication::translate("CommandLine", "%n problem(s)", nullptr, 2), u"2 problems"_s);
    MainWindow window;
    window.openBundled();
    QStringList counts;
    for (QLabel *label : window.filterBar()->findChildren<QLabel *>()) {
        if (label->text().contains(u"event"_s))
            counts.append(label->text());
    }
    QCOMPARE(counts.size(), 1);
    QVERIFY2(counts.first().endsWith(u" events"_s), qPrintable(counts.first()));
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

void tst_Translations::mnemonicsAreUniqueWhereTheyShow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("French") << u"fr"_s;
}

// One Alt+letter must lead to one place. Where two controls on screen share it, Qt cycles the
// focus between them instead of acting, and a letter shared by a menu and a control takes the
// user somewhere they did not ask for. Checked for what shows together: the menu bar, the tabs,
// the lane list and each tab's page; each menu's entries; the export dialog.
void tst_Translations::mnemonicsAreUniqueWhereTheyShow()
{
    QFETCH(QString, language);
    Language::install(language);
    MainWindow window;
    window.openBundled();
    window.resize(1280, 800);
    window.show();
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L) && !action->isChecked())
            action->trigger(); // the lane list, with its controls
    }
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList problems;
    std::function<void(QMenu *, const QString &)> checkMenu = [&](QMenu *menu, const QString &name) {
        QStringList texts;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            texts.append(action->text());
            if (action->menu())
                checkMenu(action->menu(), action->text());
        }
        for (const QString &clash : clashes(texts))
            problems.append(name + u": "_s + clash);
    };
    QStringList menuTitles;
    for (QAction *action : window.menuBar()->actions()) {
        menuTitles.append(action->text());
        if (action->menu())
            checkMenu(action->menu(), action->text());
    }

    QTabWidget *tabs = window.tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        QStringList texts = menuTitles;
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
        texts.append(mnemonicTexts(&window, true));
        for (const QString &clash : clashes(texts))
            problems.append(tabs->tabText(tab) + u" tab: "_s + clash);
    }

    ExportDialog dialog(window.chartPanel(), &window);
    for (const QString &clash : clashes(mnemonicTexts(&dialog, false)))
        problems.append(u"export dialog: "_s + clash);

    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}
