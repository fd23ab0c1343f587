#include "OsaiImporter.h"

#include "AssessmentWriter.h"
#include "NameMatching.h"
#include "Problem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <string>

using namespace Qt::StringLiterals;

namespace {

using Json = nlohmann::ordered_json;
using NameMatching::compact;
using NameMatching::isSeparator;
using NameMatching::organizationKey;
using NameMatching::organizationKeys;
using NameMatching::withoutParentheses;

// ---- Reading -------------------------------------------------------------------------------

// The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), or -1. yaml-cpp would quietly turn such bytes
// into U+FFFD; the Index is UTF-8, so a file that is not is reported where it goes wrong.
qsizetype firstInvalidUtf8(const QByteArray &text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90; // overlong
            else if (c == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = bytes[i + k];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
                return i;
        }
        i += length;
    }
    return -1;
}

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(std::count(text.cbegin(), text.cbegin() + offset, '\n')) + 1;
}

// 1-based, or 0 when yaml-cpp has no position for the node.
int lineOf(const YAML::Node &node)
{
    // A missing child is an invalid node, which throws on anything but IsDefined().
    if (!node.IsDefined())
        return 0;
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? 0 : mark.line + 1;
}

// The line of a key in a mapping: where a value that is missing ("class:" and nothing) should
// be, since yaml-cpp places an empty value at the token after it.
int keyLine(const YAML::Node &mapping, const char *key)
{
    if (!mapping.IsDefined() || !mapping.IsMap())
        return 0;
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == key)
            return lineOf(it->first);
    }
    return 0;
}

QString typeName(const YAML::Node &node)
{
    if (!node.IsDefined())
        return OsaiImporter::tr("nothing");
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return OsaiImporter::tr("nothing");
    case YAML::NodeType::Scalar:
        return OsaiImporter::tr("a text");
    case YAML::NodeType::Sequence:
        return OsaiImporter::tr("a list");
    case YAML::NodeType::Map:
        break;
    }
    return OsaiImporter::tr("a mapping");
}

QString scalarText(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar()).trimmed();
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

// Reads one file; every problem is added to problems, and any problem makes the entry unusable
// (a half-read entry would attach grades the Index did not give).
class EntryReader
{
public:
    EntryReader(const QString &path, QList<OsaiImporter::Message> &problems)
        : m_path(path)
        , m_problems(problems)
    {
    }

    std::optional<OsaiImporter::Entry> read(const QByteArray &text);

private:
    void report(int line, const QString &message)
    {
        m_problems.append({m_path, line, message});
        m_ok = false;
    }
    // A mapping child, or an undefined node (reported when required) when it is missing or not
    // a mapping.
    YAML::Node mapping(const YAML::Node &parent, const char *key, const QString &what);
    // A scalar child's text; empty when it is missing or empty (reported when required), or
    // when it is not a scalar (always reported).
    QString text(const YAML::Node &parent, const char *key, const QString &where, bool required);
    OsaiGrade grade(const YAML::Node &root, int index);

    QString m_path;
    QList<OsaiImporter::Message> &m_problems;
    bool m_ok = true;
    int m_rootLine = 1;
};

