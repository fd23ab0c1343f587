#include "DatasetValidator.h"

#include "OpennessLevel.h"

#include <QUrl>

#include <algorithm>
#include <array>
#include <span>

namespace {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString keyName(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

QString joined(std::span<const std::string_view> keys)
{
    QStringList names;
    for (const std::string_view key : keys)
        names.append(keyName(key));
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

// The keys each kind of object may hold, in the order of data/FORMAT.md.
constexpr std::string_view datasetKeys[] = {"$schema", "format", "title", "updated", "description",
                                            "organizations", "licenses", "models", "releases"};
constexpr std::string_view sourceKeys[] = {"url", "title", "kind", "accessed"};
constexpr std::string_view organizationKeys[] = {"id", "name", "country", "description", "stages", "events"};
constexpr std::string_view stageKeys[] = {"name", "start", "end", "business", "openness", "pressure",
                                          "sources", "unconfirmed", "note"};
constexpr std::string_view corporateEventKeys[] = {"date", "title", "kind", "details", "sources", "unconfirmed",
                                                   "note"};
constexpr std::string_view licenseKeys[] = {"id", "name", "spdx", "osi_approved", "url", "summary", "version",
                                            "supersedes", "terms", "sources", "unconfirmed", "note"};
constexpr std::string_view termsKeys[] = {"commercial_use", "modification", "redistribution", "train_other_models",
                                          "usage_thresholds", "acceptable_use", "attribution", "revocation",
                                          "patent_grant", "geographic_limits"};
constexpr std::string_view termRulingKeys[] = {"status", "summary", "quote", "source", "unconfirmed"};
constexpr std::string_view modelKeys[] = {"id", "organization", "name", "family", "description", "parameters"};
constexpr std::string_view releaseKeys[] = {"id", "model", "date", "date_precision", "kind", "title", "summary",
                                            "level", "level_note", "license", "sources", "unconfirmed", "note"};

std::span<const std::string_view> knownKeys(DatasetValidator::ObjectKind kind)
{
    using Kind = DatasetValidator::ObjectKind;
    switch (kind) {
    case Kind::Dataset:
        return datasetKeys;
    case Kind::Source:
        return sourceKeys;
    case Kind::Organization:
        return organizationKeys;
    case Kind::Stage:
        return stageKeys;
    case Kind::CorporateEvent:
        return corporateEventKeys;
    case Kind::License:
        return licenseKeys;
    case Kind::Terms:
        return termsKeys;
    case Kind::TermRuling:
        return termRulingKeys;
    case Kind::Model:
        return modelKeys;
    case Kind::Release:
        return releaseKeys;
    }
    return {};
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

QStringList termStatusKeys()
{
    return {LicenseTerms::statusKey(TermStatus::Allowed), LicenseTerms::statusKey(TermStatus::Conditional),
            LicenseTerms::statusKey(TermStatus::Forbidden), LicenseTerms::statusKey(TermStatus::NotStated)};
}

const std::array<TermStatus, 4> termStatusValues = {TermStatus::Allowed, TermStatus::Conditional,
                                                    TermStatus::Forbidden, TermStatus::NotStated};

} // namespace

QStringList DatasetValidator::allowedKeys(ObjectKind kind)
{
    QStringList keys;
    for (const std::string_view key : knownKeys(kind))
        keys.append(keyName(key));
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
    }
    return {};
}

DatasetValidator::DatasetValidator(const JsonDocument &document, QString fileName)
    : m_document(document)
    , m_fileName(std::move(fileName))
{
}

DatasetValidator::Result DatasetValidator::validate(const JsonDocument &document,
                                                    const QList<JsonDocumentReader::DuplicateKey> &duplicateKeys,
                                                    const QString &fileName)
{
    DatasetValidator validator(document, fileName);
    for (const JsonDocumentReader::DuplicateKey &duplicate : duplicateKeys) {
        validator.report(duplicate.position, duplicate.path,
                         tr("duplicate key %1; the later value would silently replace the earlier one")
                             .arg(quoted(QString::fromStdString(duplicate.key))));
    }
    return validator.run();
}

void DatasetValidator::report(TextPosition position, const Path &path, const QString &message)
{
    m_problems.append({m_fileName, position.line, position.column, QString::fromStdString(path), message});
}

void DatasetValidator::reportAt(const Json &value, const Path &path, const QString &message)
{
    report(m_document.valuePosition(value), path, message);
}

void DatasetValidator::reportAtKey(const Json &memberValue, const Path &path, const QString &message)
{
    report(m_document.keyPosition(memberValue), path, message);
}

namespace {

QString foundType(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return DatasetValidator::tr("null");
    case nlohmann::json::value_t::object:
        return DatasetValidator::tr("an object");
    case nlohmann::json::value_t::array:
        return DatasetValidator::tr("an array");
    case nlohmann::json::value_t::string:
        return DatasetValidator::tr("a string");
    case nlohmann::json::value_t::boolean:
        return DatasetValidator::tr("a boolean");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return DatasetValidator::tr("a number");
    case nlohmann::json::value_t::binary:
    case nlohmann::json::value_t::discarded:
        break;
    }
    return DatasetValidator::tr("something else");
}

QString expectedType(nlohmann::json::value_t type)
{
    switch (type) {
    case nlohmann::json::value_t::object:
        return DatasetValidator::tr("an object");
    case nlohmann::json::value_t::array:
        return DatasetValidator::tr("an array");
    case nlohmann::json::value_t::string:
        return DatasetValidator::tr("a string");
    case nlohmann::json::value_t::boolean:
        return DatasetValidator::tr("true or false");
    default:
        break;
    }
    return DatasetValidator::tr("a number");
}

} // namespace

const nlohmann::json *DatasetValidator::member(const Json &object, const Path &path, std::string_view key, Need need)
{
    const auto it = object.find(key);
    if (it != object.end())
        return &*it;
    if (need == Need::Required)
        reportAt(object, path, tr("missing required key %1").arg(quoted(keyName(key))));
    return nullptr;
}

const nlohmann::json *DatasetValidator::typedMember(const Json &object, const Path &path, std::string_view key,
                                                    Need need, Json::value_t type)
{
    const Json *value = member(object, path, key, need);
    if (!value || value->type() == type)
        return value;
    reportAt(*value, JsonDocumentReader::memberPath(path, key),
             tr("wrong type: found %1, expected %2").arg(foundType(*value), expectedType(type)));
    return nullptr;
}

QString DatasetValidator::string(const Json &object, const Path &path, std::string_view key, Need need)
{
    const Json *value = typedMember(object, path, key, need, Json::value_t::string);
    if (!value)
        return {};
    QString text = QString::fromStdString(value->get_ref<const std::string &>());
    if (need == Need::Required && text.trimmed().isEmpty()) {
        reportAt(*value, JsonDocumentReader::memberPath(path, key),
                 tr("%1 is empty; expected some text").arg(quoted(keyName(key))));
    }
    return text;
}

std::optional<QString> DatasetValidator::stringOrNull(const Json &object, const Path &path, std::string_view key)
{
    const Json *value = member(object, path, key, Need::Required);
    if (!value || value->is_null())
        return std::nullopt;
    if (!value->is_string()) {
        reportAt(*value, JsonDocumentReader::memberPath(path, key),
                 tr("wrong type: found %1, expected a string or null").arg(foundType(*value)));
        return std::nullopt;
    }
    return QString::fromStdString(value->get_ref<const std::string &>());
}

bool DatasetValidator::boolean(const Json &object, const Path &path, std::string_view key, Need need)
{
    const Json *value = typedMember(object, path, key, need, Json::value_t::boolean);
    return value && value->get<bool>();
}

QDate DatasetValidator::date(const Json &object, const Path &path, std::string_view key, Need need)
{
    const Json *value = typedMember(object, path, key, need, Json::value_t::string);
    if (!value)
        return {};
    const QString text = QString::fromStdString(value->get_ref<const std::string &>());
    // QDate::fromString(Qt::ISODate) also accepts other ISO forms; the format wants exactly this.
    const bool shaped = text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-'
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c == u'-' || (c >= u'0' && c <= u'9'); });
    const Path valuePath = JsonDocumentReader::memberPath(path, key);
    if (!shaped) {
        reportAt(*value, valuePath, tr("%1 is not a date in the form YYYY-MM-DD").arg(quoted(text)));
        return {};
    }
    const QDate result(QStringView(text).mid(0, 4).toInt(), QStringView(text).mid(5, 2).toInt(),
                       QStringView(text).mid(8, 2).toInt());
    if (!result.isValid()) {
        reportAt(*value, valuePath,
                 tr("%1 is not a date that exists; expected a real date as YYYY-MM-DD").arg(quoted(text)));
        return {};
    }
    return result;
}

