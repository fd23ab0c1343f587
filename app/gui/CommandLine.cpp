#include "CommandLine.h"

#include "AssessmentWriter.h"
#include "ChartBuilder.h"
#include "ChartExporter.h"
#include "ChartFigure.h"
#include "ChartPanel.h"
#include "ChartStyle.h"
#include "DatasetLoader.h"
#include "EpochImport.h"
#include "Language.h"
#include "LicenseComparison.h"
#include "LicenseTableExporter.h"
#include "LicenseTableModel.h"
#include "MainWindow.h"
#include "OsaiImporter.h"
#include "ReleaseFilter.h"
#include "ReleaseFilterProxy.h"
#include "ReleaseKind.h"
#include "ReleaseModel.h"
#include "Theme.h"
#include "TimelineView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QRegularExpression>
#include <QTextStream>

#include <climits>
#include <memory>

namespace CommandLine {

namespace {

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

void printOut(const QString &text)
{
    QTextStream(stdout) << text << Qt::endl;
}

// Everything the command line asked for, checked as far as it can be without the dataset.
struct Request {
    bool validate = false;
    bool list = false;
    QString exportPath;
    ChartBuilder::Kind chart = ChartBuilder::Kind::OpennessOverTime;
    bool chartGiven = false;
    std::optional<QList<OpennessLevel>> levels;
    QStringList organizations;
    QStringList kinds;
    QSize size = QSize(1600, 900);
    ChartExporter::Options exportOptions; // --scale, --theme, --title
    ChartBuilder::Options chartOptions;   // --shares, --per-model
    QString select;
    QString datasetPath; // empty: the bundled dataset
    QString themeId;                 // as given to --theme
    std::optional<Theme::Mode> theme; // the window's theme, when --theme gave one
    QString language;                // --lang; null when not given
    QString importSource;            // what --import osai reads: the Index's folder

    bool datasetGiven = false;
    int maxProblems = DatasetLoader::defaultMaxProblems;
    QString importFormat; // --import: one of importFormats()
    QString outputPath;   // -o/--output, for --import

    bool isHeadless() const { return validate || list || !exportPath.isEmpty() || !importFormat.isEmpty(); }
};

// The catalogues --import converts, by the name the option takes.
QStringList importFormats()
{
    return {QStringLiteral("epoch"), QStringLiteral("epoch-values"), QStringLiteral("osai")};
}

// The ordered levels, then Unknown apart: it is not the most open.
QString levelHelp()
{
    QStringList ordered;
    for (OpennessLevel level : Openness::orderedLevels())
        ordered.append(Openness::id(level));
    return ordered.join(QStringLiteral(", ")) + QStringLiteral("; ") + Openness::id(OpennessLevel::Unknown);
}

QString chartHelp()
{
    QStringList lines;
    for (ChartBuilder::Kind kind : ChartBuilder::kinds())
        lines.append(QStringLiteral("  %1: %2").arg(ChartBuilder::name(kind), ChartBuilder::description(kind)));
    return lines.join(u'\n');
}

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Shows how open AI model releases really are, over time: a timeline of release events by "
              "organization, coloured by openness level, with each license explained term by term.\n"
              "\nExit codes: 0 success; 1 the dataset is invalid; 2 bad usage, unreadable dataset, or the "
              "export could not be written (then no partial file is left).\n"
              "For --import: 0 written (rows that could not be imported are reported as FILE:LINE: message "
              "and skipped); 1 nothing could be imported; 2 bad usage, unreadable input or the output could "
              "not be written.\n"
              "\nOpenness levels (least open first): %1\nCharts:\n%2")
            .arg(levelHelp(), chartHelp()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("dataset.json"),
                                 QCoreApplication::translate("CommandLine", "The dataset to open (the bundled one if none is given)."),
                                 QStringLiteral("[dataset.json]"));
    parser.addOptions({
        {QStringLiteral("validate"), QCoreApplication::translate("CommandLine", "Check the dataset; print each problem as FILE:LINE:COLUMN: message.")},
        {QStringLiteral("list"), QCoreApplication::translate("CommandLine", "Print the release events, one JSON object a line.")},
        {QStringLiteral("export"), QCoreApplication::translate("CommandLine", "Render a chart to FILE (.png, .svg or .pdf) without opening a window; "
                                                                              "--chart licenses also writes .md and .csv."),
         QStringLiteral("FILE")},
        {QStringLiteral("chart"), QCoreApplication::translate("CommandLine", "Which chart --export renders (see Charts above)."), QStringLiteral("NAME")},
        {QStringLiteral("scale"), QCoreApplication::translate("CommandLine", "Pixels per layout pixel of a PNG: 1, 2 or 3 (default 1)."), QStringLiteral("N")},
        {QStringLiteral("theme"), QCoreApplication::translate("CommandLine", "Colours: light, dark or system for the window (remembered); light, dark or print (default light) "
                                        "for --export."),
         QStringLiteral("THEME")},
        {QStringLiteral("title"), QCoreApplication::translate("CommandLine", "Title of an exported chart (default: the chart's own)."), QStringLiteral("TEXT")},
        {QStringLiteral("shares"), QCoreApplication::translate("CommandLine", "releases-by-level: each year's events as 100% shares instead of counts.")},
        {QStringLiteral("per-model"), QCoreApplication::translate("CommandLine", "openness-over-time: one line per model instead of per organization.")},
        {QStringLiteral("levels"), QCoreApplication::translate("CommandLine", "Only these openness levels (for --list, --export and the window)."),
         QStringLiteral("ID,ID")},
        {QStringLiteral("orgs"), QCoreApplication::translate("CommandLine", "Only these organizations (ids, e.g. xai,meta)."), QStringLiteral("ID,ID")},
        {QStringLiteral("kinds"), QCoreApplication::translate("CommandLine", "Only these event kinds: %1.").arg(ReleaseKind::ids().join(QStringLiteral(", "))),
         QStringLiteral("ID,ID")},
        {QStringLiteral("size"), QCoreApplication::translate("CommandLine", "Size of an exported chart in pixels (default 1600x900); SVG and PDF keep "
                                       "its aspect ratio."),
         QStringLiteral("WIDTHxHEIGHT")},
        {QStringLiteral("select"), QCoreApplication::translate("CommandLine", "Open the window with this release event selected."), QStringLiteral("ID")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("CommandLine", "Language of the window and messages: %1, or system (remembered).")
             .arg(Language::available().join(QStringLiteral(", "))),
         QStringLiteral("CODE")},
        {QStringLiteral("import"),
         QCoreApplication::translate("CommandLine", "Convert another catalogue into this format, or attach its verdicts to "
                                                    "the models of the dataset given (the bundled one if none is): "
                                                    "\"--import epoch FILE.csv -o OUT.json\" converts Epoch AI's Notable AI "
                                                    "Models CSV; \"--import epoch-values FILE.csv -o OUT.json\" attaches its "
                                                    "accessibility values; \"--import osai DIR -o OUT.json\" attaches the Open "
                                                    "Source AI Index's grades (its YAML folder). Formats: %1.")
             .arg(importFormats().join(QStringLiteral(", "))),
         QStringLiteral("FORMAT")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QCoreApplication::translate("CommandLine", "Where --import writes the dataset (written completely or not at all)."),
         QStringLiteral("OUT.json")},
        {QStringLiteral("max-problems"),
         QCoreApplication::translate("CommandLine", "Print at most N problems (default %1), then how many more there are of each kind.")
             .arg(DatasetLoader::defaultMaxProblems),
         QStringLiteral("N")},
    });
}

