#include "DatasetLoader.h"

#include "DatasetValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <exception>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

DatasetLoader::Result failure(DatasetLoader::Failure kind, const QString &fileName, const QString &message)
{
    DatasetLoader::Result result;
    result.failure = kind;
    Problem problem;
    problem.file = fileName;
    problem.message = message;
    problem.kind = Problem::Kind::Unreadable;
    result.problems.append(problem);
    return result;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("DatasetLoader", text);
}

DatasetLoader::Result tooLarge(const QString &fileName, qint64 size)
{
    return failure(DatasetLoader::Failure::Unreadable, fileName,
                   tr("file too large (%1 bytes); the limit is %2 MiB (%3 bytes)")
                       .arg(QString::number(size), QString::number(DatasetLoader::maxFileSize / (1024 * 1024)),
                            QString::number(DatasetLoader::maxFileSize)));
}

QString notRegular()
{
    return QCoreApplication::translate("DatasetLoader", "cannot open: not a regular file (a pipe, socket or device); give a file");
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Reads a file of the file system. It is opened without blocking (a FIFO without a writer would
// otherwise hang open() forever) and must be a regular file: a FIFO, socket or device has no
// size to check and may never end.
DatasetLoader::Result readFile(const QString &path, QByteArray &text)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == EISDIR)
            return failure(DatasetLoader::Failure::Unreadable, path, tr("cannot open: it is a folder, not a file"));
        // A socket cannot be opened at all (ENXIO); say what it is rather than why open() failed.
        struct stat info {};
        if (::stat(name.constData(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode))
            return failure(DatasetLoader::Failure::Unreadable, path, notRegular());
        return failure(DatasetLoader::Failure::Unreadable, path, tr("cannot open: %1").arg(systemError(error)));
    }
    struct FdCloser {
        int fd;
        ~FdCloser() { ::close(fd); }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0)
        return failure(DatasetLoader::Failure::Unreadable, path, tr("cannot open: %1").arg(systemError(errno)));
    if (S_ISDIR(info.st_mode))
        return failure(DatasetLoader::Failure::Unreadable, path, tr("cannot open: it is a folder, not a file"));
    if (!S_ISREG(info.st_mode)) {
        return failure(DatasetLoader::Failure::Unreadable, path, notRegular());
    }
    // Checked before reading, and again after, for files that grow meanwhile.
    if (info.st_size > DatasetLoader::maxFileSize)
        return tooLarge(path, info.st_size);
    // Back to blocking reads: a regular file never blocks for long, and this way short reads only
    // mean the end of the file.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    text.resize(qsizetype(info.st_size) + 1);
    qsizetype size = 0;
    for (;;) {
        if (size == text.size()) {
            if (size > DatasetLoader::maxFileSize)
                return tooLarge(path, size);
            text.resize(std::min<qsizetype>(size * 2, DatasetLoader::maxFileSize + 1));
        }
        const ssize_t count = ::read(fd, text.data() + size, std::size_t(text.size() - size));
        if (count < 0) {
            if (errno == EINTR)
                continue;
            return failure(DatasetLoader::Failure::Unreadable, path, tr("cannot read: %1").arg(systemError(errno)));
        }
        if (count == 0)
            break;
        size += count;
    }
    if (size > DatasetLoader::maxFileSize)
        return tooLarge(path, size);
    text.truncate(size);
    return {};
}

} // namespace

QString DatasetLoader::Result::omittedSummary() const
{
    if (omittedProblems == 0)
        return {};
    QStringList kinds;
    for (const auto &[kind, count] : omittedKinds)
        kinds.append(Problem::kindName(kind) + QLatin1StringView(" (") + QString::number(count) + u')');
    const QString summary = stoppedEarly
        ? QCoreApplication::translate("DatasetLoader", "and at least %1 more problems of these kinds: %2; checking "
                                                       "stopped there")
        : QCoreApplication::translate("DatasetLoader", "and %1 more problems of these kinds: %2");
    return summary.arg(QString::number(omittedProblems), kinds.join(QLatin1StringView(", ")));
}

DatasetLoader::Result DatasetLoader::fromJson(const QByteArray &text, const QString &fileName, int maxProblems,
                                              DatasetValidator::ReleaseTexts texts)
{
    if (text.size() > maxFileSize)
        return tooLarge(fileName, text.size());
    try {
        DatasetValidator::Result validated = DatasetValidator::validate(text, fileName, maxProblems, texts);
        Result result;
        result.dataset = std::move(validated.dataset);
        result.problems = std::move(validated.problems);
        result.omittedProblems = validated.omittedProblems;
        result.omittedKinds = std::move(validated.omittedKinds);
        result.stoppedEarly = validated.stoppedEarly;
        result.failure = result.dataset ? Failure::None : validated.syntaxError ? Failure::Syntax : Failure::Rules;
        return result;
    } catch (const std::exception &error) {
        // Only memory exhaustion is expected here; report it rather than take the app down.
        return failure(Failure::Unreadable, fileName,
                       tr("cannot load the dataset: %1").arg(QString::fromUtf8(error.what())));
    }
}

DatasetLoader::Result DatasetLoader::fromFile(const QString &path, int maxProblems, DatasetValidator::ReleaseTexts texts)
{
    if (path.isEmpty())
        return failure(Failure::Unreadable, path, tr("cannot open: the file name is empty"));
    QByteArray text;
    if (path.startsWith(u':')) { // a Qt resource, compiled in
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(Failure::Unreadable, path, tr("cannot open: %1").arg(file.errorString()));
        text = file.readAll();
    } else if (Result error = readFile(path, text); !error.problems.isEmpty()) {
        return error;
    }
    Result result = fromJson(text, path, maxProblems, texts);
    if (!result.ok())
        result.text = std::move(text);
    return result;
}

DatasetLoader::Result DatasetLoader::bundled()
{
    return fromFile(bundledPath());
}

QString DatasetLoader::bundledPath()
{
    return QStringLiteral(":/data/openness-timeline.json");
}