void DatasetValidator::checkUrl(const Json &value, const QString &text, const Path &path)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        reportAt(value, path, tr("%1 is not an http or https URL").arg(quoted(text)));
}

QString DatasetValidator::url(const Json &object, const Path &path, std::string_view key, Need need)
{
    QString text = string(object, path, key, need);
    if (!text.isNull())
        checkUrl(object[key], text, JsonDocumentReader::memberPath(path, key));
    return text;
}

void DatasetValidator::checkId(const Json &value, const QString &text, const Path &path)
{
    if (text.isEmpty() || !std::all_of(text.cbegin(), text.cend(), isIdCharacter)) {
        reportAt(value, path, tr("invalid id %1; expected only lower-case letters, digits, \".\", \"_\" and \"-\"")
                           .arg(quoted(text)));
    }
}

QString DatasetValidator::id(const Json &object, const Path &path, std::string_view key)
{
    const Json *value = typedMember(object, path, key, Need::Required, Json::value_t::string);
    if (!value)
        return {};
    QString text = QString::fromStdString(value->get_ref<const std::string &>());
    checkId(*value, text, JsonDocumentReader::memberPath(path, key));
    return text;
}

int DatasetValidator::choice(const Json &object, const Path &path, std::string_view key, Need need,
                             const QStringList &choices, const QString &what)
{
    const Json *value = typedMember(object, path, key, need, Json::value_t::string);
    if (!value)
        return -1;
    const QString text = QString::fromStdString(value->get_ref<const std::string &>());
    const auto index = choices.indexOf(text);
    if (index < 0) {
        reportAt(*value, JsonDocumentReader::memberPath(path, key),
                 tr("unknown %1 %2; expected one of %3")
                     .arg(what, quoted(text), choices.join(QLatin1StringView(", "))));
    }
    return static_cast<int>(index);
}

