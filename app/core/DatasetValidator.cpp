#include "DatasetValidator.h"

#include "JsonDocumentReader.h"
#include "OpennessLevel.h"

#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace {

using Json = JsonValue;
using JsonType = JsonValue::Type;
using Path = std::string;
using Kind = Problem::Kind;
enum class Need { Required, Optional };

QString quoted(const QString &text)
{
    return Problem::quoted(text);
}

QString fromUtf8(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

// A JSON path as text. memberPath() already escaped quotes, backslashes and ASCII control
// characters in keys; what is left to escape are the non-ASCII characters that could break or
// reorder a line.
QString pathText(const Path &path)
{
    QString text = QString::fromStdString(path);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x7F && Problem::escaped(QStringView(text).mid(i, 1)).size() > 1) {
            const QString escape = QStringLiteral("\\u") + QString::number(c, 16).rightJustified(4, u'0');
            text.replace(i, 1, escape);
            i += escape.size() - 1;
        }
    }
    return text;
}

// Whether UTF-8 text is empty or white space only, as QString::trimmed() sees it; ASCII text,
// nearly all of a dataset, is looked at without converting it.
bool isBlank(std::string_view utf8)
{
    for (const char c : utf8) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).trimmed().isEmpty();
        if (!QChar::isSpace(char32_t(static_cast<unsigned char>(c))))
            return false;
    }
    return true;
}

QString joined(std::span<const std::string_view> keys)
{
    QStringList names;
    for (const std::string_view key : keys)
        names.append(fromUtf8(key));
    return names.join(QLatin1StringView(", "));
}

bool isIdCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

constexpr int firstYear = 1900;
constexpr int lastYear = 2100;

// The keys each kind of object may hold, in the order of data/FORMAT.md.
constexpr std::string_view datasetKeys[] = {"$schema", "format", "title", "updated", "description",
                                            "organizations", "licenses", "models", "releases"};
constexpr std::string_view sourceKeys[] = {"url", "title", "kind", "accessed"};
constexpr std::string_view organizationKeys[] = {"id", "name", "country", "description", "stages", "events"};
constexpr std::string_view stageKeys[] = {"name", "start", "end", "date_precision", "business", "openness",
                                          "pressure", "sources", "unconfirmed", "note"};
constexpr std::string_view corporateEventKeys[] = {"date", "date_precision", "title", "kind", "details", "sources",
                                                   "unconfirmed", "note"};
constexpr std::string_view licenseKeys[] = {"id", "name", "spdx", "osi_approved", "url", "summary", "version",
                                            "supersedes", "terms", "sources", "unconfirmed", "note"};
constexpr std::string_view termsKeys[] = {"commercial_use", "modification", "redistribution", "train_other_models",
                                          "usage_thresholds", "acceptable_use", "attribution", "revocation",
                                          "patent_grant", "geographic_limits"};
constexpr std::string_view termRulingKeys[] = {"status", "summary", "quote", "source", "unconfirmed"};
constexpr std::string_view modelKeys[] = {"id", "organization", "name", "family", "description", "parameters", "assessments"};
constexpr std::string_view assessmentsKeys[] = {"epoch", "osai"};
constexpr std::string_view epochAssessmentKeys[] = {"model", "accessibility", "source"};
constexpr std::string_view releaseKeys[] = {"id", "model", "date", "date_latest", "date_precision", "kind", "title",
                                            "summary", "level", "level_note", "license", "sources", "unconfirmed",
                                            "note"};
// An Open Source AI Index assessment (assessments.osai): its grades are keyed by the Index's
// parameter refs (OsaiAssessment::parameterRefs).
constexpr std::string_view osaiAssessmentKeys[] = {"entry", "file", "grades", "source"};
constexpr std::string_view osaiGradeKeys[] = {"class", "link", "notes"};

std::span<const std::string_view> knownKeys(DatasetValidator::ObjectKind kind)
{
    using K = DatasetValidator::ObjectKind;
    switch (kind) {
    case K::Dataset:
        return datasetKeys;
    case K::Source:
        return sourceKeys;
    case K::Organization:
        return organizationKeys;
    case K::Stage:
        return stageKeys;
    case K::CorporateEvent:
        return corporateEventKeys;
    case K::License:
        return licenseKeys;
    case K::Terms:
        return termsKeys;
    case K::TermRuling:
        return termRulingKeys;
    case K::Model:
        return modelKeys;
    case K::Assessments:
        return assessmentsKeys;
    case K::EpochAssessment:
        return epochAssessmentKeys;
    case K::Release:
        return releaseKeys;
    case K::OsaiAssessment:
        return osaiAssessmentKeys;
    case K::OsaiGrades:
        return OsaiAssessment::parameterRefs;
    case K::OsaiGrade:
        return osaiGradeKeys;
    }
    return {};
}

bool isKnownKey(DatasetValidator::ObjectKind kind, std::string_view key)
{
    const std::span<const std::string_view> known = knownKeys(kind);
    return std::find(known.begin(), known.end(), key) != known.end();
}

const QStringList sourceKinds = {QStringLiteral("primary"), QStringLiteral("secondary")};
const QStringList pressures = {QStringLiteral("toward-open"), QStringLiteral("toward-closed"),
                               QStringLiteral("mixed")};
const std::array<OpennessPressure, 3> pressureValues = {OpennessPressure::TowardOpen,
                                                        OpennessPressure::TowardClosed, OpennessPressure::Mixed};
const QStringList eventKinds = {QStringLiteral("founding"), QStringLiteral("funding"), QStringLiteral("acquisition"),
                                QStringLiteral("merger"), QStringLiteral("listing"), QStringLiteral("restructuring"),
                                QStringLiteral("rebrand"), QStringLiteral("other")};
const QStringList releaseKinds = {QStringLiteral("announcement"), QStringLiteral("launch"), QStringLiteral("api"),
                                  QStringLiteral("weights"), QStringLiteral("license-change"),
                                  QStringLiteral("retirement")};
const QStringList precisions = {QStringLiteral("day"), QStringLiteral("month"), QStringLiteral("year")};
const std::array<DatePrecision, 3> precisionValues = {DatePrecision::Day, DatePrecision::Month, DatePrecision::Year};

// Made once, on first use (not at start-up, where the tables they come from may not be ready).
const QStringList &levelIds()
{
    static const QStringList ids = Openness::ids();
    return ids;
}

const QList<OpennessLevel> &levels()
{
    static const QList<OpennessLevel> all = Openness::allLevels();
    return all;
}

const QStringList &termStatusKeys()
{
    static const QStringList keys = {LicenseTerms::statusKey(TermStatus::Allowed),
                                     LicenseTerms::statusKey(TermStatus::Conditional),
                                     LicenseTerms::statusKey(TermStatus::Forbidden),
                                     LicenseTerms::statusKey(TermStatus::NotStated)};
    return keys;
}

const std::array<TermStatus, 4> termStatusValues = {TermStatus::Allowed, TermStatus::Conditional,
                                                    TermStatus::Forbidden, TermStatus::NotStated};