QStringList splitIds(const QString &value)
{
    QStringList ids;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
        ids.append(part.trimmed());
    ids.removeAll(QString());
    return ids;
}

// The export's own options. --theme is read here only for an export: the window's --theme
// (light, dark, system) is the window's business.
QString readExportOptions(const QCommandLineParser &parser, Request &request)
{
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        const int scale = parser.value(QStringLiteral("scale")).toInt(&ok);
        if (!ok || scale < 1 || scale > 3)
            return QCoreApplication::translate("CommandLine", "--scale must be 1, 2 or 3, not \"%1\"").arg(parser.value(QStringLiteral("scale")));
        request.exportOptions.scale = scale;
    }
    if (!request.exportPath.isEmpty() && parser.isSet(QStringLiteral("theme"))) {
        const QString id = parser.value(QStringLiteral("theme"));
        const std::optional<ChartStyle::Theme> theme = ChartStyle::themeFromId(id);
        if (!theme)
            return QCoreApplication::translate("CommandLine", "--theme for --export must be one of %1, not \"%2\"")
                .arg(ChartStyle::themeIds().join(QStringLiteral(", ")), id);
        request.exportOptions.theme = *theme;
    }
    request.exportOptions.title = parser.value(QStringLiteral("title")).trimmed();
    request.chartOptions.shares = parser.isSet(QStringLiteral("shares"));
    request.chartOptions.perModel = parser.isSet(QStringLiteral("per-model"));
    return {};
}

// Writes the dataset an attaching import made: checked as --validate would before anything is
// written, and written completely or not at all.
int writeAttached(const Request &request, const QByteArray &output, const QString &error, const QString &summary)
{
    const DatasetLoader::Result check = output.isEmpty() ? DatasetLoader::Result()
                                                         : DatasetLoader::fromJson(output, request.outputPath);
    if (!check.ok()) {
        for (const Problem &problem : check.problems)
            printErr(problem.toString());
        printErr(QCoreApplication::translate("CommandLine", "%1: not written: the result would not be a valid dataset")
                     .arg(Problem::escaped(request.outputPath))
                 + (error.isEmpty() ? QString() : QLatin1StringView(" (") + error + u')'));
        return InvalidData;
    }
    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit()) {
        printErr(QCoreApplication::translate("CommandLine", "%1: cannot write: %2")
                     .arg(Problem::escaped(request.outputPath), file.errorString()));
        return UsageOrIoError;
    }
    printOut(summary);
    printOut(QCoreApplication::translate("CommandLine", "wrote %1").arg(Problem::escaped(request.outputPath)));
    return Success;
}