void DatasetValidator::rejectUnknownKeys(const Json &object, const Path &path, ObjectKind kind)
{
    const std::span<const std::string_view> known = knownKeys(kind);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string &key = it.key();
        if (std::find(known.begin(), known.end(), std::string_view(key)) == known.end()) {
            reportAtKey(it.value(), JsonDocumentReader::memberPath(path, key),
                        tr("unknown key %1; expected one of %2").arg(quoted(keyName(key)), joined(known)));
        }
    }
}

bool DatasetValidator::isObject(const Json &value, const Path &path, const QString &what)
{
    if (value.is_object())
        return true;
    reportAt(value, path, tr("wrong type: found %1, expected %2 (an object)").arg(foundType(value), what));
    return false;
}

QList<Source> DatasetValidator::sources(const Json &object, const Path &path)
{
    QList<Source> result;
    const Json *array = typedMember(object, path, "sources", Need::Required, Json::value_t::array);
    if (!array)
        return result;
    const Path arrayPath = JsonDocumentReader::memberPath(path, "sources");
    if (array->empty())
        reportAt(*array, arrayPath, tr("no sources; expected at least one source for every fact"));
    for (std::size_t i = 0; i < array->size(); ++i) {
        const Path itemPath = JsonDocumentReader::elementPath(arrayPath, i);
        if (isObject((*array)[i], itemPath, tr("a source")))
            result.append(source((*array)[i], itemPath));
    }
    return result;
}

Source DatasetValidator::source(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, ObjectKind::Source);
    Source result;
    result.url = url(value, path, "url", Need::Required);
    result.title = string(value, path, "title", Need::Required);
    result.primary = choice(value, path, "kind", Need::Required, sourceKinds, tr("source kind")) == 0;
    result.accessed = date(value, path, "accessed", Need::Optional);
    return result;
}

Organization DatasetValidator::organization(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, ObjectKind::Organization);
    Organization result;
    result.id = id(value, path, "id");
    result.name = string(value, path, "name", Need::Required);
    result.country = string(value, path, "country", Need::Optional);
    result.description = string(value, path, "description", Need::Optional);

    if (const Json *stages = typedMember(value, path, "stages", Need::Required, Json::value_t::array)) {
        const Path stagesPath = JsonDocumentReader::memberPath(path, "stages");
        for (std::size_t i = 0; i < stages->size(); ++i) {
            const Path stagePath = JsonDocumentReader::elementPath(stagesPath, i);
            if (isObject((*stages)[i], stagePath, tr("a corporate stage")))
                result.stages.append(stage((*stages)[i], stagePath));
            else
                result.stages.append(CorporateStage()); // keeps indexes aligned with the array
        }
        checkStageOverlaps(result.stages, *stages, stagesPath);
        result.stages.removeIf([](const CorporateStage &stage) { return !stage.start.isValid(); });
    }
    if (const Json *events = typedMember(value, path, "events", Need::Optional, Json::value_t::array)) {
        const Path eventsPath = JsonDocumentReader::memberPath(path, "events");
        for (std::size_t i = 0; i < events->size(); ++i) {
            const Path eventPath = JsonDocumentReader::elementPath(eventsPath, i);
            if (isObject((*events)[i], eventPath, tr("a corporate event")))
                result.events.append(corporateEvent((*events)[i], eventPath));
        }
    }
    return result;
}

