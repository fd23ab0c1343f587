#include "DatasetLoader.h"
#include "DatasetValidator.h"
#include "License.h"
#include "OpennessLevel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;

// data/openness-timeline.schema.json is what editors and CI check datasets with; the loader is
// what the app checks them with. Both are written by hand, so this test fails as soon as they
// disagree: on the keys each kind of object allows, on the closed vocabularies, on which keys are
// required, and on whether the bundled dataset is valid.
class TestSchemaSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatIdMatchesSchema();
    void allowedKeysMatchSchema_data();
    void allowedKeysMatchSchema();
    void everySchemaObjectKindIsChecked();
    void vocabulariesMatchSchema_data();
    void vocabulariesMatchSchema();
    void levelsInOrder();
    void deletingKeyReportsOnlyRequiredKeys_data();
    void deletingKeyReportsOnlyRequiredKeys();
    void bundledDatasetLoadsCleanly();
    void sourceDatasetLoadsCleanly();

private:
    // One step into a JSON document: a member name or an array index.
    using Step = std::variant<QString, qsizetype>;
    using Steps = QList<Step>;
    // An object of the fixture, where it is and which schema definition describes it.
    struct Instance {
        Steps steps;
        QString definition; // a $defs name, or empty for the top level
        QJsonObject object;
    };

    static QString sourceDatasetPath() { return QStringLiteral(OPENNESS_SOURCE_DIR "/data/openness-timeline.json"); }
    static QJsonObject readJsonObject(const QString &path);
    QJsonObject definition(const QString &name) const;
    static QSet<QString> toSet(const QStringList &list) { return {list.cbegin(), list.cend()}; }
    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }
    static QStringList keys(const QJsonObject &object) { return object.keys(); }
    // "" when both hold the same strings, otherwise what only one of them has.
    static QString difference(const QStringList &schema, const QStringList &app);
    static QStringList strings(const QJsonArray &array);
    void collectInstances(const QJsonValue &value, QJsonObject schema, QString name, const Steps &steps);
    // Whether the definition's "if" (only the shape the schema uses: properties with const / not
    // const) holds for the object.
    static bool conditionHolds(const QJsonObject &condition, const QJsonObject &object);
    static QString jsonPath(const Steps &steps);
    static QJsonValue removed(const QJsonValue &value, const Steps &steps, qsizetype depth, const QString &key);
    static QString describe(const Problems &problems);

    QJsonObject m_schema;
    QJsonObject m_fixture; // the dataset in the source tree, which uses every key of the schema
    QList<Instance> m_instances;
};

QJsonObject TestSchemaSync::readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("%s is not a JSON object: %s", qPrintable(path), qPrintable(error.errorString()));
    return document.object();
}

QJsonObject TestSchemaSync::definition(const QString &name) const
{
    return name.isEmpty() ? m_schema : m_schema.value(u"$defs"_s).toObject().value(name).toObject();
}

QStringList TestSchemaSync::strings(const QJsonArray &array)
{
    QStringList result;
    for (const QJsonValue &value : array)
        result.append(value.toString());
    return result;
}

QString TestSchemaSync::describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    return lines.join(u'\n');
}

QString TestSchemaSync::difference(const QStringList &schema, const QStringList &app)
{
    const QSet<QString> inSchema = toSet(schema);
    const QSet<QString> inApp = toSet(app);
    if (inSchema == inApp && schema.size() == app.size())
        return {};
    QStringList onlySchema = QSet<QString>(inSchema).subtract(inApp).values();
    QStringList onlyApp = QSet<QString>(inApp).subtract(inSchema).values();
    return u"only in the schema: [%1]; only in the app: [%2]"_s.arg(sorted(onlySchema).join(u", "_s),
                                                                     sorted(onlyApp).join(u", "_s));
}

void TestSchemaSync::collectInstances(const QJsonValue &value, QJsonObject schema, QString name, const Steps &steps)
{
    while (schema.contains(u"$ref"_s)) {
        const QString ref = schema.value(u"$ref"_s).toString();
        QVERIFY2(ref.startsWith(u"#/$defs/"_s), qPrintable(ref));
        name = ref.mid(8);
        schema = definition(name);
        QVERIFY2(!schema.isEmpty(), qPrintable(u"unresolved $ref "_s + ref));
    }
    if (value.isArray() && schema.contains(u"items"_s)) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectInstances(array.at(i), schema.value(u"items"_s).toObject(), name, Steps(steps) << Step(i));
    } else if (value.isObject() && schema.contains(u"properties"_s)) {
        const QJsonObject object = value.toObject();
        m_instances.append({steps, name, object});
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (properties.contains(it.key()))
                collectInstances(it.value(), properties.value(it.key()).toObject(), name,
                                 Steps(steps) << Step(it.key()));
        }
    }
}