// The dataset's text as read, for an import that rewrites it; empty, with the error printed,
// when it cannot be read.
QByteArray datasetText(const Request &request, const QString &shownPath)
{
    QFile file(request.datasetGiven ? request.datasetPath : DatasetLoader::bundledPath());
    if (!file.open(QIODevice::ReadOnly)) {
        printErr(shownPath + QLatin1StringView(": ") + file.errorString());
        return {};
    }
    QByteArray text = file.readAll();
    if (text.isEmpty()) // it loaded a moment ago
        printErr(shownPath + QLatin1StringView(": ")
                 + QCoreApplication::translate("CommandLine", "the file is empty now; it changed while it was read"));
    return text;
}

// --import osai DIR -o OUT.json: DIR is the last positional argument (the dataset, when one is
// given, comes before it) and is taken out of positional.
// The importers that attach a catalogue's assessments to the models of a dataset (the one given,
// or the bundled one), rather than convert the catalogue into a dataset.
bool attachesToDataset(const QString &format)
{
    return format == u"osai" || format == u"epoch-values";
}

// The catalogue an attaching import reads: the last file named; a dataset may come before it.
QString readAttachSource(Request &request, QStringList &positional)
{
    if (positional.isEmpty() || positional.last().isEmpty()) {
        return request.importFormat == u"osai"
            ? QCoreApplication::translate("CommandLine", "--import osai needs the Index's folder: --import osai DIR -o OUT.json")
            : QCoreApplication::translate("CommandLine",
                                          "--import epoch-values needs Epoch AI's CSV: --import epoch-values FILE.csv -o OUT.json");
    }
    request.importSource = positional.takeLast();
    return {};
}

// Fills request from the parsed options; returns an error message for bad usage.
QString readRequest(const QCommandLineParser &parser, Request &request)
{
    request.validate = parser.isSet(QStringLiteral("validate"));
    request.list = parser.isSet(QStringLiteral("list"));
    request.exportPath = parser.value(QStringLiteral("export"));
    if (parser.isSet(QStringLiteral("export")) && request.exportPath.isEmpty())
        return QCoreApplication::translate("CommandLine", "--export needs a file name");
    request.importFormat = parser.value(QStringLiteral("import"));
    request.outputPath = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("import")) && !importFormats().contains(request.importFormat))
        return QCoreApplication::translate("CommandLine", "unknown import format %1; expected one of %2")
            .arg(Problem::quoted(request.importFormat), importFormats().join(QStringLiteral(", ")));
    if (int(request.validate) + int(request.list) + int(!request.exportPath.isEmpty()) + int(!request.importFormat.isEmpty()) > 1)
        return QCoreApplication::translate("CommandLine", "use only one of --validate, --list, --export and --import");
    if (!request.importFormat.isEmpty() && request.outputPath.isEmpty())
        return QCoreApplication::translate("CommandLine", "--import needs -o OUT.json, the file to write");
    if (request.importFormat.isEmpty() && parser.isSet(QStringLiteral("output")))
        return QCoreApplication::translate("CommandLine", "-o/--output is for --import");
    if (parser.isSet(QStringLiteral("chart"))) {
        const QString name = parser.value(QStringLiteral("chart"));
        const std::optional<ChartBuilder::Kind> kind = ChartBuilder::fromName(name);
        if (!kind) {
            QStringList names;
            for (ChartBuilder::Kind k : ChartBuilder::kinds())
                names.append(ChartBuilder::name(k));
            return QCoreApplication::translate("CommandLine", "unknown chart \"%1\"; expected one of %2").arg(name, names.join(QStringLiteral(", ")));
        }
        request.chart = *kind;
        request.chartGiven = true;
    }
    // The licenses table is also a table of text: --chart licenses writes .md and .csv too.
    if (!request.exportPath.isEmpty() && !ChartExporter::formatForPath(request.exportPath)) {
        if (request.chart != ChartBuilder::Kind::Licenses)
            return QCoreApplication::translate("CommandLine", "%1: unknown image format; use a .png, .svg or .pdf file name").arg(request.exportPath);
        if (!LicenseTableExporter::textFormatForPath(request.exportPath))
            return QCoreApplication::translate("CommandLine", "%1: unknown format; use a .png, .svg, .pdf, .md or .csv file name").arg(request.exportPath);
    }
    if (parser.isSet(QStringLiteral("levels"))) {
        QList<OpennessLevel> levels;
        for (const QString &id : splitIds(parser.value(QStringLiteral("levels")))) {
            const std::optional<OpennessLevel> level = Openness::fromId(id);
            if (!level)
                return QCoreApplication::translate("CommandLine", "unknown openness level %1; expected one of %2")
                    .arg(Problem::quoted(id), Openness::ids().join(QStringLiteral(", ")));
            levels.append(*level);
        }
        if (levels.isEmpty())
            return QCoreApplication::translate("CommandLine", "--levels needs at least one level id");
        request.levels = levels;
    }
    if (parser.isSet(QStringLiteral("orgs"))) {
        request.organizations = splitIds(parser.value(QStringLiteral("orgs")));
        if (request.organizations.isEmpty())
            return QCoreApplication::translate("CommandLine", "--orgs needs at least one organization id");
    }
    if (parser.isSet(QStringLiteral("kinds"))) {
        request.kinds = splitIds(parser.value(QStringLiteral("kinds")));
        for (const QString &id : std::as_const(request.kinds)) {
            if (!ReleaseKind::isKnown(id))
                return QCoreApplication::translate("CommandLine", "unknown event kind \"%1\"; expected one of %2").arg(id, ReleaseKind::ids().join(QStringLiteral(", ")));
        }
        if (request.kinds.isEmpty())
            return QCoreApplication::translate("CommandLine", "--kinds needs at least one event kind");
    }
    if (const QString error = readExportOptions(parser, request); !error.isEmpty())
        return error;
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(QStringLiteral("size")));
        const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (width < 16 || height < 16 || width > 20000 || height > 20000)
            return QCoreApplication::translate("CommandLine", "--size must be WIDTHxHEIGHT with each side from 16 to 20000 pixels, not \"%1\"")
                .arg(parser.value(QStringLiteral("size")));
        request.size = QSize(width, height);
    }
    request.select = parser.value(QStringLiteral("select"));
    if (parser.isSet(QStringLiteral("lang"))) {
        request.language = parser.value(QStringLiteral("lang"));
        if (!Language::isKnown(request.language))
            return QCoreApplication::translate("CommandLine", "unknown language \"%1\"; expected one of %2, system")
                .arg(request.language, Language::available().join(QStringLiteral(", ")));
    }
    if (parser.isSet(QStringLiteral("theme"))) {
        request.themeId = parser.value(QStringLiteral("theme"));
        // The export's themes are checked where the export reads them.
        if (request.exportPath.isEmpty()) {
            request.theme = Theme::fromId(request.themeId);
            if (!request.theme)
                return QCoreApplication::translate("CommandLine", "unknown theme \"%1\"; expected light, dark or system").arg(request.themeId);
        }
    }
    QStringList positional = parser.positionalArguments();
    if (attachesToDataset(request.importFormat)) {
        if (const QString error = readAttachSource(request, positional); !error.isEmpty())
            return error;
    }
    if (positional.size() > 1)
        return QCoreApplication::translate("CommandLine", "give at most one dataset file");
    // osai's source was taken above; its dataset may be the bundled one.
    if (!request.importFormat.isEmpty() && !attachesToDataset(request.importFormat) && positional.isEmpty())
        return QCoreApplication::translate("CommandLine", "--import %1 needs the file to import").arg(request.importFormat);
    if (!positional.isEmpty()) {
        request.datasetPath = positional.first();
        request.datasetGiven = true;
        if (request.datasetPath.isEmpty())
            return QCoreApplication::translate("CommandLine", "the dataset file name is empty; give a file, or none for the bundled dataset");
    }
    if (parser.isSet(QStringLiteral("max-problems"))) {
        bool ok = false;
        const QString value = parser.value(QStringLiteral("max-problems"));
        request.maxProblems = value.toInt(&ok);
        if (!ok || request.maxProblems < 1)
            return QCoreApplication::translate("CommandLine", "--max-problems needs a whole number of at least 1, not %1").arg(Problem::quoted(value));
    }
    return {};
}