QString foundType(const Json &value)
{
    switch (value.type()) {
    case JsonType::Null:
        return DatasetValidator::tr("null");
    case JsonType::Object:
        return DatasetValidator::tr("an object");
    case JsonType::Array:
        return DatasetValidator::tr("an array");
    case JsonType::String:
        return DatasetValidator::tr("a string");
    case JsonType::Boolean:
        return DatasetValidator::tr("a boolean");
    case JsonType::Integer:
    case JsonType::Unsigned:
    case JsonType::Float:
        break;
    }
    return DatasetValidator::tr("a number");
}

QString expectedType(JsonType type)
{
    switch (type) {
    case JsonType::Object:
        return DatasetValidator::tr("an object");
    case JsonType::Array:
        return DatasetValidator::tr("an array");
    case JsonType::String:
        return DatasetValidator::tr("a string");
    case JsonType::Boolean:
        return DatasetValidator::tr("true or false");
    default:
        break;
    }
    return DatasetValidator::tr("a number");
}

// The four top-level lists, read element by element.
enum class List { Organizations, Licenses, Models, Releases };

const char *listKey(List list)
{
    switch (list) {
    case List::Organizations:
        return "organizations";
    case List::Licenses:
        return "licenses";
    case List::Models:
        return "models";
    case List::Releases:
        break;
    }
    return "releases";
}

Path itemPath(List list, std::size_t index)
{
    return JsonDocumentReader::elementPath(JsonDocumentReader::memberPath("$", listKey(list)), index);
}

std::optional<List> listOf(std::string_view key)
{
    if (key == "organizations")
        return List::Organizations;
    if (key == "licenses")
        return List::Licenses;
    if (key == "models")
        return List::Models;
    if (key == "releases")
        return List::Releases;
    return std::nullopt;
}

// An id another list must define, checked once every list has been read.
// Its path is kept as the list, the index and the key, not as text: there are two for
// every release.
struct Reference {
    enum Target { Organization, License, Model } target;
    QString id;
    std::size_t offset;
    List list;
    std::size_t index;
    const char *key;
};

} // namespace

// Moved in memory as bytes: a list of 300,000 grows by realloc() instead of by copying.
Q_DECLARE_TYPEINFO(Reference, Q_RELOCATABLE_TYPE);

namespace {

// The walk itself: receives the document piece by piece from JsonDocumentReader, checks each
// piece and keeps what it builds. Problems point at byte offsets; lines and columns are worked
// out at the end, only for the problems kept.
class Checker final : public JsonPieceConsumer
{
public:
    Checker(const QByteArray &text, QString fileName, int maxProblems, DatasetValidator::ReleaseTexts texts)
        : m_text(text)
        , m_keepTexts(texts == DatasetValidator::ReleaseTexts::Kept)
        , m_positions(text.constData(), std::size_t(text.size()))
        , m_fileName(std::move(fileName))
        , m_maxProblems(std::max(1, maxProblems))
        , m_countLimit(qint64(m_maxProblems) * 100)
    {
        // The top-level object starts at the first byte that is not a byte-order mark or blank.
        std::size_t start = m_text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        while (start < std::size_t(m_text.size()) && std::string_view(" \t\r\n").find(m_text.at(qsizetype(start))) != std::string_view::npos)
            ++start;
        m_root.startContainer(JsonType::Object, start);
    }

    DatasetValidator::Result run();

    // JsonPieceConsumer
    bool rootIsNotAnObject(const JsonPiece &placeholder) override;
    bool rootKey(const std::string &key, std::size_t offset, bool duplicate) override;
    bool rootValue(const std::string &key, const JsonPiece &piece) override;
    bool listElement(const std::string &key, std::size_t index, const JsonPiece &piece) override;
    bool listEnd(const std::string &key, std::size_t offset, std::size_t count) override;
    bool duplicateKey(const std::string &path, const std::string &key, std::size_t offset) override;
    bool pieceTooLarge(const std::string &path, std::size_t offset) override;

private:
    void addReference(Reference::Target target, const QString &id, const Json &object, const char *key)
    {
        m_references.append({target, id, object.find(key).offset(), m_list, m_index, key});
    }

    void report(Kind kind, std::size_t offset, const Path &path, const QString &message,
                Problem::Severity severity = Problem::Severity::Error);
    void reportAt(Kind kind, const Json &value, const Path &path, const QString &message)
    {
        report(kind, value.offset(), path, message);
    }
    void warnAt(Kind kind, const Json &value, const Path &path, const QString &message)
    {
        report(kind, value.offset(), path, message, Problem::Severity::Warning);
    }
    bool go() const { return !m_stop; }

    // Typed access to obj[key], reporting a missing key (when required) or a wrong type. Each
    // returns nothing (or an empty value) when the field is absent or unusable.
    Json member(const Json &object, const Path &path, std::string_view key, Need need);
    Json typedMember(const Json &object, const Path &path, std::string_view key, Need need,
                     JsonType type);
    QString string(const Json &object, const Path &path, std::string_view key, Need need);
    Utf8Text text(const Json &object, const Path &path, std::string_view key, Need need);
    std::optional<QString> stringOrNull(const Json &object, const Path &path, std::string_view key);
    bool boolean(const Json &object, const Path &path, std::string_view key, Need need);
    QDate date(const Json &object, const Path &path, std::string_view key, Need need);
    DatePrecision precision(const Json &object, const Path &path);
    void checkPrecision(const Json &object, const Path &path, std::string_view key, QDate date, DatePrecision precision);
    QString url(const Json &object, const Path &path, std::string_view key, Need need, bool isSource);
    QString id(const Json &object, const Path &path, std::string_view key);
    bool checkUrl(const Json &value, const QString &text, const Path &path, QUrl *parsed = nullptr);
    void checkSourceUrl(const Json &value, const QUrl &url, const QString &text, const Path &path);
    void checkId(const Json &value, const QString &text, const Path &path, std::string_view key);
    // The index of the value among choices, or -1; what names the vocabulary in messages.
    // what: an untranslated name (QT_TRANSLATE_NOOP), translated only for a problem.
    int choice(const Json &object, const Path &path, std::string_view key, Need need, const QStringList &choices,
               const char *what);
    void rejectUnknownKeys(const Json &object, const Path &path, DatasetValidator::ObjectKind kind);
    bool isObject(const Json &value, const Path &path, const char *what);

    QList<Source> sources(const Json &object, const Path &path);
    Source source(const Json &value, const Path &path);
    Organization organization(const Json &value, const Path &path);
    CorporateStage stage(const Json &value, const Path &path);
    CorporateEvent corporateEvent(const Json &value, const Path &path);
    License license(const Json &value, const Path &path);
    TermRuling termRuling(const Json &value, const Path &path);
    Model model(const Json &value, const Path &path);
    std::optional<EpochAssessment> epochAssessment(const Json &assessments, const Path &path);
    OsaiAssessment osaiAssessment(const Json &value, const Path &path);
    OsaiGrade osaiGrade(const Json &value, const Path &path);
    Release release(const Json &value, const Path &path);

    void checkStageOverlaps(const QList<CorporateStage> &stages, const Json &array, const Path &path);
    template<typename T>
    void checkUniqueId(List list, const T &item, const Json &value, const Path &path);
    void checkReferences();
    DatasetValidator::Result finish(DatasetValidator::Result result);

