#include "DatasetLoader.h"

#include "DatasetValidator.h"
#include "JsonDocumentReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <exception>

namespace {

DatasetLoader::Result failure(DatasetLoader::Failure kind, const QString &fileName, const QString &message,
                              TextPosition position = {}, const QString &path = {})
{
    DatasetLoader::Result result;
    result.failure = kind;
    result.problems.append({fileName, position.line, position.column, path, message});
    return result;
}

DatasetLoader::Result tooLarge(const QString &fileName, qint64 size)
{
    return failure(DatasetLoader::Failure::Unreadable, fileName,
                   QCoreApplication::translate("DatasetLoader",
                                               "file too large (%1 bytes); the limit is %2 MiB (%3 bytes)")
                       .arg(size)
                       .arg(DatasetLoader::maxFileSize / (1024 * 1024))
                       .arg(DatasetLoader::maxFileSize));
}

} // namespace

DatasetLoader::Result DatasetLoader::fromJson(const QByteArray &text, const QString &fileName)
{
    if (text.size() > maxFileSize)
        return tooLarge(fileName, text.size());
    try {
        const JsonDocumentReader::Result read = JsonDocumentReader::read(text, maxDepth);
        if (!read.ok) {
            return failure(Failure::Syntax, fileName, read.errorMessage, read.errorPosition, read.errorPath);
        }
        DatasetValidator::Result validated = DatasetValidator::validate(read.document, read.duplicateKeys, fileName);
        Result result;
        result.dataset = std::move(validated.dataset);
        result.problems = std::move(validated.problems);
        result.failure = result.dataset ? Failure::None : Failure::Rules;
        return result;
    } catch (const std::exception &error) {
        // Only memory exhaustion is expected here; report it rather than take the app down.
        return failure(Failure::Unreadable, fileName,
                       QCoreApplication::translate("DatasetLoader", "cannot load the dataset: %1")
                           .arg(QString::fromUtf8(error.what())));
    }
}

DatasetLoader::Result DatasetLoader::fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return failure(Failure::Unreadable, path,
                       QCoreApplication::translate("DatasetLoader", "cannot open: it is a folder, not a file"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(Failure::Unreadable, path,
                       QCoreApplication::translate("DatasetLoader", "cannot open: %1").arg(file.errorString()));
    }
    // Checked before reading, and again after, for files whose size is not known in advance.
    if (file.size() > maxFileSize)
        return tooLarge(path, file.size());
    const QByteArray text = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return failure(Failure::Unreadable, path,
                       QCoreApplication::translate("DatasetLoader", "cannot read: %1").arg(file.errorString()));
    }
    if (text.size() > maxFileSize)
        return tooLarge(path, text.size());
    return fromJson(text, path);
}

DatasetLoader::Result DatasetLoader::bundled()
{
    return fromFile(bundledPath());
}

QString DatasetLoader::bundledPath()
{
    return QStringLiteral(":/data/openness-timeline.json");
}