// How the program must start: a console application for the commands that print (no GUI at
// all), a QApplication on the offscreen platform for --export (charts need one, a display must
// not), or the window.
enum class AppKind { Console, Offscreen, Window };

// Takes Qt's own command-line options (QGuiApplication and QApplication) out of arguments, with
// their values; Qt accepts them with one dash or two, and with the value after "=".
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue = {
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"), QStringLiteral("geometry"),
        QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"), QStringLiteral("title"),
        QStringLiteral("display"), QStringLiteral("session"), QStringLiteral("style"),
        QStringLiteral("stylesheet"), QStringLiteral("name"), QStringLiteral("im"),
    };
    static const QStringList flags = {
        QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
        QStringLiteral("dograb"), QStringLiteral("sync"), QStringLiteral("qmljsdebugger"),
    };
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || !argument.startsWith(u'-') || argument == QStringLiteral("--")) {
            kept.append(argument);
            continue;
        }
        QString name = argument.mid(argument.startsWith(QStringLiteral("--")) ? 2 : 1);
        const qsizetype equals = name.indexOf(u'=');
        const bool inlineValue = equals >= 0;
        if (inlineValue)
            name.truncate(equals);
        if (withValue.contains(name)) {
            if (!inlineValue)
                ++i; // skip the value too
            continue;
        }
        if (flags.contains(name))
            continue;
        kept.append(argument);
    }
    return kept;
}

// A first look at the arguments, before any application object exists (so untranslated): usage
// errors and the commands that print go to a console application, which needs no display.
AppKind appKindFor(const QStringList &arguments, Request &request)
{
    QCommandLineParser parser;
    setUpParser(parser);
    const bool parsed = parser.parse(arguments);
    // The language is needed even for --help and for usage errors.
    if (parsed && parser.isSet(QStringLiteral("lang")) && Language::isKnown(parser.value(QStringLiteral("lang"))))
        request.language = parser.value(QStringLiteral("lang"));
    if (!parsed || parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))
        || parser.isSet(QStringLiteral("version")))
        return AppKind::Console;
    if (!readRequest(parser, request).isEmpty())
        return AppKind::Console;
    if (request.validate || request.list || !request.importFormat.isEmpty())
        return AppKind::Console;
    return request.exportPath.isEmpty() ? AppKind::Window : AppKind::Offscreen;
}