YAML::Node EntryReader::mapping(const YAML::Node &parent, const char *key, const QString &what)
{
    const YAML::Node node = parent[key];
    if (!node.IsDefined()) {
        report(m_rootLine, OsaiImporter::tr("missing %1 (%2)").arg(Problem::quoted(QString::fromLatin1(key)), what));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    if (!node.IsMap()) {
        report(lineOf(node) ? lineOf(node) : m_rootLine,
               OsaiImporter::tr("%1: wrong type: found %2, expected %3")
                   .arg(QString::fromLatin1(key), typeName(node), what));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return node;
}

QString EntryReader::text(const YAML::Node &parent, const char *key, const QString &where, bool required)
{
    const YAML::Node node = parent[key];
    const int line = keyLine(parent, key) ? keyLine(parent, key) : lineOf(parent);
    if (!node.IsDefined() || node.IsNull() || (node.IsScalar() && scalarText(node).isEmpty())) {
        if (required)
            report(line, OsaiImporter::tr("%1.%2 is empty; expected some text").arg(where, QString::fromLatin1(key)));
        return {};
    }
    if (!node.IsScalar()) {
        report(line, OsaiImporter::tr("%1.%2: wrong type: found %3, expected a text")
                         .arg(where, QString::fromLatin1(key), typeName(node)));
        return {};
    }
    return scalarText(node);
}

OsaiGrade EntryReader::grade(const YAML::Node &root, int index)
{
    OsaiGrade result;
    const QString ref = OsaiAssessment::parameterRef(index);
    const std::string key = ref.toStdString();
    const YAML::Node node = root[key];
    if (!node.IsDefined()) {
        report(m_rootLine, OsaiImporter::tr("missing parameter %1; every Index entry grades all %2 parameters")
                               .arg(Problem::quoted(ref), QString::number(OsaiAssessment::parameterCount)));
        return result;
    }
    const int line = lineOf(node) ? lineOf(node) : m_rootLine;
    if (!node.IsMap()) {
        report(line, OsaiImporter::tr("%1: wrong type: found %2, expected a mapping with class, link and notes")
                         .arg(ref, typeName(node)));
        return result;
    }

    const YAML::Node grade = node["class"];
    const int gradeLine = keyLine(node, "class") ? keyLine(node, "class") : line;
    if (!grade.IsDefined() || grade.IsNull() || (grade.IsScalar() && scalarText(grade).isEmpty())) {
        // The Index leaves the class empty where a parameter does not apply; the data format
        // has no such grade, so the entry cannot be attached as it is.
        report(gradeLine, OsaiImporter::tr("%1.class is empty (not applicable); expected one of %2")
                              .arg(ref, OsaiAssessment::classIds().join(u", "_s)));
    } else if (!grade.IsScalar()) {
        report(gradeLine, OsaiImporter::tr("%1.class: wrong type: found %2, expected one of %3")
                              .arg(ref, typeName(grade), OsaiAssessment::classIds().join(u", "_s)));
    } else if (const std::optional<OsaiClass> value = OsaiAssessment::classFromId(scalarText(grade))) {
        result.grade = *value;
    } else {
        report(gradeLine, OsaiImporter::tr("%1.class: unknown grade %2; expected one of %3")
                              .arg(ref, Problem::quoted(scalarText(grade)), OsaiAssessment::classIds().join(u", "_s)));
    }

    // The evidence: nothing, one URL, or a list of URLs.
    const YAML::Node link = node["link"];
    const auto addLink = [&](const YAML::Node &item) {
        const int itemLine = lineOf(item) ? lineOf(item) : line;
        if (!item.IsScalar()) {
            report(itemLine, OsaiImporter::tr("%1.link: wrong type: found %2, expected a URL").arg(ref, typeName(item)));
            return;
        }
        const QString url = scalarText(item);
        if (url.isEmpty())
            return;
        if (!isWebUrl(url)) {
            report(itemLine, OsaiImporter::tr("%1.link: %2 is not an http or https URL").arg(ref, Problem::quoted(url)));
            return;
        }
        result.links.append(url);
    };
    if (!link.IsDefined() || link.IsNull()) {
        // no evidence given
    } else if (link.IsScalar()) {
        addLink(link);
    } else if (link.IsSequence()) {
        for (const YAML::Node &item : link)
            addLink(item);
    } else if (link.IsMap()) {
        report(lineOf(link) ? lineOf(link) : line,
               OsaiImporter::tr("%1.link: wrong type: found a mapping, expected a URL or a list of URLs").arg(ref));
    }
    result.notes = text(node, "notes", ref, false);
    return result;
}

std::optional<OsaiImporter::Entry> EntryReader::read(const QByteArray &text)
{
    if (const qsizetype bad = firstInvalidUtf8(text); bad >= 0) {
        report(lineAt(text, bad),
               OsaiImporter::tr("not UTF-8 text: byte 0x%1 cannot start or continue a character here")
                   .arg(QString::number(static_cast<unsigned char>(text.at(bad)), 16).toUpper()));
        return std::nullopt;
    }
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &error) {
        report(error.mark.is_null() ? 0 : error.mark.line + 1,
               OsaiImporter::tr("not YAML: %1").arg(Problem::escaped(QString::fromStdString(error.msg))));
        return std::nullopt;
    }
    if (!root.IsMap()) {
        report(lineOf(root) ? lineOf(root) : 1,
               OsaiImporter::tr("found %1, expected an Index entry (a mapping with system, org and the parameters)")
                   .arg(typeName(root)));
        return std::nullopt;
    }
    m_rootLine = lineOf(root) ? lineOf(root) : 1;

    OsaiImporter::Entry entry;
    entry.path = m_path;
    const YAML::Node system = mapping(root, "system", OsaiImporter::tr("a mapping with name, endmodelname, …"));
    if (system.IsDefined()) {
        entry.name = this->text(system, "name", u"system"_s, true);
        entry.endModel = this->text(system, "endmodelname", u"system"_s, false);
    }
    const YAML::Node org = mapping(root, "org", OsaiImporter::tr("a mapping with name, link and notes"));
    if (org.IsDefined())
        entry.organization = this->text(org, "name", u"org"_s, false);
    entry.assessment.entry = entry.name;
    entry.assessment.file = QFileInfo(m_path).fileName();
    for (int i = 0; i < OsaiAssessment::parameterCount; ++i)
        entry.assessment.grades.append(grade(root, i));

    Source &source = entry.assessment.source;
    source.url = OsaiImporter::pageUrl(entry.assessment.file);
    // The title says which model of the family the Index graded, which the grades are about.
    source.title = entry.endModel.isEmpty() || entry.endModel == entry.name
        ? u"European Open Source AI Index: %1, CC-BY 4.0"_s.arg(entry.name)
        : u"European Open Source AI Index: %1 (graded on %2), CC-BY 4.0"_s.arg(entry.name, entry.endModel);
    source.primary = false;
    if (!m_ok)
        return std::nullopt;
    return entry;
}

// ---- Matching ------------------------------------------------------------------------------

bool isVersionWord(QStringView word)
{
    static const QRegularExpression version(u"^v?\\d+(\\.\\d+)*$"_s, QRegularExpression::CaseInsensitiveOption);
    return version.match(word.toString()).hasMatch();
}

// How end (an end model's name) goes on after name: not at all, or with the position just
// after name in end. nullopt when end does not start with name.
std::optional<qsizetype> endOfName(QStringView name, const QString &end)
{
    const QString target = compact(name);
    if (target.isEmpty())
        return std::nullopt;
    qsizetype j = 0;
    for (const QChar c : target) {
        while (j < end.size() && isSeparator(end.at(j)))
            ++j;
        if (j >= end.size() || end.at(j) != c)
            return std::nullopt;
        ++j;
    }
    return j;
}

// Whether what follows name in end, from position j, starts a version number: "3.1" after
// "Llama " or "V2" after "DeepSeek-Coder-" (so "Llama 3" does not name "Llama-3.1-405B").
bool versionFollows(const QString &end, qsizetype j)
{
    if (j >= end.size())
        return false;
    const QChar next = end.at(j);
    if (next.isDigit() || next == u'.')
        return true;
    if (next == u'v' && j + 1 < end.size() && end.at(j + 1).isDigit())
        return true;
    if (!isSeparator(next))
        return false;
    while (j < end.size() && isSeparator(end.at(j)))
        ++j;
    qsizetype k = j;
    while (k < end.size() && !isSeparator(end.at(k)))
        ++k;
    return isVersionWord(QStringView(end).mid(j, k - j));
}

// Whether the model called name is the one the end model end is a size or variant of: end is
// name followed by nothing, or by a word that is not a version ("Llama 3.1" names
// "Llama-3.1-405B-Instruct"; "Gemma" does not name "Gemma-3-27B-IT", "Llama 3" does not name
// "Llama-3.1-405B").
bool namesEndModel(QStringView name, const QString &end)
{
    const std::optional<qsizetype> j = endOfName(name, end);
    if (!j)
        return false;
    if (*j == end.size())
        return true;
    return isSeparator(end.at(*j)) && !versionFollows(end, *j);
}

// An organization's name as a key: compact, without a trailing "AI", "Inc." or "Group" ("Mistral
// AI" is "mistral", "Alibaba Group" "alibaba"), and then through the alias table.
// Index entries the rule cannot place, each checked by hand: the Index's name for the entry
// (compact) under an organization key, and the model id it grades in the bundled dataset, with
// the reason. Only ids the dataset has are used.
struct Alias {
    const char16_t *organization;
    const char16_t *entry;
    const char16_t *modelId;
};
constexpr Alias aliases[] = {
    // The Index grades Mistral Large 3 (December 2025); the bundled dataset records it with
    // the rest of the Mistral 3 family, as "Mistral 3 (incl. Mistral Large 3)".
    {u"mistral", u"mistrallarge3", u"mistral-3"},
    // The Index's "Mistral NeMo" is the 12B model the dataset calls "Mistral NeMo 12B".
    {u"mistral", u"mistralnemo", u"mistral-nemo"},
};

QString join(const QList<const Model *> &models)
{
    QStringList names;
    for (const Model *model : models)
        names.append(model->name);
    return names.join(u", "_s);
}

// ---- Writing -------------------------------------------------------------------------------

Json gradeJson(const OsaiGrade &grade)
{
    Json object = Json::object();
    object["class"] = OsaiAssessment::classId(grade.grade).toStdString();
    if (grade.links.size() == 1) {
        object["link"] = grade.links.first().toStdString();
    } else if (grade.links.size() > 1) {
        Json links = Json::array();
        for (const QString &link : grade.links)
            links.push_back(link.toStdString());
        object["link"] = std::move(links);
    }
    if (!grade.notes.isEmpty())
        object["notes"] = grade.notes.toStdString();
    return object;
}

Json assessmentJson(const OsaiAssessment &assessment)
{
    Json object = Json::object();
    object["entry"] = assessment.entry.toStdString();
    object["file"] = assessment.file.toStdString();
    Json grades = Json::object();
    for (int i = 0; i < OsaiAssessment::parameterCount && i < assessment.grades.size(); ++i)
        grades[OsaiAssessment::parameterRef(i).toStdString()] = gradeJson(assessment.grades.at(i));
    object["grades"] = std::move(grades);
    Json source = Json::object();
    source["url"] = assessment.source.url.toStdString();
    source["title"] = assessment.source.title.toStdString();
    source["kind"] = assessment.source.primary ? "primary" : "secondary";
    if (assessment.source.accessed.isValid())
        source["accessed"] = assessment.source.accessed.toString(Qt::ISODate).toStdString();
    object["source"] = std::move(source);
    return object;
}

} // namespace

