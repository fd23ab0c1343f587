#include "EpochImport.h"

#include "DatasetLoader.h"
#include "DatasetValidator.h"
#include "NameMatching.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <csv.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace {

using Json = nlohmann::ordered_json;

// The columns the import reads. Model, Organization, Publication date and Model accessibility
// are required; the others enrich the records when present.
const char *const modelColumn = "Model";
const char *const organizationColumn = "Organization";
const char *const dateColumn = "Publication date";
const char *const accessibilityColumn = "Model accessibility";
const char *const countryColumn = "Country (from Organization)";
const char *const categorizationColumn = "Organization categorization";
const char *const linkColumn = "Link";
const char *const referenceColumn = "Reference";
const char *const parametersColumn = "Parameters";
const char *const domainColumn = "Domain";
const char *const notesColumn = "Accessibility notes";

// One parsed CSV row: its raw fields and the physical line it starts on.
struct RawRow {
    QList<QByteArray> fields;
    int line = 0;
};

// Collects libcsv's callbacks. The input is fed one physical line at a time, so the line a row
// starts on is the line being fed when the parser leaves its "no row begun" state.
struct Collector {
    RawRow current;
    QList<RawRow> rows;
};

void onField(void *data, size_t length, void *context)
{
    auto *collector = static_cast<Collector *>(context);
    collector->current.fields.append(
        data ? QByteArray(static_cast<const char *>(data), static_cast<qsizetype>(length)) : QByteArray());
}

void onRowEnd(int /*terminator*/, void *context)
{
    auto *collector = static_cast<Collector *>(context);
    collector->rows.append(std::move(collector->current));
    collector->current = RawRow();
}

// libcsv's parser state "no row begun" (csv_parser::pstate); csv.h has no name for it.
constexpr int rowNotBegun = 0;

struct ParseOutcome {
    QList<RawRow> rows;
    Problems problems;
};

Problem rowProblem(const QString &file, int line, const QString &message, Problem::Kind kind,
                   Problem::Severity severity = Problem::Severity::Error)
{
    Problem problem;
    problem.file = file;
    problem.line = line;
    problem.message = message;
    problem.kind = kind;
    problem.severity = severity;
    return problem;
}

// Splits the text into rows with libcsv in strict mode (a stray quote is an error, and so is a
// file that ends inside a quoted field). A malformed row is reported at the line it starts on and
// dropped; parsing starts afresh on the next line, so one bad row costs only itself.
ParseOutcome parseCsv(const QByteArray &text, const QString &file)
{
    ParseOutcome outcome;
    Collector collector;
    csv_parser parser;
    const unsigned char options = CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL;
    if (csv_init(&parser, options) != 0) {
        outcome.problems.append(rowProblem(file, 1, EpochImport::tr("out of memory"), Problem::Kind::Unreadable));
        return outcome;
    }
    int line = 0;
    qsizetype position = 0;
    if (text.startsWith("\xEF\xBB\xBF"))
        position = 3; // a UTF-8 byte-order mark
    while (position < text.size()) {
        qsizetype end = text.indexOf('\n', position);
        end = end < 0 ? text.size() : end + 1;
        ++line;
        if (parser.pstate == rowNotBegun)
            collector.current.line = line;
        const size_t length = static_cast<size_t>(end - position);
        if (csv_parse(&parser, text.constData() + position, length, onField, onRowEnd, &collector) != length) {
            const int start = collector.current.line;
            outcome.problems.append(rowProblem(
                file, start,
                start == line ? EpochImport::tr("malformed CSV: a quote inside an unquoted field, or text after a "
                                                "closing quote; expected a field that is either quoted as a whole or "
                                                "has no quotes")
                              : EpochImport::tr("malformed CSV: the row starting here breaks the quoting rules on "
                                                "line %1; expected a field that is either quoted as a whole or has "
                                                "no quotes")
                                    .arg(line),
                Problem::Kind::Syntax));
            collector.current = RawRow();
            csv_free(&parser);
            csv_init(&parser, options);
        }
        position = end;
    }
    if (csv_fini(&parser, onField, onRowEnd, &collector) != 0) {
        outcome.problems.append(rowProblem(file, collector.current.line,
                                           EpochImport::tr("the file ends inside a quoted field of the row starting "
                                                           "here; expected a closing quote"),
                                           Problem::Kind::Syntax));
    }
    csv_free(&parser);
    outcome.rows = std::move(collector.rows);
    return outcome;
}