// For a command without a window: no command shows a release's summary or notes, so they are
// checked and then left out.
DatasetLoader::Result loadDataset(const Request &request)
{
    return request.datasetGiven ? DatasetLoader::fromFile(request.datasetPath, request.maxProblems,
                                                          DatasetValidator::ReleaseTexts::Dropped)
                                : DatasetLoader::bundled();
}

// Builds the filter from the request; an unknown organization is bad usage.
QString makeFilter(const Request &request, const Dataset &dataset, ReleaseFilter &filter)
{
    if (request.levels)
        filter.setLevels(*request.levels);
    QSet<QString> organizations;
    for (const QString &id : request.organizations) {
        if (!dataset.organization(id)) {
            QStringList known;
            for (const Organization &organization : dataset.organizations())
                known.append(organization.id);
            return QCoreApplication::translate("CommandLine", "unknown organization %1; this dataset has %2")
                .arg(Problem::quoted(id), known.join(QStringLiteral(", ")));
        }
        organizations.insert(id);
    }
    if (!organizations.isEmpty())
        filter.setOrganizations(organizations);
    if (!request.kinds.isEmpty())
        filter.setKinds(QSet<QString>(request.kinds.cbegin(), request.kinds.cend()));
    return {};
}

QList<int> visibleReleases(const Dataset &dataset, const ReleaseFilter &filter)
{
    QList<int> indexes;
    for (int i = 0; i < dataset.releases().size(); ++i) {
        if (filter.accepts(dataset, dataset.releases().at(i)))
            indexes.append(i);
    }
    return indexes;
}

// Appends text as a JSON string, escaped as RFC 8259 requires (quote, backslash, control
// characters) and otherwise kept as UTF-8, as QJsonDocument writes it.
void appendJsonString(QByteArray &line, QStringView text)
{
    line.append('"');
    // Printable ASCII with nothing to escape, nearly every string of a dataset: copied as it is.
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\';
    });
    if (plain) {
        const qsizetype at = line.size();
        line.resize(at + text.size());
        std::transform(text.begin(), text.end(), line.data() + at, [](QChar c) { return char(c.unicode()); });
        line.append('"');
        return;
    }
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            line.append("\\\"");
            break;
        case '\\':
            line.append("\\\\");
            break;
        case '\b':
            line.append("\\b");
            break;
        case '\f':
            line.append("\\f");
            break;
        case '\n':
            line.append("\\n");
            break;
        case '\r':
            line.append("\\r");
            break;
        case '\t':
            line.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                line.append("\\u00");
                line.append(hex[byte >> 4]);
                line.append(hex[byte & 0xf]);
            } else {
                line.append(c);
            }
        }
    }
    line.append('"');
}

// One member of a --list line; the members come in key order, as QJsonDocument sorts them.
void appendMember(QByteArray &line, const char *key, QStringView value)
{
    line.append(",\"").append(key).append("\":");
    appendJsonString(line, value);
}

void appendNullableMember(QByteArray &line, const char *key, const QString *value)
{
    if (value)
        return appendMember(line, key, *value);
    line.append(",\"").append(key).append("\":null");
}

// A date as a JSON string, "YYYY-MM-DD" as Qt::ISODate writes the years a dataset may hold.
void appendDate(QByteArray &line, QDate date)
{
    const int year = date.year();
    if (year < 1000 || year > 9999) {
        appendJsonString(line, date.toString(Qt::ISODate));
        return;
    }
    char text[] = "\"0000-00-00\"";
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(1, year, 4);
    put(6, date.month(), 2);
    put(9, date.day(), 2);
    line.append(text, 12);
}

// Writes --list lines: each a compact JSON object, written directly (a QJsonObject per event
// cost more than loading the 100,000-event dataset it follows). The members that come from a
// release's model and license are the same for all its releases, so each is written once.
class ListWriter
{
public:
    explicit ListWriter(const Dataset &dataset)
        : m_dataset(dataset)
    {
    }

    void append(QByteArray &line, const Release &release)
    {
        const Model *model = m_dataset.modelOf(release);
        const License *license = m_dataset.licenseOf(release);
        line.append("{\"date\":");
        appendDate(line, release.date);
        if (release.dateLatest.isValid()) {
            line.append(",\"date_latest\":");
            appendDate(line, release.dateLatest);
        }
        if (release.precision != DatePrecision::Day)
            line.append(release.precision == DatePrecision::Month ? ",\"date_precision\":\"month\""
                                                                   : ",\"date_precision\":\"year\"");
        appendMember(line, "id", release.id);
        appendMember(line, "kind", release.kind);
        appendMember(line, "level", Openness::id(release.level));
        const Fragments &licenseParts = licenseFragments(license);
        line.append(licenseParts.license);
        if (model) // found by release.modelId, so its id is that
            line.append(modelFragment(*model));
        else
            appendModelMembers(line, release.modelId, model);
        line.append(licenseParts.spdx);
        appendMember(line, "title", release.title);
        line.append(release.unconfirmed ? ",\"unconfirmed\":true}\n" : ",\"unconfirmed\":false}\n");
    }

private:
    struct Fragments {
        QByteArray license; // "license" and "license_id"
        QByteArray spdx;
    };