QString OsaiImporter::Message::toString() const
{
    // Concatenation, not arg(): a "%1" in a file name stays as it is.
    QString result = file;
    if (line > 0)
        result += u':' + QString::number(line);
    return result + u": "_s + text;
}

QString OsaiImporter::pageUrl(const QString &fileName)
{
    const QString stem = fileName.endsWith(u".yaml"_s) ? fileName.chopped(5) : fileName;
    return u"https://osai-index.eu/model/"_s + QString::fromLatin1(QUrl::toPercentEncoding(stem));
}

std::optional<OsaiImporter::Entry> OsaiImporter::readEntry(const QByteArray &text, const QString &path,
                                                           QList<Message> &problems)
{
    // The reader checks each node before it reads it; should yaml-cpp still throw, the file is
    // reported like any other that is not an entry, and the import goes on.
    try {
        return EntryReader(path, problems).read(text);
    } catch (const YAML::Exception &error) {
        problems.append({path, error.mark.is_null() ? 0 : error.mark.line + 1,
                         tr("cannot read: %1").arg(Problem::escaped(QString::fromStdString(error.msg)))});
    } catch (const std::exception &error) {
        problems.append({path, 0, tr("cannot read: %1").arg(Problem::escaped(QString::fromLocal8Bit(error.what())))});
    }
    return std::nullopt;
}