    const QByteArray &m_text;
    bool m_keepTexts;
    TextPositions m_positions;
    QString m_fileName;
    int m_maxProblems;
    qint64 m_countLimit;
    bool m_stop = false;
    bool m_hasError = false;
    Problems m_problems;
    std::map<Kind, qint64> m_omitted;
    qint64 m_omittedTotal = 0;

    JsonPiece m_root; // the top-level object, without the lists (placeholders stand for them)
    bool m_rootIsObject = true;

    QList<Organization> m_organizations;
    QList<License> m_licenses;
    QList<Model> m_models;
    // Ids that many records repeat (a release's model and license, a model's organization) are
    // kept once and shared: at 100,000 releases that is 15 MB less.
    QSet<QString> m_sharedStrings;
    QString shared(const QString &text)
    {
        if (text.isEmpty())
            return text;
        const auto it = m_sharedStrings.constFind(text);
        return it != m_sharedStrings.constEnd() ? *it : *m_sharedStrings.insert(text);
    }
    QList<Release> m_releases;
    // Where each id was first defined, per list: its offset and the index of its item.
    std::array<QHash<QString, std::pair<std::size_t, std::size_t>>, 4> m_seen;
    List m_list = List::Releases; // the list and index of the item being checked
    std::size_t m_index = 0;
    QList<Reference> m_references;
};

void Checker::report(Kind kind, std::size_t offset, const Path &path, const QString &message,
                     Problem::Severity severity)
{
    if (m_stop)
        return; // the walk is winding down: nothing more is counted
    const bool error = severity == Problem::Severity::Error;
    m_hasError = m_hasError || error;
    if (m_problems.size() < m_maxProblems) {
        Problem problem;
        problem.file = m_fileName;
        problem.path = pathText(path);
        problem.message = message;
        problem.severity = severity;
        problem.kind = kind;
        problem.offset = qint64(offset);
        m_problems.append(std::move(problem));
        return;
    }
    ++m_omitted[kind];
    ++m_omittedTotal;
    // Warnings never stop the walk: a dataset with only warnings must load whole.
    if (error && m_omittedTotal >= m_countLimit)
        m_stop = true;
}

Json Checker::member(const Json &object, const Path &path, std::string_view key, Need need)
{
    if (const Json value = object.find(key))
        return value;
    if (need == Need::Required)
        reportAt(Kind::MissingKey, object, path, DatasetValidator::tr("missing required key %1").arg(quoted(fromUtf8(key))));
    return {};
}

Json Checker::typedMember(const Json &object, const Path &path, std::string_view key, Need need,
                          JsonType type)
{
    const Json value = member(object, path, key, need);
    if (!value || value.type() == type)
        return value;
    reportAt(Kind::WrongType, value, JsonDocumentReader::memberPath(path, key),
             DatasetValidator::tr("wrong type: found %1, expected %2").arg(foundType(value), expectedType(type)));
    return {};
}

QString Checker::string(const Json &object, const Path &path, std::string_view key, Need need)
{
    const Json value = typedMember(object, path, key, need, JsonType::String);
    if (!value)
        return {};
    QString text = fromUtf8(value.string());
    if (need == Need::Required && text.trimmed().isEmpty()) {
        reportAt(Kind::EmptyText, value, JsonDocumentReader::memberPath(path, key),
                 DatasetValidator::tr("%1 is empty; expected some text").arg(quoted(fromUtf8(key))));
    }
    return text;
}

// Like string(), for a long text kept as the file's UTF-8 (checked as UTF-8 by the reader).
Utf8Text Checker::text(const Json &object, const Path &path, std::string_view key, Need need)
{
    const Json value = typedMember(object, path, key, need, JsonType::String);
    if (!value)
        return {};
    const std::string_view utf8 = value.string();
    if (need == Need::Required && isBlank(utf8)) {
        reportAt(Kind::EmptyText, value, JsonDocumentReader::memberPath(path, key),
                 DatasetValidator::tr("%1 is empty; expected some text").arg(quoted(fromUtf8(key))));
    }
    return m_keepTexts ? Utf8Text::fromUtf8(value.text()) : Utf8Text();
}

std::optional<QString> Checker::stringOrNull(const Json &object, const Path &path, std::string_view key)
{
    const Json value = member(object, path, key, Need::Required);
    if (!value || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        reportAt(Kind::WrongType, value, JsonDocumentReader::memberPath(path, key),
                 DatasetValidator::tr("wrong type: found %1, expected a string or null").arg(foundType(value)));
        return std::nullopt;
    }
    return fromUtf8(value.string());
}

bool Checker::boolean(const Json &object, const Path &path, std::string_view key, Need need)
{
    const Json value = typedMember(object, path, key, need, JsonType::Boolean);
    return value && value.boolean();
}

QDate Checker::date(const Json &object, const Path &path, std::string_view key, Need need)
{
    const Json value = typedMember(object, path, key, need, JsonType::String);
    if (!value)
        return {};
    const std::string_view text = value.string();
    // Exactly YYYY-MM-DD: QDate::fromString(Qt::ISODate) also accepts other forms, and a sign
    // or a short year would slip through a looser look.
    auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' && digit(0) && digit(1) && digit(2)
        && digit(3) && digit(5) && digit(6) && digit(8) && digit(9);
    // Made only for a problem: most dates have none.
    auto valuePath = [&] { return JsonDocumentReader::memberPath(path, key); };
    auto shown = [&] { return quoted(fromUtf8(text)); };
    if (!shaped) {
        reportAt(Kind::InvalidDate, value, valuePath(),
                 DatasetValidator::tr("%1 is not a date in the form YYYY-MM-DD").arg(shown()));
        return {};
    }
    auto number = [&](std::size_t from, std::size_t length) {
        int result = 0;
        for (std::size_t i = from; i < from + length; ++i)
            result = result * 10 + (text[i] - '0');
        return result;
    };
    const int year = number(0, 4);
    if (year < firstYear || year > lastYear) {
        reportAt(Kind::InvalidDate, value, valuePath(),
                 DatasetValidator::tr("%1 is outside the years %2 to %3")
                     .arg(shown(), QString::number(firstYear), QString::number(lastYear)));
        return {};
    }
    const QDate result(year, number(5, 2), number(8, 2));
    if (!result.isValid()) {
        reportAt(Kind::InvalidDate, value, valuePath(),
                 DatasetValidator::tr("%1 is not a date that exists; expected a real date as YYYY-MM-DD").arg(shown()));
        return {};
    }
    return result;
}

DatePrecision Checker::precision(const Json &object, const Path &path)
{
    const int index = choice(object, path, "date_precision", Need::Optional, precisions,
                             QT_TRANSLATE_NOOP("DatasetValidator", "date precision"));
    return index >= 0 ? precisionValues[static_cast<std::size_t>(index)] : DatePrecision::Day;
}

void Checker::checkPrecision(const Json &object, const Path &path, std::string_view key, QDate date,
                             DatePrecision precision)
{
    // A month or a year is written as its first day, so that sorting and drawing need no
    // special case; any other day would claim a precision the date does not have.
    if (!date.isValid() || precision == DatePrecision::Day)
        return;
    const QDate first = precision == DatePrecision::Month ? QDate(date.year(), date.month(), 1)
                                                          : QDate(date.year(), 1, 1);
    if (date == first)
        return;
    reportAt(Kind::InvalidDate, object.find(key), JsonDocumentReader::memberPath(path, key),
             precision == DatePrecision::Month
                 ? DatasetValidator::tr("%1 has date_precision \"month\", so it must be the first day of its month: "
                                        "expected %2")
                       .arg(quoted(isoDate(date)), quoted(isoDate(first)))
                 : DatasetValidator::tr("%1 has date_precision \"year\", so it must be the first day of its year: "
                                        "expected %2")
                       .arg(quoted(isoDate(date)), quoted(isoDate(first))));
}

bool Checker::checkUrl(const Json &value, const QString &text, const Path &path, QUrl *parsed)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty()) {
        if (parsed)
            *parsed = url;
        return true;
    }
    reportAt(Kind::InvalidUrl, value, path, DatasetValidator::tr("%1 is not an http or https URL").arg(quoted(text)));
    return false;
}