    const Fragments &licenseFragments(const License *license)
    {
        auto found = m_licenses.find(license);
        if (found == m_licenses.end()) {
            Fragments parts;
            appendNullableMember(parts.license, "license", license ? &license->name : nullptr);
            appendNullableMember(parts.license, "license_id", license ? &license->id : nullptr);
            appendNullableMember(parts.spdx, "spdx", license && !license->spdx.isEmpty() ? &license->spdx : nullptr);
            found = m_licenses.insert(license, parts);
        }
        return *found;
    }

    const QByteArray &modelFragment(const Model &model)
    {
        auto found = m_models.find(&model);
        if (found == m_models.end()) {
            QByteArray members;
            appendModelMembers(members, model.id, &model);
            found = m_models.insert(&model, members);
        }
        return *found;
    }

    // "model", "model_name", "organization" and "organization_name".
    void appendModelMembers(QByteArray &line, const QString &modelId, const Model *model) const
    {
        const Organization *organization = model ? m_dataset.organization(model->organizationId) : nullptr;
        appendMember(line, "model", modelId);
        appendMember(line, "model_name", model ? model->name : QString());
        appendMember(line, "organization", model ? model->organizationId : QString());
        appendMember(line, "organization_name", organization ? organization->name : QString());
    }

    const Dataset &m_dataset;
    QHash<const License *, Fragments> m_licenses;
    QHash<const Model *, QByteArray> m_models;
};

// The process ends right after a headless command, and the system takes its memory back at once;
// freeing a 100,000-event dataset string by string first took a tenth of the whole command.
void keepUntilExit(std::shared_ptr<const Dataset> dataset)
{
    static auto *kept = new QList<std::shared_ptr<const Dataset>>; // never freed, on purpose
    kept->append(std::move(dataset));
}

// --import osai DIR -o OUT.json: the dataset with the Index's grades attached. Problems with the
// Index's files and entries that match no model go to stderr, one located line each; the counts
// to stdout.
int runOsaiImport(const Request &request, const DatasetLoader::Result &loaded, const QString &shownPath)
{
    const QByteArray text = datasetText(request, shownPath);
    if (text.isEmpty())
        return UsageOrIoError;
    const OsaiImporter::Result imported = OsaiImporter::importDirectory(request.importSource, *loaded.dataset);
    if (!imported.error.isEmpty()) {
        printErr(imported.error);
        return UsageOrIoError;
    }
    for (const OsaiImporter::Message &problem : imported.problems)
        printErr(problem.toString());
    for (const OsaiImporter::Message &unmatched : imported.unmatched)
        printErr(unmatched.toString());
    const QString summary = QCoreApplication::translate(
        "CommandLine", "%1: %2 files, %3 entries read, %4 matched a model, %5 matched none, %6 files skipped")
        .arg(Problem::escaped(request.importSource), QString::number(imported.files), QString::number(imported.entries),
             QString::number(imported.matched), QString::number(imported.unmatched.size()),
             QString::number(imported.files - imported.entries));
    if (imported.entries == 0) {
        printErr(summary);
        printErr(QCoreApplication::translate("CommandLine", "nothing to import: no usable Index entry"));
        return InvalidData;
    }
    QString error;
    const QByteArray output = OsaiImporter::apply(text, imported.assessments, &error);
    return writeAttached(request, output, error, summary);
}

// --import epoch-values FILE.csv -o OUT.json: the dataset with Epoch AI's accessibility value
// attached to each model a row names. Rows that cannot be read and models Epoch's rows disagree
// on go to stderr; the counts to stdout.
int runEpochValuesImport(const Request &request, const DatasetLoader::Result &loaded, const QString &shownPath)
{
    const QByteArray text = datasetText(request, shownPath);
    if (text.isEmpty())
        return UsageOrIoError;
    const EpochImport::Attachment attached = EpochImport::attachFile(request.importSource, *loaded.dataset);
    QTextStream err(stderr);
    for (const Problem &problem : attached.problems)
        err << EpochImport::format(problem) << '\n';
    for (const QString &why : attached.notAttached)
        err << Problem::escaped(request.importSource) << ": " << why << '\n';
    err.flush();
    if (attached.unreadable)
        return UsageOrIoError;
    if (attached.unusableFile) {
        printErr(QCoreApplication::translate("CommandLine", "%1: nothing to attach: no usable row")
                     .arg(Problem::escaped(request.importSource)));
        return InvalidData;
    }
    QHash<QString, QByteArray> assessments;
    for (auto it = attached.assessments.cbegin(); it != attached.assessments.cend(); ++it)
        assessments.insert(it.key(), EpochImport::toJson(it.value()));
    QString error;
    const QByteArray output = AssessmentWriter::attach(text, "epoch", assessments, &error);
    const QString summary = QCoreApplication::translate("CommandLine", "%1: %2 rows read; %3 of the %4 models matched a row")
                                .arg(Problem::escaped(request.importSource), QString::number(attached.rows),
                                     QString::number(attached.matches.size()),
                                     QString::number(loaded.dataset->models().size()));
    return writeAttached(request, output, error, summary);
}