OsaiImporter::Match OsaiImporter::match(const Entry &entry, const Dataset &dataset)
{
    // 1. The organization: any organization the entry names, by name or id.
    const QStringList entryKeys = organizationKeys(entry.organization);
    QStringList organizationIds;
    for (const Organization &organization : dataset.organizations()) {
        const QStringList keys = organizationKeys(organization.name) << organizationKey(organization.id);
        if (std::any_of(entryKeys.cbegin(), entryKeys.cend(), [&](const QString &key) { return keys.contains(key); }))
            organizationIds.append(organization.id);
    }
    if (organizationIds.isEmpty()) {
        return {{}, entry.organization.isEmpty()
                        ? tr("the entry names no organization")
                        : tr("no organization of the dataset is %1").arg(Problem::quoted(entry.organization))};
    }
    QList<const Model *> models;
    for (const Model &model : dataset.models()) {
        if (organizationIds.contains(model.organizationId))
            models.append(&model);
    }

    // 2. The alias table.
    const QString name = compact(entry.name);
    for (const Alias &alias : aliases) {
        if (!organizationIds.contains(QString::fromUtf16(alias.organization)) || name != QString::fromUtf16(alias.entry))
            continue;
        if (const Model *model = dataset.model(QString::fromUtf16(alias.modelId)))
            return {model->id, {}};
    }

    // 3. The models the entry's name names, as a model name or as a family.
    QList<const Model *> candidates;
    for (const Model *model : std::as_const(models)) {
        if (compact(model->name) == name || (!model->family.isEmpty() && compact(model->family) == name))
            candidates.append(model);
    }
    if (candidates.isEmpty())
        return {{}, tr("no model of the organization is named %1 or in a family of that name").arg(Problem::quoted(entry.name))};

    // 4. Of those, the one the graded end model is a size or variant of (the longest name wins:
    // "DeepSeek-Coder-V2" over "DeepSeek Coder"). The end model may start with the
    // organization's name ("Meta-Llama-3-70B-Instruct").
    QStringList ends;
    if (!entry.endModel.isEmpty()) {
        const QString end = withoutParentheses(entry.endModel).toLower();
        ends.append(end);
        for (const QString &key : entryKeys) {
            const std::optional<qsizetype> j = endOfName(key, end);
            if (j && *j < end.size() && isSeparator(end.at(*j)))
                ends.append(end.mid(*j));
        }
    }
    const Model *best = nullptr;
    bool tie = false;
    for (const Model *model : std::as_const(candidates)) {
        const bool names = std::any_of(ends.cbegin(), ends.cend(),
                                       [&](const QString &end) { return namesEndModel(model->name, end); });
        if (!names)
            continue;
        const qsizetype length = compact(model->name).size();
        if (!best || length > compact(best->name).size()) {
            best = model;
            tie = false;
        } else if (length == compact(best->name).size()) {
            tie = true;
        }
    }
    if (best && !tie)
        return {best->id, {}};

    // 5. Else the one model whose name is the entry's, unless the end model is a later version
    // of that name ("Qwen" graded on "Qwen3.5-397B-A17B" is not the first Qwen).
    QList<const Model *> named;
    for (const Model *model : std::as_const(candidates)) {
        if (compact(model->name) == name)
            named.append(model);
    }
    const bool laterVersion = std::any_of(ends.cbegin(), ends.cend(), [&](const QString &end) {
        const std::optional<qsizetype> j = endOfName(entry.name, end);
        return j && versionFollows(end, *j);
    });
    if (named.size() == 1 && !laterVersion)
        return {named.first()->id, {}};
    return {{}, tr("the graded end model %1 is none of %2").arg(Problem::quoted(entry.endModel), join(candidates))};
}