CorporateStage DatasetValidator::stage(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, ObjectKind::Stage);
    CorporateStage result;
    result.name = string(value, path, "name", Need::Required);
    result.start = date(value, path, "start", Need::Required);
    result.end = date(value, path, "end", Need::Optional);
    if (result.start.isValid() && result.end.isValid() && result.end < result.start) {
        reportAt(value["end"], JsonDocumentReader::memberPath(path, "end"),
                 tr("the stage ends on %1, before it starts on %2; expected an end on or after the start")
                     .arg(isoDate(result.end), isoDate(result.start)));
    }
    result.business = string(value, path, "business", Need::Required);
    result.openness = string(value, path, "openness", Need::Required);
    const int pressure = choice(value, path, "pressure", Need::Required, pressures, tr("stage pressure"));
    if (pressure >= 0)
        result.pressure = pressureValues[static_cast<std::size_t>(pressure)];
    result.sources = sources(value, path);
    result.unconfirmed = boolean(value, path, "unconfirmed", Need::Optional);
    result.note = string(value, path, "note", Need::Optional);
    return result;
}

void DatasetValidator::checkStageOverlaps(const QList<CorporateStage> &stages, const Json &array, const Path &path)
{
    // A stage's end date is its last day (CorporateStage::contains), so a stage that starts on
    // the day another ends overlaps it: Dataset::stageAt() would have two answers for that day.
    // Sweep in start order, comparing each stage with the one reaching furthest so far.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const CorporateStage &stage = stages.at(i);
        if (stage.start.isValid() && (!stage.end.isValid() || stage.end >= stage.start))
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return stages.at(a).start < stages.at(b).start; });
    qsizetype furthest = -1;
    for (const qsizetype index : order) {
        const CorporateStage &stage = stages.at(index);
        if (furthest >= 0) {
            const CorporateStage &previous = stages.at(furthest);
            if (!previous.end.isValid() || stage.start <= previous.end) {
                const QString span = previous.end.isValid()
                    ? tr("%1 to %2").arg(isoDate(previous.start), isoDate(previous.end))
                    : tr("from %1, ongoing").arg(isoDate(previous.start));
                reportAt(array[static_cast<std::size_t>(index)]["start"], JsonDocumentReader::memberPath(
                             JsonDocumentReader::elementPath(path, static_cast<std::size_t>(index)), "start"),
                         tr("stage %1 starts on %2, inside stage %3 (%4); stages of one organization may not "
                            "overlap (an end date is the stage's last day)")
                             .arg(quoted(stage.name), isoDate(stage.start), quoted(previous.name), span));
            }
        }
        if (furthest < 0 || !stage.end.isValid()
            || (stages.at(furthest).end.isValid() && stage.end > stages.at(furthest).end)) {
            furthest = index;
        }
    }
}

CorporateEvent DatasetValidator::corporateEvent(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, ObjectKind::CorporateEvent);
    CorporateEvent result;
    result.date = date(value, path, "date", Need::Required);
    result.title = string(value, path, "title", Need::Required);
    if (choice(value, path, "kind", Need::Required, eventKinds, tr("corporate event kind")) >= 0)
        result.kind = string(value, path, "kind", Need::Required);
    result.details = string(value, path, "details", Need::Optional);
    result.sources = sources(value, path);
    result.unconfirmed = boolean(value, path, "unconfirmed", Need::Optional);
    result.note = string(value, path, "note", Need::Optional);
    return result;
}