// --import epoch: Epoch AI's CSV to a dataset. Rows that cannot be imported are reported and
// skipped; the file is written only when something could be imported.
int runEpochImport(const Request &request)
{
    const EpochImport::Result result = EpochImport::convertFile(request.datasetPath);
    QTextStream err(stderr);
    for (const Problem &problem : result.problems)
        err << EpochImport::format(problem) << '\n';
    err.flush();
    if (result.unreadable)
        return UsageOrIoError;
    if (!result.ok()) {
        printErr(QCoreApplication::translate("CommandLine", "%1: nothing imported").arg(Problem::escaped(request.datasetPath)));
        return InvalidData;
    }
    QString error;
    if (!EpochImport::write(result.json, request.outputPath, &error)) {
        printErr(error);
        return UsageOrIoError;
    }
    QStringList levels;
    for (OpennessLevel level : Openness::allLevels()) {
        const int count = result.levelCounts[static_cast<size_t>(Openness::rank(level))];
        if (count > 0)
            levels.append(QStringLiteral("%1 %2").arg(Openness::id(level)).arg(count));
    }
    printOut(QCoreApplication::translate("CommandLine", "%1: wrote %2 models of %3 organizations (%4); %5 of %6 rows skipped")
                 .arg(request.outputPath, QString::number(result.imported), QString::number(result.organizations),
                      levels.join(QStringLiteral(", ")), QString::number(result.skipped), QString::number(result.rows)));
    return Success;
}

// The importers by format name; each reads the positional argument and writes -o.
int runImport(const Request &request)
{
    if (request.importFormat == u"epoch")
        return runEpochImport(request);
    return UsageOrIoError; // readRequest() accepts only importFormats()
}

int runHeadless(const Request &request)
{
    // --import osai attaches grades to a dataset, loaded and checked below like any other.
    if (!request.importFormat.isEmpty() && !attachesToDataset(request.importFormat))
        return runImport(request);
    const DatasetLoader::Result result = loadDataset(request);
    const QString shownPath =
        Problem::escaped(request.datasetGiven ? request.datasetPath : DatasetLoader::bundledPath());
    // A filter naming an unknown organization is bad usage, reported before anything else.
    ReleaseFilter filter;
    if (result.ok()) {
        if (const QString error = makeFilter(request, *result.dataset, filter); !error.isEmpty()) {
            printErr(error);
            return UsageOrIoError;
        }
    }
    // --validate reports on stdout, warnings included; the other commands only say why they
    // cannot go on, on stderr.
    if (!result.ok() || request.validate) {
        QTextStream out(request.validate ? stdout : stderr);
        for (const Problem &problem : result.problems)
            out << problem.toString() << '\n';
        if (const QString more = result.omittedSummary(); !more.isEmpty())
            out << shownPath << ": " << more << '\n';
        out.flush();
    }
    if (!result.ok()) {
        if (result.failure == DatasetLoader::Failure::Unreadable)
            return UsageOrIoError;
        // Outside the translate() call: lupdate's parser does not get past a template argument list
        // among its arguments.
        const int count = int(std::min<qint64>(result.problems.size() + result.omittedProblems, INT_MAX));
        printErr(shownPath + QLatin1StringView(": ") + QCoreApplication::translate("CommandLine", "%n problem(s)", nullptr, count));
        return InvalidData;
    }
    const Dataset &dataset = *result.dataset;
    keepUntilExit(result.dataset);
    if (request.importFormat == QStringLiteral("osai"))
        return runOsaiImport(request, result, shownPath);
    if (request.importFormat == QStringLiteral("epoch-values"))
        return runEpochValuesImport(request, result, shownPath);

    if (request.validate) {
        // One multi-argument arg(): a "%1" in the file name stays as it is.
        printOut(QCoreApplication::translate("CommandLine", "%1: valid: %2 release events, %3 organizations, %4 licenses, %5 models")
                     .arg(shownPath, QString::number(dataset.releases().size()),
                          QString::number(dataset.organizations().size()), QString::number(dataset.licenses().size()),
                          QString::number(dataset.models().size())));
        return Success;
    }
    const QList<int> indexes = visibleReleases(dataset, filter);
    if (request.list) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            printErr(QCoreApplication::translate("CommandLine", "cannot write to the standard output: %1").arg(out.errorString()));
            return UsageOrIoError;
        }
        constexpr qsizetype chunk = 1 << 16;
        QByteArray lines;
        lines.reserve(chunk + 4096);
        ListWriter writer(dataset);
        for (int index : indexes) {
            writer.append(lines, dataset.releases().at(index));
            if (lines.size() >= chunk) {
                out.write(lines);
                lines.resize(0); // keeps the buffer
            }
        }
        out.write(lines);
        return Success;
    }

    // The timeline is drawn by the timeline's own painter, from a view of the filtered events
    // that is never shown: the same drawing as the window's.
    if (request.chart == ChartBuilder::Kind::Licenses && LicenseTableExporter::textFormatForPath(request.exportPath)) {
        LicenseTableModel table;
        table.setComparison(LicenseComparison(result.dataset, LicenseComparison::licensesOfReleases(dataset, indexes)));
        QString error;
        if (!LicenseTableExporter::writeText(table, request.exportPath,
                                             QCoreApplication::translate("CommandLine", "Data: %1.").arg(ChartExporter::source(dataset)),
                                             &error)) {
            printErr(error);
            return UsageOrIoError;
        }
        return Success;
    }

    ReleaseModel model;
    ReleaseFilterProxy proxy;
    TimelineView timeline;
    std::unique_ptr<ChartFigure> figure;
    if (request.chart == ChartBuilder::Kind::Timeline) {
        model.setDataset(result.dataset);
        proxy.setReleaseModel(&model);
        proxy.setFilter(filter);
        timeline.setModel(&proxy);
        figure = ChartBuilder::timelineFigure(
            [&timeline](QPainter &painter, const QRectF &rect, const ChartStyle &style) {
                painter.save();
                painter.translate(rect.topLeft());
                timeline.renderTimeline(painter, rect.size(), TimelineView::ExportRange::All, style.palette());
                painter.restore();
            },
            dataset, indexes);
    } else {
        figure = ChartBuilder::build(request.chart, result.dataset, indexes, request.chartOptions);
    }
    ChartExporter::Options options = request.exportOptions;
    options.pixelSize = request.size;
    options.caption = ChartExporter::caption(dataset, filter, indexes, *figure);
    options.source = ChartExporter::source(dataset);
    QString error;
    if (!ChartExporter::write(*figure, request.exportPath, options, &error)) {
        printErr(error);
        return UsageOrIoError;
    }
    return Success;
}