bool TestSchemaSync::conditionHolds(const QJsonObject &condition, const QJsonObject &object)
{
    const QJsonObject properties = condition.value(u"properties"_s).toObject();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        const QJsonObject test = it.value().toObject();
        const QJsonValue actual = object.value(it.key());
        if (test.contains(u"const"_s) && actual != test.value(u"const"_s))
            return false;
        if (test.contains(u"not"_s) && actual == test.value(u"not"_s).toObject().value(u"const"_s))
            return false;
        if (!test.contains(u"const"_s) && !test.contains(u"not"_s))
            qFatal("tst_schemasync does not understand the condition on %s", qPrintable(it.key()));
    }
    for (const QJsonValue &key : condition.value(u"required"_s).toArray()) {
        if (!object.contains(key.toString()))
            return false;
    }
    return true;
}

QString TestSchemaSync::jsonPath(const Steps &steps)
{
    // The loader's path syntax; every member name on the way is a plain identifier.
    QString path = u"$"_s;
    for (const Step &step : steps) {
        if (const auto *key = std::get_if<QString>(&step))
            path += u'.' + *key;
        else
            path += u'[' + QString::number(std::get<qsizetype>(step)) + u']';
    }
    return path;
}

QJsonValue TestSchemaSync::removed(const QJsonValue &value, const Steps &steps, qsizetype depth, const QString &key)
{
    if (depth == steps.size()) {
        QJsonObject object = value.toObject();
        object.remove(key);
        return object;
    }
    const Step &step = steps.at(depth);
    if (const auto *member = std::get_if<QString>(&step)) {
        QJsonObject object = value.toObject();
        object.insert(*member, removed(object.value(*member), steps, depth + 1, key));
        return object;
    }
    QJsonArray array = value.toArray();
    const qsizetype index = std::get<qsizetype>(step);
    array.replace(index, removed(array.at(index), steps, depth + 1, key));
    return array;
}

void TestSchemaSync::initTestCase()
{
    m_schema = readJsonObject(QStringLiteral(OPENNESS_SOURCE_DIR "/data/openness-timeline.schema.json"));
    m_fixture = readJsonObject(sourceDatasetPath());
    collectInstances(m_fixture, m_schema, QString(), {});
    QVERIFY(!m_instances.isEmpty());
}

void TestSchemaSync::formatIdMatchesSchema()
{
    QCOMPARE(m_schema.value(u"properties"_s).toObject().value(u"format"_s).toObject().value(u"const"_s).toString(),
             DatasetValidator::formatId);
}

// The schema definition ("" = top level) that describes each kind of object the loader walks.
static const QList<std::pair<QString, DatasetValidator::ObjectKind>> objectKinds = {
    {QString(), DatasetValidator::ObjectKind::Dataset},
    {u"source"_s, DatasetValidator::ObjectKind::Source},
    {u"organization"_s, DatasetValidator::ObjectKind::Organization},
    {u"stage"_s, DatasetValidator::ObjectKind::Stage},
    {u"corporateEvent"_s, DatasetValidator::ObjectKind::CorporateEvent},
    {u"license"_s, DatasetValidator::ObjectKind::License},
    {u"terms"_s, DatasetValidator::ObjectKind::Terms},
    {u"term"_s, DatasetValidator::ObjectKind::TermRuling},
    {u"model"_s, DatasetValidator::ObjectKind::Model},
    {u"release"_s, DatasetValidator::ObjectKind::Release},
    {u"assessments"_s, DatasetValidator::ObjectKind::Assessments},
    {u"epochAssessment"_s, DatasetValidator::ObjectKind::EpochAssessment},
    {u"osaiAssessment"_s, DatasetValidator::ObjectKind::OsaiAssessment},
    {u"osaiGrades"_s, DatasetValidator::ObjectKind::OsaiGrades},
    {u"osaiGrade"_s, DatasetValidator::ObjectKind::OsaiGrade},
};

void TestSchemaSync::allowedKeysMatchSchema_data()
{
    QTest::addColumn<QString>("definitionName");
    QTest::addColumn<DatasetValidator::ObjectKind>("kind");
    for (const auto &[name, kind] : objectKinds)
        QTest::newRow(name.isEmpty() ? "top level" : qPrintable(name)) << name << kind;
}

void TestSchemaSync::allowedKeysMatchSchema()
{
    QFETCH(QString, definitionName);
    QFETCH(DatasetValidator::ObjectKind, kind);
    const QJsonObject schema = definition(definitionName);
    QVERIFY2(!schema.isEmpty(), "the schema lacks this definition");
    // Both reject what they do not list; otherwise the lists below would not be the whole story.
    QCOMPARE(schema.value(u"additionalProperties"_s), QJsonValue(false));
    const QString drift =
        difference(keys(schema.value(u"properties"_s).toObject()), DatasetValidator::allowedKeys(kind));
    QVERIFY2(drift.isEmpty(), qPrintable(drift));
}