void Checker::checkSourceUrl(const Json &value, const QUrl &url, const QString &text, const Path &path)
{
    // A source should be the page that states the fact, over a connection that cannot be altered
    // on the way; neither makes the dataset wrong, so these are warnings.
    if (url.scheme() != u"https") {
        warnAt(Kind::WeakUrl, value, path,
               DatasetValidator::tr("%1 is not an https URL; link the https address where there is one")
                   .arg(quoted(text)));
    }
    if ((url.path().isEmpty() || url.path() == u"/") && !url.hasQuery() && !url.hasFragment()) {
        warnAt(Kind::WeakUrl, value, path,
               DatasetValidator::tr("%1 is a bare domain; link the page that states the fact").arg(quoted(text)));
    }
}

QString Checker::url(const Json &object, const Path &path, std::string_view key, Need need, bool isSource)
{
    QString text = string(object, path, key, need);
    if (text.isNull())
        return text;
    const Path valuePath = JsonDocumentReader::memberPath(path, key);
    QUrl parsed; // parsed once for both checks
    const Json value = object.find(key);
    if (checkUrl(value, text, valuePath, &parsed) && isSource)
        checkSourceUrl(value, parsed, text, valuePath);
    return text;
}

// value is the member key of the object at path.
void Checker::checkId(const Json &value, const QString &text, const Path &path, std::string_view key)
{
    if (text.isEmpty() || !std::all_of(text.cbegin(), text.cend(), isIdCharacter)) {
        reportAt(Kind::InvalidId, value, JsonDocumentReader::memberPath(path, key),
                 DatasetValidator::tr("invalid id %1; expected only lower-case letters, digits, \".\", \"_\" and \"-\"")
                     .arg(quoted(text)));
    }
}

QString Checker::id(const Json &object, const Path &path, std::string_view key)
{
    const Json value = typedMember(object, path, key, Need::Required, JsonType::String);
    if (!value)
        return {};
    QString text = fromUtf8(value.string());
    checkId(value, text, path, key);
    return text;
}

int Checker::choice(const Json &object, const Path &path, std::string_view key, Need need, const QStringList &choices,
                    const char *what)
{
    const Json value = typedMember(object, path, key, need, JsonType::String);
    if (!value)
        return -1;
    // The choices are ASCII, so comparing the UTF-8 bytes as Latin-1 finds exactly them, with no
    // QString made for a value that is fine.
    const std::string_view utf8 = value.string();
    const auto index = choices.indexOf(QLatin1StringView(utf8.data(), qsizetype(utf8.size())));
    if (index < 0) {
        reportAt(Kind::UnknownValue, value, JsonDocumentReader::memberPath(path, key),
                 DatasetValidator::tr("unknown %1 %2; expected one of %3")
                     .arg(DatasetValidator::tr(what), quoted(fromUtf8(utf8)), choices.join(QLatin1StringView(", "))));
    }
    return static_cast<int>(index);
}

void Checker::rejectUnknownKeys(const Json &object, const Path &path, DatasetValidator::ObjectKind kind)
{
    for (const Json member : object.children()) {
        const std::string_view key = member.key();
        if (!isKnownKey(kind, key)) {
            report(Kind::UnknownKey, member.keyOffset(), JsonDocumentReader::memberPath(path, key),
                   DatasetValidator::tr("unknown key %1; expected one of %2")
                       .arg(quoted(fromUtf8(key)), joined(knownKeys(kind))));
        }
    }
}

bool Checker::isObject(const Json &value, const Path &path, const char *what)
{
    if (value.isObject())
        return true;
    reportAt(Kind::WrongType, value, path,
             DatasetValidator::tr("wrong type: found %1, expected %2 (an object)").arg(foundType(value), DatasetValidator::tr(what)));
    return false;
}

QList<Source> Checker::sources(const Json &object, const Path &path)
{
    QList<Source> result;
    const Json array = typedMember(object, path, "sources", Need::Required, JsonType::Array);
    if (!array)
        return result;
    const Path arrayPath = JsonDocumentReader::memberPath(path, "sources");
    if (array.empty())
        reportAt(Kind::MissingSources, array, arrayPath,
                 DatasetValidator::tr("no sources; expected at least one source for every fact"));
    std::size_t i = 0;
    for (const Json item : array.children()) {
        if (!go())
            break;
        const Path itemPath = JsonDocumentReader::elementPath(arrayPath, i++);
        if (isObject(item, itemPath, QT_TRANSLATE_NOOP("DatasetValidator", "a source")))
            result.append(source(item, itemPath));
    }
    return result;
}

Source Checker::source(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, DatasetValidator::ObjectKind::Source);
    Source result;
    result.url = url(value, path, "url", Need::Required, true);
    result.title = string(value, path, "title", Need::Required);
    result.primary = choice(value, path, "kind", Need::Required, sourceKinds, QT_TRANSLATE_NOOP("DatasetValidator", "source kind")) == 0;
    result.accessed = date(value, path, "accessed", Need::Optional);
    return result;
}

Organization Checker::organization(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, DatasetValidator::ObjectKind::Organization);
    Organization result;
    result.id = id(value, path, "id");
    result.name = string(value, path, "name", Need::Required);
    result.country = string(value, path, "country", Need::Optional);
    result.description = string(value, path, "description", Need::Optional);

    if (const Json stages = typedMember(value, path, "stages", Need::Required, JsonType::Array)) {
        const Path stagesPath = JsonDocumentReader::memberPath(path, "stages");
        std::size_t i = 0;
        for (const Json item : stages.children()) {
            if (!go())
                break;
            const Path stagePath = JsonDocumentReader::elementPath(stagesPath, i++);
            if (isObject(item, stagePath, QT_TRANSLATE_NOOP("DatasetValidator", "a corporate stage")))
                result.stages.append(stage(item, stagePath));
            else
                result.stages.append(CorporateStage()); // keeps indexes aligned with the array
        }
        if (go())
            checkStageOverlaps(result.stages, stages, stagesPath);
        result.stages.removeIf([](const CorporateStage &stage) { return !stage.start.isValid(); });
    }
    if (const Json events = typedMember(value, path, "events", Need::Optional, JsonType::Array)) {
        const Path eventsPath = JsonDocumentReader::memberPath(path, "events");
        std::size_t i = 0;
        for (const Json item : events.children()) {
            if (!go())
                break;
            const Path eventPath = JsonDocumentReader::elementPath(eventsPath, i++);
            if (isObject(item, eventPath, QT_TRANSLATE_NOOP("DatasetValidator", "a corporate event")))
                result.events.append(corporateEvent(item, eventPath));
        }
    }
    return result;
}