int runWindow(const Request &request)
{
    MainWindow window;
    if (request.chartGiven)
        window.setChartKind(request.chart);
    window.chartPanel()->setOptions(request.chartOptions);
    if (request.datasetPath.isEmpty())
        window.openLastOrBundled();
    else if (!window.openFile(request.datasetPath))
        window.openBundled();
    if (window.dataset()) {
        ReleaseFilter filter;
        if (const QString error = makeFilter(request, *window.dataset(), filter); !error.isEmpty())
            printErr(error);
        window.setFilter(filter);
        if (!request.select.isEmpty() && !window.selectRelease(request.select))
            printErr(QCoreApplication::translate("CommandLine", "unknown or filtered-out release \"%1\"").arg(request.select));
    }
    window.show();
    return QApplication::exec();
}

} // namespace

Launch launch(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    Request request;
    Launch result;
    result.window = appKindFor(withoutQtOptions(arguments), request) == AppKind::Window;
    if (request.datasetGiven)
        result.file = request.datasetPath.toLocal8Bit().toStdString();
    return result;
}

int run(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("openness-timeline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPENNESS_TIMELINE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Openness Timeline"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Openness Timeline"));
    QGuiApplication::setDesktopFileName(QStringLiteral(OPENNESS_TIMELINE_APP_ID));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Qt's own options (-style, -platform, -reverse, ...) are for QApplication, which removes
    // them from its arguments(); the first look below, made before any application object
    // exists, only needs to know which object to make, so it ignores them.
    const QStringList ownArguments = withoutQtOptions(arguments);
    Request request;
    const AppKind kind = appKindFor(ownArguments, request);

    std::unique_ptr<QCoreApplication> app;
    if (kind == AppKind::Console) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        if (kind == AppKind::Offscreen) {
            // Charts need a QApplication, but an export must work with no display at all:
            // render on the offscreen platform whatever the caller's environment says.
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QApplication>(argc, argv);
    }
    // The language first: the help text and every message below are translated.
    Language::install(request.language.isNull() ? Language::saved() : request.language);

    QCommandLineParser parser;
    setUpParser(parser);
    // A QApplication has taken its options out of arguments(); a QCoreApplication does not
    // know them, so they are taken out here.
    const QStringList remaining = kind == AppKind::Console ? withoutQtOptions(QCoreApplication::arguments())
                                                           : QCoreApplication::arguments();
    if (!parser.parse(remaining)) {
        printErr(parser.errorText());
        printErr(QCoreApplication::translate("CommandLine", "Try '%1 --help'.").arg(QCoreApplication::applicationName()));
        return UsageOrIoError;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        printOut(parser.helpText());
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
        return Success;
    }
    request = Request();
    if (const QString error = readRequest(parser, request); !error.isEmpty()) {
        printErr(error);
        return UsageOrIoError;
    }
    if (request.isHeadless())
        return runHeadless(request);

    if (request.theme) {
        Theme::save(*request.theme);
    }
    if (!request.language.isNull())
        Language::save(request.language);
    Theme::apply(request.theme.value_or(Theme::saved()));
    return runWindow(request);
}

} // namespace CommandLine