void TestSchemaSync::everySchemaObjectKindIsChecked()
{
    // A new object definition in the schema needs a row above (and a walk in the loader).
    QSet<QString> checked;
    for (const auto &entry : objectKinds)
        checked.insert(entry.first);
    const QJsonObject defs = m_schema.value(u"$defs"_s).toObject();
    for (auto it = defs.constBegin(); it != defs.constEnd(); ++it) {
        if (it.value().toObject().contains(u"properties"_s))
            QVERIFY2(checked.contains(it.key()), qPrintable(it.key()));
    }
}

void TestSchemaSync::vocabulariesMatchSchema_data()
{
    QTest::addColumn<QString>("definitionName");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QStringList>("app");

    QStringList termKeys;
    for (const LicenseTerm term : LicenseTerms::all())
        termKeys.append(LicenseTerms::key(term));
    const QStringList statuses = {LicenseTerms::statusKey(TermStatus::Allowed),
                                  LicenseTerms::statusKey(TermStatus::Conditional),
                                  LicenseTerms::statusKey(TermStatus::Forbidden),
                                  LicenseTerms::statusKey(TermStatus::NotStated)};
    using V = DatasetValidator::Vocabulary;
    QTest::newRow("source kind") << u"source"_s << u"kind"_s << DatasetValidator::vocabulary(V::SourceKind);
    QTest::newRow("stage pressure") << u"stage"_s << u"pressure"_s << DatasetValidator::vocabulary(V::StagePressure);
    QTest::newRow("corporate event kind")
        << u"corporateEvent"_s << u"kind"_s << DatasetValidator::vocabulary(V::CorporateEventKind);
    QTest::newRow("release kind") << u"release"_s << u"kind"_s << DatasetValidator::vocabulary(V::ReleaseKind);
    QTest::newRow("date precision")
        << u"release"_s << u"date_precision"_s << DatasetValidator::vocabulary(V::DatePrecision);
    QTest::newRow("stage date precision")
        << u"stage"_s << u"date_precision"_s << DatasetValidator::vocabulary(V::DatePrecision);
    QTest::newRow("corporate event date precision")
        << u"corporateEvent"_s << u"date_precision"_s << DatasetValidator::vocabulary(V::DatePrecision);
    QTest::newRow("level (Openness::ids)") << u"release"_s << u"level"_s << Openness::ids();
    QTest::newRow("level (loader)") << u"release"_s << u"level"_s << DatasetValidator::vocabulary(V::Level);
    QTest::newRow("term status (LicenseTerms)") << u"term"_s << u"status"_s << statuses;
    QTest::newRow("term status (loader)") << u"term"_s << u"status"_s << DatasetValidator::vocabulary(V::TermStatus);
    QTest::newRow("osai grade (loader)") << u"osaiGrade"_s << u"class"_s << DatasetValidator::vocabulary(V::OsaiClass);
    // The Index's parameters are the properties (all required) of "osaiGrades".
    QStringList osaiParameters;
    for (int i = 0; i < OsaiAssessment::parameterCount; ++i)
        osaiParameters.append(OsaiAssessment::parameterRef(i));
    QTest::newRow("osai parameters (properties)") << u"osaiGrades"_s << QString() << osaiParameters;
    QTest::newRow("osai parameters (required)") << u"osaiGrades"_s << u"required"_s << osaiParameters;
    // The term keys are not an enum but the properties (all required) of "terms".
    QTest::newRow("term keys (properties)") << u"terms"_s << QString() << termKeys;
    QTest::newRow("term keys (required)") << u"terms"_s << u"required"_s << termKeys;
}

void TestSchemaSync::vocabulariesMatchSchema()
{
    QFETCH(QString, definitionName);
    QFETCH(QString, property);
    QFETCH(QStringList, app);
    const QJsonObject schema = definition(definitionName);
    QStringList schemaValues;
    if (property.isEmpty())
        schemaValues = keys(schema.value(u"properties"_s).toObject());
    else if (property == u"required"_s)
        schemaValues = strings(schema.value(u"required"_s).toArray());
    else
        schemaValues = strings(
            schema.value(u"properties"_s).toObject().value(property).toObject().value(u"enum"_s).toArray());
    QVERIFY2(!schemaValues.isEmpty(), "the schema has no such list");
    const QString drift = difference(schemaValues, app);
    QVERIFY2(drift.isEmpty(), qPrintable(drift));
}