CorporateStage Checker::stage(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, DatasetValidator::ObjectKind::Stage);
    CorporateStage result;
    result.name = string(value, path, "name", Need::Required);
    result.start = date(value, path, "start", Need::Required);
    result.end = date(value, path, "end", Need::Optional);
    result.precision = precision(value, path);
    checkPrecision(value, path, "start", result.start, result.precision);
    checkPrecision(value, path, "end", result.end, result.precision);
    // The end is the first day the stage no longer holds, so it must come after the start.
    if (result.start.isValid() && result.end.isValid() && result.end <= result.start) {
        reportAt(Kind::StageDates, value.find("end"), JsonDocumentReader::memberPath(path, "end"),
                 result.end < result.start
                     ? DatasetValidator::tr("the stage ends on %1, before it starts on %2; expected an end after the "
                                            "start")
                           .arg(isoDate(result.end), isoDate(result.start))
                     : DatasetValidator::tr("the stage ends on %1, the day it starts; the end is the first day the "
                                            "stage no longer holds, so expected a later date")
                           .arg(isoDate(result.end)));
    }
    result.business = string(value, path, "business", Need::Required);
    result.openness = string(value, path, "openness", Need::Required);
    const int pressure = choice(value, path, "pressure", Need::Required, pressures,
                                QT_TRANSLATE_NOOP("DatasetValidator", "stage pressure"));
    if (pressure >= 0)
        result.pressure = pressureValues[static_cast<std::size_t>(pressure)];
    result.sources = sources(value, path);
    result.unconfirmed = boolean(value, path, "unconfirmed", Need::Optional);
    result.note = string(value, path, "note", Need::Optional);
    return result;
}

void Checker::checkStageOverlaps(const QList<CorporateStage> &stages, const Json &array, const Path &path)
{
    // A stage's end is the first day it no longer holds (CorporateStage::contains), so a stage may
    // start on the day the previous one ends; one that starts before that overlaps it, and
    // Dataset::stageAt() would have two answers for the days they share. Sweep in start order,
    // comparing each stage with the one reaching furthest so far.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const CorporateStage &stage = stages.at(i);
        if (stage.start.isValid() && (!stage.end.isValid() || stage.end > stage.start))
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return stages.at(a).start < stages.at(b).start; });
    const JsonValue::Children children = array.children();
    const std::vector<Json> items(children.begin(), children.end());
    qsizetype furthest = -1;
    for (const qsizetype index : order) {
        const CorporateStage &stage = stages.at(index);
        if (furthest >= 0) {
            const CorporateStage &previous = stages.at(furthest);
            if (!previous.end.isValid() || stage.start < previous.end) {
                const QString span = previous.end.isValid()
                    ? DatasetValidator::tr("%1 until %2").arg(isoDate(previous.start), isoDate(previous.end))
                    : DatasetValidator::tr("from %1, ongoing").arg(isoDate(previous.start));
                const auto i = static_cast<std::size_t>(index);
                reportAt(Kind::StageDates, items[i].find("start"),
                         JsonDocumentReader::memberPath(JsonDocumentReader::elementPath(path, i), "start"),
                         DatasetValidator::tr("stage %1 starts on %2, inside stage %3 (%4); stages of one "
                                              "organization may not overlap (a stage may start on the day another "
                                              "ends)")
                             .arg(quoted(stage.name), isoDate(stage.start), quoted(previous.name), span));
            }
        }
        if (furthest < 0 || !stage.end.isValid()
            || (stages.at(furthest).end.isValid() && stage.end > stages.at(furthest).end)) {
            furthest = index;
        }
    }
}

CorporateEvent Checker::corporateEvent(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, DatasetValidator::ObjectKind::CorporateEvent);
    CorporateEvent result;
    result.date = date(value, path, "date", Need::Required);
    result.precision = precision(value, path);
    checkPrecision(value, path, "date", result.date, result.precision);
    result.title = string(value, path, "title", Need::Required);
    if (choice(value, path, "kind", Need::Required, eventKinds, QT_TRANSLATE_NOOP("DatasetValidator", "corporate event kind")) >= 0)
        result.kind = string(value, path, "kind", Need::Required);
    result.details = string(value, path, "details", Need::Optional);
    result.sources = sources(value, path);
    result.unconfirmed = boolean(value, path, "unconfirmed", Need::Optional);
    result.note = string(value, path, "note", Need::Optional);
    return result;
}

License Checker::license(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, DatasetValidator::ObjectKind::License);
    License result;
    result.id = id(value, path, "id");
    result.name = string(value, path, "name", Need::Required);
    result.spdx = stringOrNull(value, path, "spdx").value_or(QString());
    if (const Json spdx = value.find("spdx"); spdx && spdx.isString() && !DatasetValidator::isSpdxExpression(result.spdx)) {
        reportAt(Kind::InvalidSpdx, spdx, JsonDocumentReader::memberPath(path, "spdx"),
                 DatasetValidator::tr("%1 is not an SPDX license id or expression (such as \"Apache-2.0\" or "
                                      "\"LicenseRef-custom\"); use null when the license has none")
                     .arg(quoted(result.spdx)));
    }
    result.osiApproved = boolean(value, path, "osi_approved", Need::Required);
    result.url = url(value, path, "url", Need::Required, false);
    result.summary = string(value, path, "summary", Need::Required);
    result.version = string(value, path, "version", Need::Optional);
    if (value.find("supersedes")) {
        result.supersedes = id(value, path, "supersedes");
        if (!result.supersedes.isEmpty()) {
            addReference(Reference::License, result.supersedes, value, "supersedes");
        }
    }
    if (const Json terms = typedMember(value, path, "terms", Need::Required, JsonType::Object)) {
        const Path termsPath = JsonDocumentReader::memberPath(path, "terms");
        rejectUnknownKeys(terms, termsPath, DatasetValidator::ObjectKind::Terms);
        for (const LicenseTerm term : LicenseTerms::all()) {
            const std::string key = LicenseTerms::key(term).toStdString();
            const Json ruling = member(terms, termsPath, key, Need::Required);
            const Path rulingPath = JsonDocumentReader::memberPath(termsPath, key);
            if (ruling && isObject(ruling, rulingPath, QT_TRANSLATE_NOOP("DatasetValidator", "a term ruling")))
                result.term(term) = termRuling(ruling, rulingPath);
        }
    }
    result.sources = sources(value, path);
    result.unconfirmed = boolean(value, path, "unconfirmed", Need::Optional);
    result.note = string(value, path, "note", Need::Optional);
    return result;
}