QString text(const RawRow &row, int column)
{
    if (column < 0 || column >= row.fields.size())
        return {};
    return QString::fromUtf8(row.fields.at(column)).trimmed();
}

// The publication date and its precision: YYYY-MM-DD, or YYYY-MM and YYYY for less exact dates.
std::optional<std::pair<QDate, QString>> publicationDate(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const bool hasMonth = match.hasCaptured(2);
    const bool hasDay = match.hasCaptured(3);
    const QDate date(year, hasMonth ? match.captured(2).toInt() : 1, hasDay ? match.captured(3).toInt() : 1);
    if (!date.isValid() || year < 1900 || year > 2100)
        return std::nullopt;
    return std::pair{date, hasDay ? QStringLiteral("day") : hasMonth ? QStringLiteral("month") : QStringLiteral("year")};
}

// Epoch gives parameters as a plain number ("314000000000.0"); shown as "314B".
QString parametersText(const QString &value)
{
    bool ok = false;
    const double count = value.toDouble(&ok);
    if (!ok || count <= 0 || !std::isfinite(count))
        return value;
    struct Unit {
        double size;
        const char *suffix;
    };
    for (const Unit unit : {Unit{1e12, "T"}, Unit{1e9, "B"}, Unit{1e6, "M"}, Unit{1e3, "K"}}) {
        if (count >= unit.size)
            return EpochImport::tr("%1 parameters").arg(QString::number(count / unit.size, 'g', 3) + QLatin1StringView(unit.suffix));
    }
    return EpochImport::tr("%1 parameters").arg(QString::number(count, 'g', 3));
}

QStringList webLinks(const QString &value)
{
    QStringList links;
    static const QRegularExpression separator(QStringLiteral("[\\s,;]+"));
    for (const QString &part : value.split(separator, Qt::SkipEmptyParts)) {
        if ((part.startsWith(u"https://") || part.startsWith(u"http://")) && part.size() > 8 && !links.contains(part))
            links.append(part);
    }
    return links;
}

Json source(const QString &url, const QString &title)
{
    return Json{{"url", url.toStdString()}, {"title", title.toStdString()}, {"kind", "secondary"}};
}

std::string std8(const QString &text)
{
    return text.toStdString();
}

} // namespace

QStringList EpochImport::requiredColumns()
{
    return {QLatin1StringView(modelColumn), QLatin1StringView(organizationColumn), QLatin1StringView(dateColumn),
            QLatin1StringView(accessibilityColumn)};
}

std::optional<EpochImport::Mapping> EpochImport::mappingFor(QStringView accessibility)
{
    // The table with its reasons is in data/FORMAT.md, "Importing Epoch AI's catalogue".
    const QString value = accessibility.trimmed().toString();
    const QString weights = QStringLiteral("weights");
    const QString launch = QStringLiteral("launch");
    const QString announcement = QStringLiteral("announcement");
    if (value.isEmpty() || value.compare(u"Unknown", Qt::CaseInsensitive) == 0)
        return Mapping{OpennessLevel::Unknown, announcement,
                       tr("Epoch AI does not say how the model was made available, so the level is unknown: "
                          "not guessed.")};
    if (value == u"Open weights (unrestricted)")
        return Mapping{OpennessLevel::OpenWeights, weights,
                       tr("Epoch AI: weights downloadable with no use restrictions. Not open source AI: that also "
                          "needs the training code and information about the training data, which Epoch does not "
                          "record.")};
    if (value == u"Open weights (restricted use)")
        return Mapping{OpennessLevel::WeightsRestricted, weights,
                       tr("Epoch AI: weights downloadable for restricted uses, commercial use allowed under "
                          "conditions.")};
    if (value == u"Open weights (non-commercial)")
        return Mapping{OpennessLevel::WeightsNonCommercial, weights,
                       tr("Epoch AI: weights downloadable for non-commercial use only.")};
    if (value == u"API access")
        return Mapping{OpennessLevel::Hosted, launch, tr("Epoch AI: usable through the maker's API; no weights.")};
    if (value == u"Hosted access (no API)")
        return Mapping{OpennessLevel::Hosted, launch,
                       tr("Epoch AI: usable through the maker's hosted service, without an API; no weights.")};
    if (value == u"Limited access")
        return Mapping{OpennessLevel::Closed, announcement,
                       tr("Epoch AI: limited access, a preview for selected users: not generally available.")};
    if (value == u"Unreleased")
        return Mapping{OpennessLevel::Closed, announcement,
                       tr("Epoch AI: unreleased, no access outside the maker.")};
    return std::nullopt;
}

