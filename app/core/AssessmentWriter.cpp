#include "AssessmentWriter.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace AssessmentWriter {

QByteArray attach(const QByteArray &datasetText, const char *framework, const QHash<QString, QByteArray> &assessments,
                  QString *error)
{
    using Json = nlohmann::ordered_json;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    Json document = Json::parse(datasetText.cbegin(), datasetText.cend(), nullptr, false);
    if (document.is_discarded() || !document.is_object())
        return fail(QCoreApplication::translate("AssessmentWriter", "the dataset is not a JSON object"));
    const auto models = document.find("models");
    if (models != document.end() && models->is_array()) {
        for (Json &model : *models) {
            if (!model.is_object() || !model.contains("id") || !model["id"].is_string())
                continue;
            const auto assessment = assessments.constFind(QString::fromStdString(model["id"].get<std::string>()));
            if (assessment == assessments.constEnd())
                continue;
            Json value = Json::parse(assessment->cbegin(), assessment->cend(), nullptr, false);
            if (value.is_discarded() || !value.is_object())
                return fail(QCoreApplication::translate("AssessmentWriter", "an assessment is not a JSON object"));
            model["assessments"][framework] = std::move(value);
        }
    }
    try {
        return QByteArray::fromStdString(document.dump(2, ' ', false, Json::error_handler_t::strict)) + '\n';
    } catch (const Json::exception &exception) {
        return fail(QString::fromUtf8(exception.what()));
    }
}

} // namespace AssessmentWriter