TermRuling Checker::termRuling(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, DatasetValidator::ObjectKind::TermRuling);
    TermRuling result;
    const int status = choice(value, path, "status", Need::Required, termStatusKeys(),
                              QT_TRANSLATE_NOOP("DatasetValidator", "term status"));
    if (status >= 0)
        result.status = termStatusValues[static_cast<std::size_t>(status)];
    // A ruling must quote its clause, unless the license is silent on it (or its status is
    // already reported as unknown, where another "missing" would only be noise).
    const Need evidence = status >= 0 && result.status != TermStatus::NotStated ? Need::Required : Need::Optional;
    result.summary = string(value, path, "summary", Need::Required);
    result.quote = string(value, path, "quote", evidence);
    result.sourceUrl = url(value, path, "source", evidence, true);
    result.unconfirmed = boolean(value, path, "unconfirmed", Need::Optional);
    return result;
}

Model Checker::model(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, DatasetValidator::ObjectKind::Model);
    Model result;
    result.id = id(value, path, "id");
    result.organizationId = shared(string(value, path, "organization", Need::Required));
    if (!result.organizationId.isEmpty()) {
        addReference(Reference::Organization, result.organizationId, value, "organization");
    }
    result.name = string(value, path, "name", Need::Required);
    result.family = string(value, path, "family", Need::Optional);
    result.description = string(value, path, "description", Need::Optional);
    result.parameters = string(value, path, "parameters", Need::Optional);
    if (const Json assessments = typedMember(value, path, "assessments", Need::Optional, JsonType::Object)) {
        const Path assessmentsPath = JsonDocumentReader::memberPath(path, "assessments");
        rejectUnknownKeys(assessments, assessmentsPath, DatasetValidator::ObjectKind::Assessments);
        result.epoch = epochAssessment(assessments, assessmentsPath);
        if (const Json osai = typedMember(assessments, assessmentsPath, "osai", Need::Optional, JsonType::Object))
            result.osai = osaiAssessment(osai, JsonDocumentReader::memberPath(assessmentsPath, "osai"));
    }
    return result;
}

// assessments.epoch: Epoch AI's fields verbatim. The accessibility may be "" (Epoch gives none),
// but must be there, so a missing key is not mistaken for "Epoch says nothing".
std::optional<EpochAssessment> Checker::epochAssessment(const Json &assessments, const Path &path)
{
    const Json value = typedMember(assessments, path, "epoch", Need::Optional, JsonType::Object);
    if (!value)
        return std::nullopt;
    const Path epochPath = JsonDocumentReader::memberPath(path, "epoch");
    rejectUnknownKeys(value, epochPath, DatasetValidator::ObjectKind::EpochAssessment);
    EpochAssessment result;
    result.model = string(value, epochPath, "model", Need::Required);
    if (const Json accessibility = typedMember(value, epochPath, "accessibility", Need::Required, JsonType::String))
        result.accessibility = fromUtf8(accessibility.string());
    if (const Json source = typedMember(value, epochPath, "source", Need::Required, JsonType::Object))
        result.source = this->source(source, JsonDocumentReader::memberPath(epochPath, "source"));
    return result;
}

OsaiAssessment Checker::osaiAssessment(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, DatasetValidator::ObjectKind::OsaiAssessment);
    OsaiAssessment result;
    result.entry = string(value, path, "entry", Need::Required);
    result.file = string(value, path, "file", Need::Required);
    result.grades.resize(OsaiAssessment::parameterCount);
    if (const Json grades = typedMember(value, path, "grades", Need::Required, JsonType::Object)) {
        // Every parameter is graded: an Index entry grades them all, and a missing one would
        // read as a gap in the strip rather than as the mistake it is.
        const Path gradesPath = JsonDocumentReader::memberPath(path, "grades");
        rejectUnknownKeys(grades, gradesPath, DatasetValidator::ObjectKind::OsaiGrades);
        for (int i = 0; i < OsaiAssessment::parameterCount && go(); ++i) {
            const std::string_view key = OsaiAssessment::parameterRefs[static_cast<std::size_t>(i)];
            const Path gradePath = JsonDocumentReader::memberPath(gradesPath, key);
            const Json grade = member(grades, gradesPath, key, Need::Required);
            if (grade && isObject(grade, gradePath, QT_TRANSLATE_NOOP("DatasetValidator", "a grade")))
                result.grades[i] = osaiGrade(grade, gradePath);
        }
    }
    if (const Json source = typedMember(value, path, "source", Need::Required, JsonType::Object))
        result.source = this->source(source, JsonDocumentReader::memberPath(path, "source"));
    return result;
}

OsaiGrade Checker::osaiGrade(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, DatasetValidator::ObjectKind::OsaiGrade);
    OsaiGrade result;
    const int grade = choice(value, path, "class", Need::Required, OsaiAssessment::classIds(),
                             QT_TRANSLATE_NOOP("DatasetValidator", "grade"));
    if (grade >= 0)
        result.grade = *OsaiAssessment::classFromId(OsaiAssessment::classIds().at(grade));
    // The evidence: one URL, or a list of them (the Index gives either). They are the Index's
    // links, not this dataset's sources, so only their form is checked, with no warnings.
    if (const Json link = member(value, path, "link", Need::Optional)) {
        const Path linkPath = JsonDocumentReader::memberPath(path, "link");
        if (link.isString()) {
            const QString text = fromUtf8(link.string());
            if (checkUrl(link, text, linkPath))
                result.links.append(text);
        } else if (link.isArray() && !link.empty()) {
            std::size_t i = 0;
            for (const Json item : link.children()) {
                const Path itemPath = JsonDocumentReader::elementPath(linkPath, i++);
                if (!item.isString()) {
                    reportAt(Kind::WrongType, item, itemPath,
                             DatasetValidator::tr("wrong type: found %1, expected a URL").arg(foundType(item)));
                    continue;
                }
                const QString text = fromUtf8(item.string());
                if (checkUrl(item, text, itemPath))
                    result.links.append(text);
            }
        } else {
            reportAt(Kind::WrongType, link, linkPath,
                     link.isArray()
                         ? DatasetValidator::tr("an empty list of links; leave \"link\" out when there is none")
                         : DatasetValidator::tr("wrong type: found %1, expected a URL or a list of URLs")
                               .arg(foundType(link)));
        }
    }
    result.notes = string(value, path, "notes", Need::Optional);
    return result;
}

Release Checker::release(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, DatasetValidator::ObjectKind::Release);
    Release result;
    result.id = id(value, path, "id");
    result.modelId = shared(string(value, path, "model", Need::Required));
    if (!result.modelId.isEmpty()) {
        addReference(Reference::Model, result.modelId, value, "model");
    }
    result.date = date(value, path, "date", Need::Required);
    result.precision = precision(value, path);
    checkPrecision(value, path, "date", result.date, result.precision);
    result.dateLatest = date(value, path, "date_latest", Need::Optional);
    if (result.dateLatest.isValid() && result.date.isValid() && result.dateLatest < result.date) {
        reportAt(Kind::InvalidDate, value.find("date_latest"), JsonDocumentReader::memberPath(path, "date_latest"),
                 DatasetValidator::tr("date_latest %1 is before date %2; expected the last day the event may have "
                                      "happened on, on or after date")
                     .arg(quoted(isoDate(result.dateLatest)), quoted(isoDate(result.date))));
    }
    if (const int kind = choice(value, path, "kind", Need::Required, releaseKinds, QT_TRANSLATE_NOOP("DatasetValidator", "release kind"));
        kind >= 0)
        result.kind = releaseKinds.at(kind); // shared, not one copy per release
    result.title = string(value, path, "title", Need::Required);
    result.summary = text(value, path, "summary", Need::Required);
    const int level = choice(value, path, "level", Need::Required, levelIds(),
                             QT_TRANSLATE_NOOP("DatasetValidator", "openness level"));
    if (level >= 0)
        result.level = levels().at(level);
    result.levelNote = text(value, path, "level_note", Need::Optional);
    if (const std::optional<QString> license = stringOrNull(value, path, "license")) {
        result.licenseId = shared(*license);
        addReference(Reference::License, result.licenseId, value, "license");
    }
    result.sources = sources(value, path);
    result.unconfirmed = boolean(value, path, "unconfirmed", Need::Optional);
    result.note = text(value, path, "note", Need::Optional);
    return result;
}

