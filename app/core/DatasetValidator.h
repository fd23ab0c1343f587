#ifndef DATASETVALIDATOR_H
#define DATASETVALIDATOR_H

#include "Dataset.h"
#include "JsonDocumentReader.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

// Checks a parsed JSON document against every rule of data/FORMAT.md and, when it breaks none,
// builds the Dataset from it. Checking and building are one walk so the two cannot disagree about
// what a field means. Every problem is collected (none stops the walk), located at the offending
// value (a missing field: at the object lacking it; an unknown key: at the key), and the list is
// returned in the order of the text.
class DatasetValidator
{
    Q_DECLARE_TR_FUNCTIONS(DatasetValidator)

public:
    struct Result {
        DatasetPtr dataset; // null when problems is not empty
        Problems problems;
    };

    static inline const QString formatId = QStringLiteral("openness-timeline/1");

    // The kinds of JSON object in the format. allowedKeys() is the one list of keys each may hold:
    // the walk rejects any other key with it, and tst_schemasync compares it with the JSON Schema,
    // so the schema and the loader cannot drift apart unnoticed.
    enum class ObjectKind { Dataset, Source, Organization, Stage, CorporateEvent, License, Terms, TermRuling, Model,
                            Release };
    static QStringList allowedKeys(ObjectKind kind);

    // The closed vocabularies of the format (the enums of the JSON Schema), in the order the
    // walk offers them in messages. Level is Openness::ids(), TermStatus LicenseTerms::statusKey().
    enum class Vocabulary { SourceKind, StagePressure, CorporateEventKind, ReleaseKind, DatePrecision, TermStatus,
                            Level };
    static QStringList vocabulary(Vocabulary which);

    static Result validate(const JsonDocument &document,
                           const QList<JsonDocumentReader::DuplicateKey> &duplicateKeys,
                           const QString &fileName);

private:
    using Json = nlohmann::json;
    using Path = std::string;
    enum class Need { Required, Optional };

    // An id another list must define, checked once every list has been read.
    struct Reference {
        enum Target { Organization, License, Model } target;
        QString id;
        const Json *value;
        Path path;
    };

    DatasetValidator(const JsonDocument &document, QString fileName);

    void report(TextPosition position, const Path &path, const QString &message);
    void reportAt(const Json &value, const Path &path, const QString &message);
    void reportAtKey(const Json &memberValue, const Path &path, const QString &message);

    // Typed access to obj[key], reporting a missing key (when required) or a wrong type. Each
    // returns nothing (or an empty value) when the field is absent or unusable.
    const Json *member(const Json &object, const Path &path, std::string_view key, Need need);
    const Json *typedMember(const Json &object, const Path &path, std::string_view key, Need need,
                            Json::value_t type);
    QString string(const Json &object, const Path &path, std::string_view key, Need need);
    std::optional<QString> stringOrNull(const Json &object, const Path &path, std::string_view key);
    bool boolean(const Json &object, const Path &path, std::string_view key, Need need);
    QDate date(const Json &object, const Path &path, std::string_view key, Need need);
    QString url(const Json &object, const Path &path, std::string_view key, Need need);
    QString id(const Json &object, const Path &path, std::string_view key);
    void checkUrl(const Json &value, const QString &text, const Path &path);
    void checkId(const Json &value, const QString &text, const Path &path);
    // The index of the value among choices, or -1; what names the vocabulary in messages.
    int choice(const Json &object, const Path &path, std::string_view key, Need need,
               const QStringList &choices, const QString &what);
    void rejectUnknownKeys(const Json &object, const Path &path, ObjectKind kind);
    bool isObject(const Json &value, const Path &path, const QString &what);

    QList<Source> sources(const Json &object, const Path &path);
    Source source(const Json &value, const Path &path);
    Organization organization(const Json &value, const Path &path);
    CorporateStage stage(const Json &value, const Path &path);
    CorporateEvent corporateEvent(const Json &value, const Path &path);
    License license(const Json &value, const Path &path);
    TermRuling termRuling(const Json &value, const Path &path);
    Model model(const Json &value, const Path &path);
    Release release(const Json &value, const Path &path);

    // Reads a top-level list, checking each item's id is unique in it. what names an item in
    // messages ("release"), aWhat with its article ("a release").
    template<typename T, typename Read>
    QList<T> list(const Json &root, std::string_view key, const QString &what, const QString &aWhat, Read read);
    void checkStageOverlaps(const QList<CorporateStage> &stages, const Json &array, const Path &path);
    void checkReferences();
    void sortProblems();
    Result run();

    const JsonDocument &m_document;
    QString m_fileName;
    Problems m_problems;
    QList<Reference> m_references;
    std::array<QSet<QString>, 3> m_ids; // the ids defined, per Reference::Target
};

#endif // DATASETVALIDATOR_H