OsaiImporter::Result OsaiImporter::importDirectory(const QString &directory, const Dataset &dataset)
{
    Result result;
    const QDir dir(directory);
    if (!QFileInfo(directory).isDir() || !dir.isReadable()) {
        result.error = tr("%1: not a readable folder").arg(directory);
        return result;
    }
    const QStringList names = dir.entryList({u"*.yaml"_s}, QDir::Files | QDir::Readable, QDir::Name);
    QHash<QString, QString> gradedBy; // model id -> file name
    for (const QString &fileName : names) {
        const QString path = dir.filePath(fileName);
        ++result.files;
        QFile file(path);
        if (file.size() > maxFileSize) {
            result.problems.append({path, 0, tr("%1 bytes; an Index entry is a few KiB, so it was not read")
                                                 .arg(QString::number(file.size()))});
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            result.problems.append({path, 0, tr("cannot open: %1").arg(file.errorString())});
            continue;
        }
        const std::optional<Entry> entry = readEntry(file.read(maxFileSize + 1), path, result.problems);
        if (!entry)
            continue;
        ++result.entries;
        const Match match = OsaiImporter::match(*entry, dataset);
        const QString shown = Problem::quoted(entry->organization + u" / "_s + entry->name);
        if (match.modelId.isEmpty()) {
            result.unmatched.append({path, 0, tr("no model matches %1: %2").arg(shown, match.reason)});
            continue;
        }
        if (const auto previous = gradedBy.constFind(match.modelId); previous != gradedBy.constEnd()) {
            result.unmatched.append({path, 0, tr("no model matches %1: it would grade %2, already graded by %3")
                                                  .arg(shown, Problem::quoted(match.modelId), *previous)});
            continue;
        }
        gradedBy.insert(match.modelId, fileName);
        result.assessments.insert(match.modelId, entry->assessment);
        result.matches.append({fileName, match.modelId});
        ++result.matched;
    }
    return result;
}

QByteArray OsaiImporter::toJson(const OsaiAssessment &assessment)
{
    return QByteArray::fromStdString(assessmentJson(assessment).dump(-1, ' ', false, Json::error_handler_t::replace));
}

QByteArray OsaiImporter::apply(const QByteArray &datasetText, const QHash<QString, OsaiAssessment> &assessments,
                               QString *error)
{
    QHash<QString, QByteArray> texts;
    for (auto it = assessments.cbegin(); it != assessments.cend(); ++it)
        texts.insert(it.key(), toJson(it.value()));
    return AssessmentWriter::attach(datasetText, "osai", texts, error);
}