License DatasetValidator::license(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, ObjectKind::License);
    License result;
    result.id = id(value, path, "id");
    result.name = string(value, path, "name", Need::Required);
    result.spdx = stringOrNull(value, path, "spdx").value_or(QString());
    result.osiApproved = boolean(value, path, "osi_approved", Need::Required);
    result.url = url(value, path, "url", Need::Required);
    result.summary = string(value, path, "summary", Need::Required);
    result.version = string(value, path, "version", Need::Optional);
    if (value.contains("supersedes")) {
        result.supersedes = id(value, path, "supersedes");
        if (!result.supersedes.isEmpty()) {
            m_references.append({Reference::License, result.supersedes, &value["supersedes"],
                                 JsonDocumentReader::memberPath(path, "supersedes")});
        }
    }
    if (const Json *terms = typedMember(value, path, "terms", Need::Required, Json::value_t::object)) {
        const Path termsPath = JsonDocumentReader::memberPath(path, "terms");
        rejectUnknownKeys(*terms, termsPath, ObjectKind::Terms);
        for (const LicenseTerm term : LicenseTerms::all()) {
            const std::string key = LicenseTerms::key(term).toStdString();
            const Json *ruling = member(*terms, termsPath, key, Need::Required);
            const Path rulingPath = JsonDocumentReader::memberPath(termsPath, key);
            if (ruling && isObject(*ruling, rulingPath, tr("a term ruling")))
                result.term(term) = termRuling(*ruling, rulingPath);
        }
    }
    result.sources = sources(value, path);
    result.unconfirmed = boolean(value, path, "unconfirmed", Need::Optional);
    result.note = string(value, path, "note", Need::Optional);
    return result;
}

TermRuling DatasetValidator::termRuling(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, ObjectKind::TermRuling);
    TermRuling result;
    const int status = choice(value, path, "status", Need::Required, termStatusKeys(), tr("term status"));
    if (status >= 0)
        result.status = termStatusValues[static_cast<std::size_t>(status)];
    // A ruling must quote its clause, unless the license is silent on it (or its status is
    // already reported as unknown, where another "missing" would only be noise).
    const Need evidence = status >= 0 && result.status != TermStatus::NotStated ? Need::Required : Need::Optional;
    result.summary = string(value, path, "summary", Need::Required);
    result.quote = string(value, path, "quote", evidence);
    result.sourceUrl = url(value, path, "source", evidence);
    result.unconfirmed = boolean(value, path, "unconfirmed", Need::Optional);
    return result;
}

Model DatasetValidator::model(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, ObjectKind::Model);
    Model result;
    result.id = id(value, path, "id");
    result.organizationId = string(value, path, "organization", Need::Required);
    if (!result.organizationId.isEmpty()) {
        m_references.append({Reference::Organization, result.organizationId, &value["organization"],
                             JsonDocumentReader::memberPath(path, "organization")});
    }
    result.name = string(value, path, "name", Need::Required);
    result.family = string(value, path, "family", Need::Optional);
    result.description = string(value, path, "description", Need::Optional);
    result.parameters = string(value, path, "parameters", Need::Optional);
    return result;
}

Release DatasetValidator::release(const Json &value, const Path &path)
{
    rejectUnknownKeys(value, path, ObjectKind::Release);
    Release result;
    result.id = id(value, path, "id");
    result.modelId = string(value, path, "model", Need::Required);
    if (!result.modelId.isEmpty())
        m_references.append(
            {Reference::Model, result.modelId, &value["model"], JsonDocumentReader::memberPath(path, "model")});
    result.date = date(value, path, "date", Need::Required);
    const int precision = choice(value, path, "date_precision", Need::Optional, precisions, tr("date precision"));
    if (precision >= 0)
        result.precision = precisionValues[static_cast<std::size_t>(precision)];
    if (choice(value, path, "kind", Need::Required, releaseKinds, tr("release kind")) >= 0)
        result.kind = string(value, path, "kind", Need::Required);
    result.title = string(value, path, "title", Need::Required);
    result.summary = string(value, path, "summary", Need::Required);
    const int level = choice(value, path, "level", Need::Required, Openness::ids(), tr("openness level"));
    if (level >= 0)
        result.level = Openness::allLevels().at(level);
    result.levelNote = string(value, path, "level_note", Need::Optional);
    if (const std::optional<QString> license = stringOrNull(value, path, "license")) {
        result.licenseId = *license;
        m_references.append(
            {Reference::License, result.licenseId, &value["license"], JsonDocumentReader::memberPath(path, "license")});
    }
    result.sources = sources(value, path);
    result.unconfirmed = boolean(value, path, "unconfirmed", Need::Optional);
    result.note = string(value, path, "note", Need::Optional);
    return result;
}