QString EpochImport::slug(QStringView name)
{
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_KD).toLower();
    QString result;
    bool dash = false;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !result.isEmpty())
                result += u'-';
            result += c;
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    if (result.isEmpty()) {
        const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
        result = QLatin1StringView("x-") + QString::fromLatin1(hash);
    }
    return result;
}

QString EpochImport::format(const Problem &problem)
{
    // A problem with the file as a whole (unreadable) has no line.
    QString line = problem.file;
    if (problem.line > 0)
        line += u':' + QString::number(problem.line);
    line += QLatin1StringView(": ");
    if (problem.isWarning())
        line += tr("warning:") + u' ';
    return line + problem.message;
}

namespace {

// Reads a CSV of at most 1 GiB; empty error when it could.
QString readCsv(const QString &path, QByteArray &csv)
{
    constexpr qint64 maxFileSize = qint64(1) << 30;
    const QFileInfo info(path);
    if (!info.exists())
        return EpochImport::tr("no such file");
    if (!info.isFile())
        return EpochImport::tr("not a regular file");
    if (info.size() > maxFileSize)
        return EpochImport::tr("the file is larger than 1 GiB");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    csv = file.readAll();
    return {};
}

} // namespace

EpochImport::Result EpochImport::convertFile(const QString &path)
{
    QByteArray csv;
    if (const QString error = readCsv(path, csv); !error.isEmpty()) {
        Result result;
        result.unreadable = true;
        result.problems.append(rowProblem(path, 0, tr("cannot read the file: %1").arg(error), Problem::Kind::Unreadable));
        return result;
    }
    return convert(csv, path);
}