template<typename T>
void Checker::checkUniqueId(List list, const T &item, const Json &value, const Path &path)
{
    if (item.id.isEmpty())
        return;
    static const std::array<QString, 4> names = {DatasetValidator::tr("organization"), DatasetValidator::tr("license"),
                                                 DatasetValidator::tr("model"), DatasetValidator::tr("release")};
    const std::size_t offset = value.find("id").offset();
    const Path idPath = JsonDocumentReader::memberPath(path, "id");
    auto &seen = m_seen[static_cast<std::size_t>(list)];
    const auto previous = seen.constFind(item.id);
    if (previous == seen.constEnd()) {
        seen.insert(item.id, {offset, m_index});
        return;
    }
    report(Kind::DuplicateId, offset, idPath,
           DatasetValidator::tr("duplicate %1 id %2; already used on line %3 (%4)")
               .arg(names[static_cast<std::size_t>(list)], quoted(item.id),
                    QString::number(m_positions.at(previous->first).line), pathText(JsonDocumentReader::memberPath(itemPath(list, previous->second), "id"))));
}

bool Checker::rootIsNotAnObject(const JsonPiece &placeholder)
{
    m_rootIsObject = false;
    reportAt(Kind::WrongType, placeholder.root(), "$",
             DatasetValidator::tr("wrong type: found %1, expected a dataset (an object)").arg(foundType(placeholder.root())));
    return go();
}

bool Checker::rootKey(const std::string &key, std::size_t offset, bool duplicate)
{
    const Path path = JsonDocumentReader::memberPath("$", key);
    if (duplicate) {
        report(Kind::DuplicateKey, offset, path,
               DatasetValidator::tr("duplicate key %1; the later value would silently replace the earlier one")
                   .arg(quoted(fromUtf8(key))));
        // As with any duplicate key, the later value is the one kept.
        if (const std::optional<List> list = listOf(key)) {
            switch (*list) {
            case List::Organizations:
                m_organizations.clear();
                break;
            case List::Licenses:
                m_licenses.clear();
                break;
            case List::Models:
                m_models.clear();
                break;
            case List::Releases:
                m_releases.clear();
                break;
            }
            m_seen[static_cast<std::size_t>(*list)].clear();
        }
    } else if (key == "releases") {
        // Room for as many releases as the rest of the text is likely to hold (a release takes
        // half a kilobyte or more of text), so that the list does not grow by copying itself.
        // Pages of room left unused are never touched, so they cost no memory.
        m_releases.reserve(qsizetype((std::size_t(m_text.size()) - offset) / 512));
    } else if (!isKnownKey(DatasetValidator::ObjectKind::Dataset, key)) {
        report(Kind::UnknownKey, offset, path,
               DatasetValidator::tr("unknown key %1; expected one of %2")
                   .arg(quoted(fromUtf8(key)), joined(knownKeys(DatasetValidator::ObjectKind::Dataset))));
    }
    return go();
}

bool Checker::rootValue(const std::string &key, const JsonPiece &piece)
{
    // Only the known keys are kept (small values); unknown ones were reported at their key.
    if (!isKnownKey(DatasetValidator::ObjectKind::Dataset, key))
        return go();
    m_root.appendMember(key, piece);
    return go();
}

bool Checker::listElement(const std::string &key, std::size_t index, const JsonPiece &piece)
{
    const std::optional<List> list = listOf(key);
    if (!list)
        return go();
    m_list = *list;
    m_index = index;
    const Path path = itemPath(*list, index);
    const Json value = piece.root();
    switch (*list) {
    case List::Organizations:
        if (isObject(value, path, QT_TRANSLATE_NOOP("DatasetValidator", "an organization"))) {
            Organization item = organization(value, path);
            checkUniqueId(*list, item, value, path);
            m_organizations.append(std::move(item));
        }
        break;
    case List::Licenses:
        if (isObject(value, path, QT_TRANSLATE_NOOP("DatasetValidator", "a license"))) {
            License item = license(value, path);
            checkUniqueId(*list, item, value, path);
            m_licenses.append(std::move(item));
        }
        break;
    case List::Models:
        if (isObject(value, path, QT_TRANSLATE_NOOP("DatasetValidator", "a model"))) {
            Model item = model(value, path);
            checkUniqueId(*list, item, value, path);
            m_models.append(std::move(item));
        }
        break;
    case List::Releases:
        if (isObject(value, path, QT_TRANSLATE_NOOP("DatasetValidator", "a release"))) {
            Release item = release(value, path);
            checkUniqueId(*list, item, value, path);
            m_releases.append(std::move(item));
        }
        break;
    }
    return go();
}

bool Checker::listEnd(const std::string &key, std::size_t offset, std::size_t)
{
    // The array was read element by element; the top-level object holds an empty one in its place.
    JsonPiece empty;
    empty.startContainer(JsonType::Array, offset);
    m_root.appendMember(key, empty);
    return go();
}

bool Checker::duplicateKey(const std::string &path, const std::string &key, std::size_t offset)
{
    report(Kind::DuplicateKey, offset, path,
           DatasetValidator::tr("duplicate key %1; the later value would silently replace the earlier one")
               .arg(quoted(fromUtf8(key))));
    return go();
}

bool Checker::pieceTooLarge(const std::string &path, std::size_t offset)
{
    report(Kind::TooLarge, offset, path,
           DatasetValidator::tr("more than %1 values in one item; no item of a dataset needs that many, so the rest "
                                "of it was not read")
               .arg(JsonDocumentReader::maxPieceValues));
    return go();
}

void Checker::checkReferences()
{
    std::array<QSet<QString>, 3> ids;
    for (const Organization &item : std::as_const(m_organizations))
        ids[Reference::Organization].insert(item.id);
    for (const License &item : std::as_const(m_licenses))
        ids[Reference::License].insert(item.id);
    for (const Model &item : std::as_const(m_models))
        ids[Reference::Model].insert(item.id);
    for (const Reference &reference : std::as_const(m_references)) {
        if (!go())
            return;
        if (ids[reference.target].contains(reference.id))
            continue;
        QString message;
        switch (reference.target) {
        case Reference::Organization:
            message = DatasetValidator::tr("unknown organization %1; expected the id of an organization in "
                                           "$.organizations");
            break;
        case Reference::License:
            message = DatasetValidator::tr("unknown license %1; expected the id of a license in $.licenses");
            break;
        case Reference::Model:
            message = DatasetValidator::tr("unknown model %1; expected the id of a model in $.models");
            break;
        }
        const Path path = JsonDocumentReader::memberPath(itemPath(reference.list, reference.index), reference.key);
        report(Kind::UnknownReference, reference.offset, path, message.arg(quoted(reference.id)));
    }
}

