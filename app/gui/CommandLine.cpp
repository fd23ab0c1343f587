#include "CommandLine.h"

#include "ChartBuilder.h"
#include "ChartExporter.h"
#include "ChartFigure.h"
#include "ChartPanel.h"
#include "DatasetLoader.h"
#include "MainWindow.h"
#include "ReleaseFilter.h"
#include "ReleaseKind.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <climits>
#include <memory>

namespace CommandLine {

namespace {

QString trCli(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

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
    bool datasetGiven = false;
    int maxProblems = DatasetLoader::defaultMaxProblems;

    bool isHeadless() const { return validate || list || !exportPath.isEmpty(); }
};

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
        trCli("Shows how open AI model releases really are, over time: a timeline of release events by "
              "organization, coloured by openness level, with each license explained term by term.\n"
              "\nExit codes: 0 success; 1 the dataset is invalid; 2 bad usage, unreadable dataset, or the "
              "export could not be written (then no partial file is left).\n"
              "\nOpenness levels (least open first): %1\nCharts:\n%2")
            .arg(Openness::ids().join(QStringLiteral(", ")), chartHelp()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("dataset.json"),
                                 trCli("The dataset to open (the bundled one if none is given)."),
                                 QStringLiteral("[dataset.json]"));
    parser.addOptions({
        {QStringLiteral("validate"), trCli("Check the dataset; print each problem as FILE:LINE:COLUMN: message.")},
        {QStringLiteral("list"), trCli("Print the release events, one JSON object a line.")},
        {QStringLiteral("export"), trCli("Render a chart to FILE (.png, .svg or .pdf) without opening a window."),
         QStringLiteral("FILE")},
        {QStringLiteral("chart"), trCli("Which chart --export renders (see Charts above)."), QStringLiteral("NAME")},
        {QStringLiteral("scale"), trCli("Pixels per layout pixel of a PNG: 1, 2 or 3 (default 1)."), QStringLiteral("N")},
        {QStringLiteral("theme"), trCli("Colours of an exported chart: light, dark or print (default light)."),
         QStringLiteral("THEME")},
        {QStringLiteral("title"), trCli("Title of an exported chart (default: the chart's own)."), QStringLiteral("TEXT")},
        {QStringLiteral("shares"), trCli("releases-by-level: each year's events as 100% shares instead of counts.")},
        {QStringLiteral("per-model"), trCli("openness-over-time: one line per model instead of per organization.")},
        {QStringLiteral("levels"), trCli("Only these openness levels (for --list, --export and the window)."),
         QStringLiteral("ID,ID")},
        {QStringLiteral("orgs"), trCli("Only these organizations (ids, e.g. xai,meta)."), QStringLiteral("ID,ID")},
        {QStringLiteral("kinds"), trCli("Only these event kinds: %1.").arg(ReleaseKind::ids().join(QStringLiteral(", "))),
         QStringLiteral("ID,ID")},
        {QStringLiteral("size"), trCli("Size of an exported chart in pixels (default 1600x900); SVG and PDF keep "
                                       "its aspect ratio."),
         QStringLiteral("WIDTHxHEIGHT")},
        {QStringLiteral("select"), trCli("Open the window with this release event selected."), QStringLiteral("ID")},
        {QStringLiteral("max-problems"),
         trCli("Print at most N problems (default %1), then how many more there are of each kind.")
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
            return trCli("--scale must be 1, 2 or 3, not \"%1\"").arg(parser.value(QStringLiteral("scale")));
        request.exportOptions.scale = scale;
    }
    if (!request.exportPath.isEmpty() && parser.isSet(QStringLiteral("theme"))) {
        const QString id = parser.value(QStringLiteral("theme"));
        const std::optional<ChartStyle::Theme> theme = ChartStyle::themeFromId(id);
        if (!theme)
            return trCli("--theme for --export must be one of %1, not \"%2\"")
                .arg(ChartStyle::themeIds().join(QStringLiteral(", ")), id);
        request.exportOptions.theme = *theme;
    }
    request.exportOptions.title = parser.value(QStringLiteral("title")).trimmed();
    request.chartOptions.shares = parser.isSet(QStringLiteral("shares"));
    request.chartOptions.perModel = parser.isSet(QStringLiteral("per-model"));
    return {};
}

// Fills request from the parsed options; returns an error message for bad usage.
QString readRequest(const QCommandLineParser &parser, Request &request)
{
    request.validate = parser.isSet(QStringLiteral("validate"));
    request.list = parser.isSet(QStringLiteral("list"));
    request.exportPath = parser.value(QStringLiteral("export"));
    if (parser.isSet(QStringLiteral("export")) && request.exportPath.isEmpty())
        return trCli("--export needs a file name");
    if (int(request.validate) + int(request.list) + int(!request.exportPath.isEmpty()) > 1)
        return trCli("use only one of --validate, --list and --export");
    if (!request.exportPath.isEmpty() && !ChartExporter::formatForPath(request.exportPath))
        return trCli("%1: unknown image format; use a .png, .svg or .pdf file name").arg(request.exportPath);

    if (parser.isSet(QStringLiteral("chart"))) {
        const QString name = parser.value(QStringLiteral("chart"));
        const std::optional<ChartBuilder::Kind> kind = ChartBuilder::fromName(name);
        if (!kind) {
            QStringList names;
            for (ChartBuilder::Kind k : ChartBuilder::kinds())
                names.append(ChartBuilder::name(k));
            return trCli("unknown chart \"%1\"; expected one of %2").arg(name, names.join(QStringLiteral(", ")));
        }
        request.chart = *kind;
        request.chartGiven = true;
    }
    if (parser.isSet(QStringLiteral("levels"))) {
        QList<OpennessLevel> levels;
        for (const QString &id : splitIds(parser.value(QStringLiteral("levels")))) {
            const std::optional<OpennessLevel> level = Openness::fromId(id);
            if (!level)
                return trCli("unknown openness level %1; expected one of %2")
                    .arg(Problem::quoted(id), Openness::ids().join(QStringLiteral(", ")));
            levels.append(*level);
        }
        if (levels.isEmpty())
            return trCli("--levels needs at least one level id");
        request.levels = levels;
    }
    if (parser.isSet(QStringLiteral("orgs"))) {
        request.organizations = splitIds(parser.value(QStringLiteral("orgs")));
        if (request.organizations.isEmpty())
            return trCli("--orgs needs at least one organization id");
    }
    if (parser.isSet(QStringLiteral("kinds"))) {
        request.kinds = splitIds(parser.value(QStringLiteral("kinds")));
        for (const QString &id : std::as_const(request.kinds)) {
            if (!ReleaseKind::isKnown(id))
                return trCli("unknown event kind \"%1\"; expected one of %2").arg(id, ReleaseKind::ids().join(QStringLiteral(", ")));
        }
        if (request.kinds.isEmpty())
            return trCli("--kinds needs at least one event kind");
    }
    if (const QString error = readExportOptions(parser, request); !error.isEmpty())
        return error;
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(QStringLiteral("size")));
        const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (width < 16 || height < 16 || width > 20000 || height > 20000)
            return trCli("--size must be WIDTHxHEIGHT with each side from 16 to 20000 pixels, not \"%1\"")
                .arg(parser.value(QStringLiteral("size")));
        request.size = QSize(width, height);
    }
    request.select = parser.value(QStringLiteral("select"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return trCli("give at most one dataset file");
    if (!positional.isEmpty()) {
        request.datasetPath = positional.first();
        request.datasetGiven = true;
        if (request.datasetPath.isEmpty())
            return trCli("the dataset file name is empty; give a file, or none for the bundled dataset");
    }
    if (parser.isSet(QStringLiteral("max-problems"))) {
        bool ok = false;
        const QString value = parser.value(QStringLiteral("max-problems"));
        request.maxProblems = value.toInt(&ok);
        if (!ok || request.maxProblems < 1)
            return trCli("--max-problems needs a whole number of at least 1, not %1").arg(Problem::quoted(value));
    }
    return {};
}

DatasetLoader::Result loadDataset(const Request &request)
{
    return request.datasetGiven ? DatasetLoader::fromFile(request.datasetPath, request.maxProblems)
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
            return trCli("unknown organization %1; this dataset has %2")
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

QJsonObject releaseJson(const Dataset &dataset, const Release &release)
{
    const Model *model = dataset.modelOf(release);
    const Organization *organization = dataset.organizationOf(release);
    const License *license = dataset.licenseOf(release);
    QJsonObject object;
    object.insert(QStringLiteral("id"), release.id);
    object.insert(QStringLiteral("organization"), model ? model->organizationId : QString());
    object.insert(QStringLiteral("organization_name"), organization ? organization->name : QString());
    object.insert(QStringLiteral("model"), release.modelId);
    object.insert(QStringLiteral("model_name"), model ? model->name : QString());
    object.insert(QStringLiteral("date"), release.date.toString(Qt::ISODate));
    if (release.dateLatest.isValid())
        object.insert(QStringLiteral("date_latest"), release.dateLatest.toString(Qt::ISODate));
    if (release.precision != DatePrecision::Day)
        object.insert(QStringLiteral("date_precision"),
                      release.precision == DatePrecision::Month ? QStringLiteral("month") : QStringLiteral("year"));
    object.insert(QStringLiteral("kind"), release.kind);
    object.insert(QStringLiteral("title"), release.title);
    object.insert(QStringLiteral("level"), Openness::id(release.level));
    object.insert(QStringLiteral("license"), license ? QJsonValue(license->name) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("license_id"), license ? QJsonValue(license->id) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("spdx"),
                  license && !license->spdx.isEmpty() ? QJsonValue(license->spdx) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("unconfirmed"), release.unconfirmed);
    return object;
}

int runHeadless(const Request &request)
{
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
        const qint64 count = result.problems.size() + result.omittedProblems;
        printErr(shownPath + QLatin1StringView(": ")
                 + QCoreApplication::translate("CommandLine", "%n problem(s)", nullptr, int(std::min<qint64>(count, INT_MAX))));
        return InvalidData;
    }
    const Dataset &dataset = *result.dataset;

    if (request.validate) {
        // One multi-argument arg(): a "%1" in the file name stays as it is.
        printOut(trCli("%1: valid: %2 release events, %3 organizations, %4 licenses, %5 models")
                     .arg(shownPath, QString::number(dataset.releases().size()),
                          QString::number(dataset.organizations().size()), QString::number(dataset.licenses().size()),
                          QString::number(dataset.models().size())));
        return Success;
    }
    const QList<int> indexes = visibleReleases(dataset, filter);
    if (request.list) {
        QTextStream out(stdout);
        for (int index : indexes)
            out << QJsonDocument(releaseJson(dataset, dataset.releases().at(index))).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }

    if (request.chart == ChartBuilder::Kind::Timeline) {
        printErr(trCli("the timeline chart cannot be exported from the command line yet; export it from the window "
                       "(File > Export Chart)"));
        return UsageOrIoError;
    }
    std::unique_ptr<ChartFigure> figure = ChartBuilder::build(request.chart, result.dataset, indexes, request.chartOptions);
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
        window.openBundled();
    else if (!window.openFile(request.datasetPath))
        window.openBundled();
    if (window.dataset()) {
        ReleaseFilter filter;
        if (const QString error = makeFilter(request, *window.dataset(), filter); !error.isEmpty())
            printErr(error);
        window.setFilter(filter);
        if (!request.select.isEmpty() && !window.selectRelease(request.select))
            printErr(trCli("unknown or filtered-out release \"%1\"").arg(request.select));
    }
    window.show();
    return QApplication::exec();
}

} // namespace

int run(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setApplicationName(QStringLiteral("openness-timeline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPENNESS_TIMELINE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Openness Timeline"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Openness Timeline"));

    QCommandLineParser parser;
    setUpParser(parser);
    // Parse before any application object exists: which kind to create depends on the command.
    const bool parsed = parser.parse(arguments);
    const bool headlessHint = arguments.contains(QStringLiteral("--validate")) || arguments.contains(QStringLiteral("--list"))
        || arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))
        || arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"));
    if (!parsed || headlessHint) {
        QCoreApplication app(argc, argv);
        if (!parsed) {
            printErr(parser.errorText());
            printErr(trCli("Try '%1 --help'.").arg(QCoreApplication::applicationName()));
            return UsageOrIoError;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            printOut(parser.helpText());
            return Success;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            printOut(QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
            return Success;
        }
    }

    Request request;
    if (const QString error = readRequest(parser, request); !error.isEmpty()) {
        QCoreApplication app(argc, argv);
        printErr(error);
        return UsageOrIoError;
    }

    if (request.validate || request.list) {
        QCoreApplication app(argc, argv);
        return runHeadless(request);
    }
    if (!request.exportPath.isEmpty()) {
        // Charts need a QApplication, but an export must work with no display at all: render
        // on the offscreen platform whatever the caller's environment says.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return runHeadless(request);
    }
    QApplication app(argc, argv);
    return runWindow(request);
}

} // namespace CommandLine