template<typename T, typename Read>
QList<T> DatasetValidator::list(const Json &root, std::string_view key, const QString &what, const QString &aWhat,
                                Read read)
{
    QList<T> items;
    const Json *array = typedMember(root, "$", key, Need::Required, Json::value_t::array);
    if (!array)
        return items;
    const Path arrayPath = JsonDocumentReader::memberPath("$", key);
    QHash<QString, std::pair<const Json *, Path>> seen; // where each id was first defined
    for (std::size_t i = 0; i < array->size(); ++i) {
        const Path itemPath = JsonDocumentReader::elementPath(arrayPath, i);
        if (!isObject((*array)[i], itemPath, aWhat))
            continue;
        T item = read((*array)[i], itemPath);
        if (!item.id.isEmpty()) {
            const Json &idValue = (*array)[i]["id"];
            const Path idPath = JsonDocumentReader::memberPath(itemPath, "id");
            const auto previous = seen.constFind(item.id);
            if (previous != seen.constEnd()) {
                reportAt(idValue, idPath,
                         tr("duplicate %1 id %2; already used on line %3 (%4)")
                             .arg(what, quoted(item.id))
                             .arg(m_document.valuePosition(*previous->first).line)
                             .arg(QString::fromStdString(previous->second)));
            } else {
                seen.insert(item.id, {&idValue, idPath});
            }
        }
        items.append(std::move(item));
    }
    return items;
}

void DatasetValidator::checkReferences()
{
    for (const Reference &reference : std::as_const(m_references)) {
        if (m_ids[reference.target].contains(reference.id))
            continue;
        QString message;
        switch (reference.target) {
        case Reference::Organization:
            message = tr("unknown organization %1; expected the id of an organization in $.organizations");
            break;
        case Reference::License:
            message = tr("unknown license %1; expected the id of a license in $.licenses");
            break;
        case Reference::Model:
            message = tr("unknown model %1; expected the id of a model in $.models");
            break;
        }
        reportAt(*reference.value, reference.path, message.arg(quoted(reference.id)));
    }
}

void DatasetValidator::sortProblems()
{
    // In the order of the text, as a compiler lists errors; stable, so problems at one place
    // keep the order in which they were found.
    std::stable_sort(m_problems.begin(), m_problems.end(), [](const Problem &a, const Problem &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
}

DatasetValidator::Result DatasetValidator::run()
{
    Result result;
    const Json &root = m_document.root;
    if (!root.is_object()) {
        reportAt(root, "$", tr("wrong type: found %1, expected a dataset (an object)").arg(foundType(root)));
        sortProblems();
        result.problems = m_problems;
        return result;
    }
    const Path path = "$";
    rejectUnknownKeys(root, path, ObjectKind::Dataset);
    string(root, path, "$schema", Need::Optional); // only for editors: checked for its type
    const QString format = string(root, path, "format", Need::Required);
    if (!format.isEmpty() && format != formatId) {
        reportAt(root["format"], "$.format",
                 tr("unsupported format %1; expected %2").arg(quoted(format), quoted(formatId)));
    }
    Dataset::Info info;
    info.title = string(root, path, "title", Need::Required);
    info.updated = date(root, path, "updated", Need::Required);
    info.description = string(root, path, "description", Need::Optional);

    auto organizations = list<Organization>(root, "organizations", tr("organization"), tr("an organization"),
                                            [this](const Json &v, const Path &p) { return organization(v, p); });
    auto licenses = list<License>(root, "licenses", tr("license"), tr("a license"),
                                  [this](const Json &v, const Path &p) { return license(v, p); });
    auto models = list<Model>(root, "models", tr("model"), tr("a model"),
                              [this](const Json &v, const Path &p) { return model(v, p); });
    auto releases = list<Release>(root, "releases", tr("release"), tr("a release"),
                                  [this](const Json &v, const Path &p) { return release(v, p); });
    for (const Organization &item : std::as_const(organizations))
        m_ids[Reference::Organization].insert(item.id);
    for (const License &item : std::as_const(licenses))
        m_ids[Reference::License].insert(item.id);
    for (const Model &item : std::as_const(models))
        m_ids[Reference::Model].insert(item.id);
    checkReferences();

    sortProblems();
    result.problems = m_problems;
    if (result.problems.isEmpty()) {
        result.dataset = std::make_shared<const Dataset>(std::move(info), std::move(organizations),
                                                         std::move(licenses), std::move(models),
                                                         std::move(releases));
    }
    return result;
}