bool EpochImport::write(const QByteArray &json, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

EpochImport::Result EpochImport::convert(const QByteArray &csv, const QString &fileName)
{
    Result result;
    ParseOutcome parsed = parseCsv(csv, fileName);
    result.problems = parsed.problems;
    result.skipped = static_cast<int>(parsed.problems.size());

    if (parsed.rows.isEmpty()) {
        result.problems.prepend(rowProblem(fileName, 1,
                                           tr("no header row; expected Epoch AI's CSV header naming the columns %1")
                                               .arg(requiredColumns().join(QStringLiteral(", "))),
                                           Problem::Kind::MissingKey));
        result.unusableFile = true;
        result.skipped = 0;
        return result;
    }

    // The header names the columns; the import finds them by name, not by position.
    const RawRow header = parsed.rows.takeFirst();
    QHash<QString, int> columns;
    for (int i = 0; i < header.fields.size(); ++i)
        columns.insert(QString::fromUtf8(header.fields.at(i)).trimmed(), i);
    QStringList missing;
    for (const QString &name : requiredColumns()) {
        if (!columns.contains(name))
            missing.append(Problem::quoted(name));
    }
    if (missing.size() > 0) {
        Problems problems{rowProblem(fileName, header.line,
                                     tr("the header lacks the column(s) %1; expected Epoch AI's CSV header, which "
                                        "names %2")
                                         .arg(missing.join(QStringLiteral(", ")),
                                              requiredColumns().join(QStringLiteral(", "))),
                                     Problem::Kind::MissingKey)};
        result.problems = problems;
        result.unusableFile = true;
        result.skipped = 0;
        return result;
    }
    auto column = [&](const char *name) { return columns.value(QLatin1StringView(name), -1); };
    const int modelIndex = column(modelColumn);
    const int organizationIndex = column(organizationColumn);
    const int dateIndex = column(dateColumn);
    const int accessibilityIndex = column(accessibilityColumn);
    const int countryIndex = column(countryColumn);
    const int categorizationIndex = column(categorizationColumn);
    const int linkIndex = column(linkColumn);
    const int referenceIndex = column(referenceColumn);
    const int parametersIndex = column(parametersColumn);
    const int domainIndex = column(domainColumn);
    const int notesIndex = column(notesColumn);
    const qsizetype fieldCount = header.fields.size();

    struct Entry {
        int line = 0;
        QString model;
        QString organizations;
        QString accessibility;
        QDate date;
        QString precision;
        Mapping mapping;
        RawRow row;
    };
    QList<Entry> entries;
    result.rows = static_cast<int>(parsed.rows.size()) + result.skipped;
    for (RawRow &row : parsed.rows) {
        auto skip = [&](const QString &message, Problem::Kind kind) {
            result.problems.append(rowProblem(fileName, row.line, message, kind));
            ++result.skipped;
        };
        if (row.fields.size() != fieldCount) {
            skip(tr("the row has %1 field(s); expected %2, as many as the header").arg(row.fields.size()).arg(fieldCount),
                 Problem::Kind::WrongType);
            continue;
        }
        bool validUtf8 = true;
        for (qsizetype i = 0; i < row.fields.size() && validUtf8; ++i) {
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder(row.fields.at(i));
            if (decoder.hasError()) {
                skip(tr("invalid UTF-8 in the column %1; expected UTF-8 text")
                         .arg(Problem::quoted(QString::fromUtf8(header.fields.at(i)))),
                     Problem::Kind::Encoding);
                validUtf8 = false;
            }
        }
        if (!validUtf8)
            continue;
        Entry entry;
        entry.line = row.line;
        entry.model = text(row, modelIndex);
        if (entry.model.isEmpty()) {
            skip(tr("no model name in the column %1").arg(Problem::quoted(QString::fromLatin1(modelColumn))),
                 Problem::Kind::MissingKey);
            continue;
        }
        const QString dateText = text(row, dateIndex);
        const auto date = publicationDate(dateText);
        if (!date) {
            skip(dateText.isEmpty()
                     ? tr("%1 has no publication date; expected YYYY-MM-DD in the column %2")
                           .arg(Problem::quoted(entry.model), Problem::quoted(QString::fromLatin1(dateColumn)))
                     : tr("%1 has the publication date %2; expected a date YYYY-MM-DD (or YYYY-MM, YYYY) from 1900 "
                          "to 2100")
                           .arg(Problem::quoted(entry.model), Problem::quoted(dateText)),
                 Problem::Kind::InvalidDate);
            continue;
        }
        entry.date = date->first;
        entry.precision = date->second;
        entry.accessibility = text(row, accessibilityIndex);
        if (const auto mapping = mappingFor(entry.accessibility)) {
            entry.mapping = *mapping;
        } else {
            entry.mapping = {OpennessLevel::Unknown, QStringLiteral("announcement"),
                             tr("Epoch AI's accessibility value is not one this import knows, so the level is "
                                "unknown: not guessed.")};
            result.problems.append(rowProblem(fileName, row.line,
                                              tr("%1 has the accessibility value %2, which this import does not "
                                                 "know; imported at level \"unknown\"")
                                                  .arg(Problem::quoted(entry.model), Problem::quoted(entry.accessibility)),
                                              Problem::Kind::UnknownValue, Problem::Severity::Warning));
        }
        entry.organizations = text(row, organizationIndex);
        entry.row = std::move(row);
        entries.append(std::move(entry));
    }

    if (entries.isEmpty()) {
        result.problems.append(rowProblem(fileName, header.line, tr("no row could be imported"), Problem::Kind::MissingKey));
        std::stable_sort(result.problems.begin(), result.problems.end(),
                         [](const Problem &a, const Problem &b) { return a.line < b.line; });
        return result;
    }

    // Organizations: the first one a row names. Ids are slugs of the name, so the same catalogue
    // gives the same ids every time; two names with one slug share the slug plus a number, in
    // order of their first row in the file.
    struct OrganizationRecord {
        QString id;
        QString name;
        QString country;
        QString categorization;
    };
    QHash<QString, QString> organizationIdByName;
    QSet<QString> organizationIds;
    std::map<QString, OrganizationRecord> organizationsById;
    auto organizationFor = [&](const Entry &entry) -> QString {
        QString name = entry.organizations.section(u',', 0, 0).trimmed();
        if (name.isEmpty())
            name = tr("Organization not given");
        const auto known = organizationIdByName.constFind(name);
        if (known != organizationIdByName.cend())
            return *known;
        QString id = slug(name);
        for (int n = 2; organizationIds.contains(id); ++n)
            id = slug(name) + u'-' + QString::number(n);
        organizationIds.insert(id);
        organizationIdByName.insert(name, id);
        OrganizationRecord record;
        record.id = id;
        record.name = name;
        record.country = text(entry.row, countryIndex).section(u',', 0, 0).trimmed();
        record.categorization = text(entry.row, categorizationIndex).section(u',', 0, 0).trimmed();
        organizationsById.emplace(id, record);
        return id;
    };

    // Models and releases in date order (then name), whatever the order of the file.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.model < b.model;
    });
    Json models = Json::array();
    Json releases = Json::array();
    QSet<QString> modelIds;
    QDate latest;
    const Json catalogueSource = source(catalogueUrl, QStringLiteral("Epoch AI, Notable AI Models (CC-BY 4.0)"));
    for (const Entry &entry : std::as_const(entries)) {
        const QString organizationId = organizationFor(entry);
        QString modelId = slug(entry.model);
        for (int n = 2; modelIds.contains(modelId); ++n)
            modelId = slug(entry.model) + u'-' + QString::number(n);
        modelIds.insert(modelId);
        latest = std::max(latest, entry.date);

        Json model;
        model["id"] = std8(modelId);
        model["organization"] = std8(organizationId);
        model["name"] = std8(entry.model);
        const QString domain = text(entry.row, domainIndex);
        if (!domain.isEmpty())
            model["description"] = std8(tr("Domain (Epoch AI): %1").arg(domain));
        const QString parameters = parametersText(text(entry.row, parametersIndex));
        if (!parameters.isEmpty())
            model["parameters"] = std8(parameters);
        model["assessments"] = Json{{"epoch", Json{{"model", std8(entry.model)},
                                                  {"accessibility", std8(entry.accessibility)},
                                                  {"source", catalogueSource}}}};
        models.push_back(std::move(model));

        const OpennessLevel level = entry.mapping.level;
        ++result.levelCounts[static_cast<size_t>(Openness::rank(level))];
        const QString &kind = entry.mapping.kind;
        Json release;
        release["id"] = std8(modelId + u'-' + kind);
        release["model"] = std8(modelId);
        release["date"] = std8(entry.date.toString(Qt::ISODate));
        if (entry.precision != u"day")
            release["date_precision"] = std8(entry.precision);
        release["kind"] = std8(kind);
        QString title;
        if (kind == u"weights")
            title = tr("%1 weights published").arg(entry.model);
        else if (kind == u"launch")
            title = tr("%1 launched").arg(entry.model);
        else if (level == OpennessLevel::Closed)
            title = tr("%1 announced, not released").arg(entry.model);
        else
            title = tr("%1 published; access not stated").arg(entry.model);
        release["title"] = std8(title);
        QString summary =
            entry.accessibility.isEmpty()
                ? tr("Epoch AI's Notable AI Models lists %1, published on this date, and does not say how it was "
                     "made available.")
                      .arg(entry.model)
                : tr("Epoch AI's Notable AI Models lists %1, published on this date, with the model accessibility "
                     "\u201C%2\u201D.")
                      .arg(entry.model, entry.accessibility);
        if (kind != u"announcement")
            summary += u' ' + tr("The date is Epoch's publication date (paper or announcement): the weights or the "
                                 "product may have come out later.");
        release["summary"] = std8(summary);
        release["level"] = std8(Openness::id(level));
        release["level_note"] = std8(entry.mapping.reason);
        release["license"] = nullptr;
        Json sources = Json::array();
        const QString reference = text(entry.row, referenceIndex);
        const QStringList links = webLinks(text(entry.row, linkIndex));
        const QString linkTitle = reference.isEmpty() ? tr("Publication cited by Epoch AI for %1").arg(entry.model)
                                                      : reference.simplified();
        for (qsizetype i = 0; i < links.size(); ++i) {
            // One Reference for several links: numbered, so the links do not read as duplicates.
            sources.push_back(source(links.at(i), links.size() == 1 ? linkTitle
                                                                    : tr("%1 (link %2 of %3)")
                                                                          .arg(linkTitle)
                                                                          .arg(i + 1)
                                                                          .arg(links.size())));
        }
        sources.push_back(catalogueSource);
        release["sources"] = std::move(sources);
        QStringList notes;
        const QStringList named = entry.organizations.split(u',', Qt::SkipEmptyParts);
        if (named.size() > 1) {
            QStringList others;
            for (qsizetype i = 1; i < named.size(); ++i)
                others.append(named.at(i).trimmed());
            notes.append(tr("Epoch AI names several organizations; filed under the first. The others: %1.")
                             .arg(others.join(QStringLiteral(", "))));
        }
        const QString accessibilityNotes = text(entry.row, notesIndex);
        if (!accessibilityNotes.isEmpty())
            notes.append(tr("Epoch AI's accessibility notes: %1").arg(accessibilityNotes.simplified()));
        if (!notes.isEmpty())
            release["note"] = std8(notes.join(u' '));
        releases.push_back(std::move(release));
        ++result.imported;
    }

    Json organizations = Json::array();
    std::vector<const OrganizationRecord *> sortedOrganizations;
    for (const auto &[id, record] : organizationsById)
        sortedOrganizations.push_back(&record);
    std::sort(sortedOrganizations.begin(), sortedOrganizations.end(),
              [](const OrganizationRecord *a, const OrganizationRecord *b) {
                  const int byName = a->name.compare(b->name, Qt::CaseInsensitive);
                  return byName != 0 ? byName < 0 : a->id < b->id;
              });
    for (const OrganizationRecord *record : sortedOrganizations) {
        Json organization;
        organization["id"] = std8(record->id);
        organization["name"] = std8(record->name);
        if (!record->country.isEmpty())
            organization["country"] = std8(record->country);
        if (!record->categorization.isEmpty())
            organization["description"] = std8(tr("Epoch AI's categorization: %1.").arg(record->categorization));
        organization["stages"] = Json::array();
        organizations.push_back(std::move(organization));
    }
    result.organizations = static_cast<int>(organizations.size());

    Json dataset;
    dataset["format"] = std8(DatasetValidator::formatId);
    dataset["title"] = std8(tr("Epoch AI, Notable AI Models (imported from %1)").arg(QFileInfo(fileName).fileName()));
    // The newest publication in the file: the catalogue is at least that recent, and the same
    // file always gives the same dataset.
    dataset["updated"] = std8(latest.toString(Qt::ISODate));
    dataset["description"] = std8(
        credit + QLatin1StringView(", ") + catalogueUrl + QLatin1StringView(". ")
        + tr("Imported from %1: %n model(s), each at the level its Epoch AI model accessibility maps to; rows "
             "without one are at level \u201Cunknown\u201D.",
             nullptr, result.imported)
              .arg(QFileInfo(fileName).fileName()));
    dataset["organizations"] = std::move(organizations);
    dataset["licenses"] = Json::array();
    dataset["models"] = std::move(models);
    dataset["releases"] = std::move(releases);

    const QByteArray json = QByteArray::fromStdString(dataset.dump(2)) + '\n';
    // What is returned always opens: a rule the conversion broke would be a bug here, reported as
    // such rather than written.
    const DatasetValidator::Result check = DatasetValidator::validate(json, fileName, 20);
    if (!check.dataset) {
        for (const Problem &problem : check.problems) {
            if (!problem.isWarning())
                result.problems.append(rowProblem(fileName, 0, tr("the converted dataset breaks a rule: %1").arg(problem.message),
                                                  problem.kind));
        }
        return result;
    }
    result.json = json;
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return result;
}