DatasetValidator::Result Checker::finish(DatasetValidator::Result result)
{
    // In the order of the text, as a compiler lists errors; stable, so problems at one place
    // keep the order in which they were found. Lines and columns only now, for the few kept.
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const Problem &a, const Problem &b) { return a.offset < b.offset; });
    for (Problem &problem : m_problems) {
        const TextPosition position = m_positions.at(std::size_t(problem.offset));
        problem.line = position.line;
        problem.column = position.column;
    }
    result.problems = std::move(m_problems);
    result.omittedProblems = m_omittedTotal;
    for (const auto &[kind, count] : m_omitted)
        result.omittedKinds.append({kind, count});
    return result;
}

DatasetValidator::Result Checker::run()
{
    DatasetValidator::Result result;
    const JsonDocumentReader::Result read
        = JsonDocumentReader::read(m_text, DatasetValidator::maxDepth, *this, JsonDocumentReader::Threading::Automatic,
                                   JsonDocumentReader::Parser::Fast,
                                   m_keepTexts ? JsonDocumentReader::LongTexts::Shared : JsonDocumentReader::LongTexts::Inline);
    if (!read.ok && !read.stopped) {
        // Not JSON: that one problem is the whole story; rule problems found before it would
        // only describe a text that is not what its author meant.
        m_problems.clear();
        m_omitted.clear();
        m_omittedTotal = 0;
        Problem problem;
        problem.file = m_fileName;
        problem.path = pathText(read.errorPath.toStdString());
        problem.message = read.errorMessage;
        problem.kind = read.encodingError ? Kind::Encoding : Kind::Syntax;
        problem.offset = qint64(read.errorOffset);
        m_problems.append(problem);
        result.syntaxError = true;
        return finish(std::move(result));
    }
    if (read.stopped) {
        result.stoppedEarly = true;
        return finish(std::move(result));
    }
    if (!m_rootIsObject)
        return finish(std::move(result));

    const Json root = m_root.root();
    const Path path = "$";
    string(root, path, "$schema", Need::Optional); // only for editors: checked for its type
    const QString format = string(root, path, "format", Need::Required);
    if (!format.isEmpty() && format != DatasetValidator::formatId) {
        reportAt(Kind::UnknownValue, root.find("format"), "$.format",
                 DatasetValidator::tr("unsupported format %1; expected %2")
                     .arg(quoted(format), quoted(DatasetValidator::formatId)));
    }
    Dataset::Info info;
    info.title = string(root, path, "title", Need::Required);
    info.updated = date(root, path, "updated", Need::Required);
    info.description = string(root, path, "description", Need::Optional);
    for (const char *key : {"organizations", "licenses", "models", "releases"})
        typedMember(root, path, key, Need::Required, JsonType::Array);
    checkReferences();
    result.stoppedEarly = m_stop;
    // What only the checks needed goes before the dataset builds its indexes, which then take
    // that memory instead of fresh pages: 20 MB at 100,000 releases.
    m_references = {};
    m_seen = {};
    m_sharedStrings = {};

    if (!m_hasError) {
        result.dataset = std::make_shared<const Dataset>(std::move(info), std::move(m_organizations),
                                                         std::move(m_licenses), std::move(m_models),
                                                         std::move(m_releases));
    }
    return finish(std::move(result));
}

// SPDX license expressions (SPDX 2.3, annex D), without the DocumentRef- form:
//     expression := and-expression ("OR" and-expression)*
//     and-expression := term ("AND" term)*
//     term := "(" expression ")" | id ["+"] ["WITH" id]
// where an id is letters, digits, "." and "-".
class SpdxParser
{
public:
    explicit SpdxParser(QStringView text)
    {
        qsizetype i = 0;
        while (i < text.size()) {
            const QChar c = text.at(i);
            if (c == u' ') {
                ++i;
            } else if (c == u'(' || c == u')' || c == u'+') {
                m_tokens.append(text.mid(i, 1));
                ++i;
            } else {
                const qsizetype start = i;
                while (i < text.size() && isIdChar(text.at(i)))
                    ++i;
                if (i == start) { // a character no token may hold
                    m_valid = false;
                    return;
                }
                m_tokens.append(text.mid(start, i - start));
            }
        }
    }

    bool parse()
    {
        if (!m_valid || m_tokens.isEmpty())
            return false;
        return expression(0) && m_next == m_tokens.size();
    }

private:
    static bool isIdChar(QChar c)
    {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
            || c == u'-';
    }
    static bool isOperator(QStringView token)
    {
        return token == u"AND" || token == u"OR" || token == u"WITH";
    }
    bool accept(QStringView token)
    {
        if (m_next < m_tokens.size() && m_tokens.at(m_next) == token) {
            ++m_next;
            return true;
        }
        return false;
    }
    bool identifier()
    {
        if (m_next >= m_tokens.size())
            return false;
        const QStringView token = m_tokens.at(m_next);
        if (token == u"(" || token == u")" || token == u"+" || isOperator(token))
            return false;
        ++m_next;
        return true;
    }
    bool expression(int depth)
    {
        if (depth > 32)
            return false;
        if (!andExpression(depth))
            return false;
        while (accept(u"OR")) {
            if (!andExpression(depth))
                return false;
        }
        return true;
    }
    bool andExpression(int depth)
    {
        if (!term(depth))
            return false;
        while (accept(u"AND")) {
            if (!term(depth))
                return false;
        }
        return true;
    }
    bool term(int depth)
    {
        if (accept(u"("))
            return expression(depth + 1) && accept(u")");
        if (!identifier())
            return false;
        accept(u"+");
        if (accept(u"WITH"))
            return identifier();
        return true;
    }

    QList<QStringView> m_tokens;
    qsizetype m_next = 0;
    bool m_valid = true;
};

} // namespace

QStringList DatasetValidator::allowedKeys(ObjectKind kind)
{
    QStringList keys;
    for (const std::string_view key : knownKeys(kind))
        keys.append(fromUtf8(key));
    return keys;
}

QStringList DatasetValidator::vocabulary(Vocabulary which)
{
    switch (which) {
    case Vocabulary::SourceKind:
        return sourceKinds;
    case Vocabulary::StagePressure:
        return pressures;
    case Vocabulary::CorporateEventKind:
        return eventKinds;
    case Vocabulary::ReleaseKind:
        return releaseKinds;
    case Vocabulary::DatePrecision:
        return precisions;
    case Vocabulary::TermStatus:
        return termStatusKeys();
    case Vocabulary::Level:
        return Openness::ids();
    case Vocabulary::OsaiClass:
        return OsaiAssessment::classIds();
    }
    return {};
}

DatasetValidator::Result DatasetValidator::validate(const QByteArray &text, const QString &fileName, int maxProblems,
                                                    ReleaseTexts texts)
{
    Checker checker(text, fileName, maxProblems, texts);
    return checker.run();
}

bool DatasetValidator::isSpdxExpression(QStringView text)
{
    return SpdxParser(text).parse();
}