void TestSchemaSync::levelsInOrder()
{
    // The schema documents the levels least open first, as OpennessLevel ranks them.
    const QJsonArray levels = definition(u"release"_s)
                                  .value(u"properties"_s).toObject()
                                  .value(u"level"_s).toObject()
                                  .value(u"enum"_s).toArray();
    QCOMPARE(strings(levels), Openness::ids());
}

void TestSchemaSync::deletingKeyReportsOnlyRequiredKeys_data()
{
    QTest::addColumn<QString>("objectPath");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QByteArray>("mutated");

    QSet<QString> rows;
    auto addRow = [&](const Instance &instance, const QString &key, bool required) {
        const QString path = jsonPath(instance.steps);
        const QString name = (instance.definition.isEmpty() ? u"top level"_s : instance.definition) + u'.' + key
            + (required ? u" (required)"_s : u" (optional)"_s);
        if (rows.contains(name))
            return;
        rows.insert(name);
        const QJsonValue root = removed(m_fixture, instance.steps, 0, key);
        QTest::newRow(qPrintable(name)) << path << key << required << QJsonDocument(root.toObject()).toJson();
    };
    // For every key of every definition: the first object of the fixture that has it, and (where
    // the schema requires the key only under a condition) one where the condition holds and one
    // where it does not.
    for (const auto &entry : objectKinds) {
        const QJsonObject schema = definition(entry.first);
        const QSet<QString> required = toSet(strings(schema.value(u"required"_s).toArray()));
        const QSet<QString> conditional =
            toSet(strings(schema.value(u"then"_s).toObject().value(u"required"_s).toArray()));
        const QStringList properties = keys(schema.value(u"properties"_s).toObject());
        for (const QString &key : properties) {
            bool found = false;
            for (const Instance &instance : std::as_const(m_instances)) {
                if (instance.definition != entry.first || !instance.object.contains(key))
                    continue;
                found = true;
                const bool needed = required.contains(key)
                    || (conditional.contains(key) && conditionHolds(schema.value(u"if"_s).toObject(), instance.object));
                addRow(instance, key, needed);
            }
            if (!found)
                qWarning("the fixture has no %s with key %s; deleting it is not tested",
                         qPrintable(entry.first), qPrintable(key));
        }
    }
}

void TestSchemaSync::deletingKeyReportsOnlyRequiredKeys()
{
    QFETCH(QString, objectPath);
    QFETCH(QString, key);
    QFETCH(bool, required);
    QFETCH(QByteArray, mutated);
    const DatasetLoader::Result result = DatasetLoader::fromJson(mutated, u"mutated.json"_s);
    if (!required) {
        // Deleting some optional keys breaks rules the schema cannot express elsewhere (an "end"
        // gone makes a stage ongoing, overlapping the next); the loader reports a missing key at
        // the object that lacks it, so nothing may be reported there.
        const bool reported = std::any_of(result.problems.cbegin(), result.problems.cend(),
                                          [&](const Problem &problem) { return problem.path == objectPath; });
        QVERIFY2(!reported, qPrintable(u"the schema makes %1 optional at %2, the loader says:\n%3"_s.arg(
                                key, objectPath, describe(result.problems))));
        return;
    }
    QVERIFY2(!result.ok(), qPrintable(u"the schema requires %1 at %2, but the loader accepts the dataset without it"_s
                                          .arg(key, objectPath)));
    QCOMPARE(result.failure, DatasetLoader::Failure::Rules);
    const QString quotedKey = u'"' + key + u'"';
    const bool named = std::any_of(result.problems.cbegin(), result.problems.cend(), [&](const Problem &problem) {
        return problem.path == objectPath && problem.message.contains(quotedKey);
    });
    QVERIFY2(named, qPrintable(u"the schema requires %1 at %2; no problem there names it:\n%3"_s.arg(
                        key, objectPath, describe(result.problems))));
}

// Warnings (a source that is a bare domain) are allowed: the dataset still loads; errors are not.
static bool onlyWarnings(const Problems &problems)
{
    return std::all_of(problems.cbegin(), problems.cend(), [](const Problem &problem) { return problem.isWarning(); });
}

void TestSchemaSync::bundledDatasetLoadsCleanly()
{
    const DatasetLoader::Result result = DatasetLoader::bundled();
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    QVERIFY2(onlyWarnings(result.problems), qPrintable(describe(result.problems)));
    QVERIFY(!result.dataset->releases().isEmpty());
}

void TestSchemaSync::sourceDatasetLoadsCleanly()
{
    const DatasetLoader::Result result = DatasetLoader::fromFile(sourceDatasetPath());
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    QVERIFY2(onlyWarnings(result.problems), qPrintable(describe(result.problems)));
}

QTEST_MAIN(TestSchemaSync)
#include "tst_schemasync.moc"