namespace {

// A parameter count as Epoch writes it after a model's name: "70B", "1.5B", "560M".
std::optional<double> parameterCount(QStringView word)
{
    static const QRegularExpression size(QStringLiteral("^(\\d+(?:\\.\\d+)?)([kmbt])$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = size.match(word);
    if (!match.hasMatch())
        return std::nullopt;
    static const QHash<QChar, double> units = {{u'k', 1e3}, {u'm', 1e6}, {u'b', 1e9}, {u't', 1e12}};
    return match.captured(1).toDouble() * units.value(match.captured(2).at(0).toLower());
}

// The words of a name, its parenthesised asides left out.
QStringList nameWords(QStringView name)
{
    QStringList words;
    QString word;
    for (const QChar c : NameMatching::withoutParentheses(name)) {
        if (NameMatching::isSeparator(c)) {
            if (!word.isEmpty())
                words.append(std::exchange(word, QString()));
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

} // namespace

EpochImport::Attachment EpochImport::attach(const QByteArray &csv, const QString &fileName, const Dataset &dataset)
{
    Attachment result;
    const Result converted = convert(csv, fileName);
    result.problems = converted.problems;
    result.rows = converted.rows;
    if (!converted.ok()) {
        result.unusableFile = true;
        return result;
    }
    // convert() checks what it returns, so this loads.
    const DatasetLoader::Result epoch = DatasetLoader::fromJson(converted.json, fileName);
    if (!epoch.ok()) {
        result.problems.append(epoch.problems);
        result.unusableFile = true;
        return result;
    }

    // The dataset's models by the keys of their organization.
    QHash<QString, QList<const Model *>> modelsByOrganization;
    for (const Model &model : dataset.models()) {
        const Organization *organization = dataset.organization(model.organizationId);
        QStringList keys = NameMatching::organizationKeys(organization ? organization->name : QString());
        keys.append(NameMatching::organizationKey(model.organizationId));
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys))
            modelsByOrganization[key].append(&model);
    }
    // The models of the organizations a row names whose compacted name is name.
    auto modelsNamed = [&](const QStringList &organizationKeys, const QString &name) {
        QList<const Model *> found;
        for (const QString &key : organizationKeys) {
            for (const Model *model : modelsByOrganization.value(key)) {
                if (!found.contains(model) && NameMatching::compact(model->name) == name)
                    found.append(model);
            }
        }
        return found;
    };
    auto modelNames = [](const QList<const Model *> &models) {
        QStringList names;
        for (const Model *model : models)
            names.append(Problem::quoted(model->name));
        return names.join(QStringLiteral(", "));
    };

    // 1. A row names the one model of its organization that has its name; 2. a row not placed so
    // whose name is a model's name and a parameter count ("Llama 2-70B") stands for that model.
    struct Row {
        const EpochAssessment *assessment;
        QStringList organizationKeys;
        double size = 0;
        QString nameWithoutSize; // compacted; empty when the name does not end with a size
    };
    QList<Row> rows;
    for (const Model &model : epoch.dataset->models()) {
        const Organization *organization = epoch.dataset->organization(model.organizationId);
        if (!model.epoch || !organization)
            continue;
        Row row{&*model.epoch, NameMatching::organizationKeys(organization->name), 0, {}};
        const QStringList words = nameWords(model.epoch->model);
        if (words.size() >= 2) {
            if (const std::optional<double> size = parameterCount(words.last())) {
                row.size = *size;
                row.nameWithoutSize = NameMatching::compact(words.mid(0, words.size() - 1).join(u' '));
            }
        }
        rows.append(row);
    }
    QHash<const Model *, QList<const Row *>> exact;
    QHash<const Model *, QList<const Row *>> sized;
    for (const Row &row : std::as_const(rows)) {
        const QList<const Model *> named = modelsNamed(row.organizationKeys, NameMatching::compact(row.assessment->model));
        if (named.size() == 1) {
            exact[named.first()].append(&row);
            continue;
        }
        if (named.size() > 1) {
            result.notAttached.append(tr("%1 names %2 models of the dataset (%3); nothing attached")
                                          .arg(Problem::quoted(row.assessment->model), QString::number(named.size()),
                                               modelNames(named)));
            continue;
        }
        if (row.nameWithoutSize.isEmpty())
            continue;
        const QList<const Model *> sizeOf = modelsNamed(row.organizationKeys, row.nameWithoutSize);
        if (sizeOf.size() == 1)
            sized[sizeOf.first()].append(&row);
        else if (sizeOf.size() > 1)
            result.notAttached.append(tr("%1 names %2 models of the dataset (%3); nothing attached")
                                          .arg(Problem::quoted(row.assessment->model), QString::number(sizeOf.size()),
                                               modelNames(sizeOf)));
    }

    for (const Model &model : dataset.models()) {
        const QList<const Row *> candidates = exact.contains(&model) ? exact.value(&model) : sized.value(&model);
        if (candidates.isEmpty())
            continue;
        const bool agree = std::all_of(candidates.cbegin(), candidates.cend(), [&](const Row *row) {
            return row->assessment->accessibility == candidates.first()->assessment->accessibility;
        });
        if (!agree) {
            QStringList values;
            for (const Row *row : candidates)
                values.append(tr("%1 (%2)").arg(Problem::quoted(row->assessment->model),
                                                row->assessment->accessibility.isEmpty() ? tr("no value")
                                                                                        : row->assessment->accessibility));
            result.notAttached.append(tr("%1: Epoch AI's rows %2 disagree; nothing attached")
                                          .arg(Problem::quoted(model.name), values.join(QStringLiteral(", "))));
            continue;
        }
        // One name, or the sizes of one model: the largest stands for it.
        const Row *chosen = *std::max_element(candidates.cbegin(), candidates.cend(),
                                              [](const Row *a, const Row *b) { return a->size < b->size; });
        result.assessments.insert(model.id, *chosen->assessment);
        result.matches.append({chosen->assessment->model, model.id});
    }
    return result;
}

EpochImport::Attachment EpochImport::attachFile(const QString &path, const Dataset &dataset)
{
    QByteArray csv;
    if (const QString error = readCsv(path, csv); !error.isEmpty()) {
        Attachment result;
        result.unreadable = true;
        result.problems.append(rowProblem(path, 0, tr("cannot read the file: %1").arg(error), Problem::Kind::Unreadable));
        return result;
    }
    return attach(csv, path, dataset);
}

QByteArray EpochImport::toJson(const EpochAssessment &assessment)
{
    Json source{{"url", std8(assessment.source.url)},
                {"title", std8(assessment.source.title)},
                {"kind", assessment.source.primary ? "primary" : "secondary"}};
    if (assessment.source.accessed.isValid())
        source["accessed"] = std8(assessment.source.accessed.toString(Qt::ISODate));
    const Json object{{"model", std8(assessment.model)}, {"accessibility", std8(assessment.accessibility)},
                      {"source", std::move(source)}};
    return QByteArray::fromStdString(object.dump(-1, ' ', false, Json::error_handler_t::replace));
}
