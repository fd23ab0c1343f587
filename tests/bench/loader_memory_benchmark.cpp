// loader-memory-benchmark [SIZE_MIB...] [--exe PATH]
//
// Peak memory and time of `openness-timeline --validate` on the pathological inputs of a file
// just under a size limit: a list of a million numbers where objects belong, a list of empty
// objects, an object of one key repeated, and for comparison a valid synthetic dataset of the
// same size. Each file is written to a temporary folder, validated by a child process whose
// peak resident set size the kernel reports (wait4), and deleted. Sizes default to 32 and 256
// MiB; the output is a Markdown table.

#include "SyntheticDataset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

struct Shape {
    const char *name;
    // Writes a file of about `bytes` bytes.
    std::function<bool(QFile &, qint64 bytes)> write;
};

// Writes head, then repeats unit (separated by commas) up to about bytes, then tail.
bool writeRepeated(QFile &file, qint64 bytes, const QByteArray &head, const QByteArray &unit, const QByteArray &tail)
{
    const qint64 count = (bytes - head.size() - tail.size()) / (unit.size() + 1);
    QByteArray chunk;
    const int perChunk = 65536;
    for (int i = 0; i < perChunk; ++i)
        chunk += ',' + unit;
    if (file.write(head + unit) < 0)
        return false;
    qint64 written = 1;
    while (written + perChunk <= count) {
        if (file.write(chunk) != chunk.size())
            return false;
        written += perChunk;
    }
    for (; written < count; ++written) {
        if (file.write(',' + unit) < 0)
            return false;
    }
    return file.write(tail) == tail.size();
}

struct Measure {
    int exitCode = -1;
    long peakKiB = 0;
    qint64 milliseconds = 0;
    double cpuSeconds = 0; // user and system: about the wall time on an idle machine (one thread)
    qint64 outputBytes = 0;
};

Measure validate(const QString &exe, const QString &path, const QString &outputPath)
{
    Measure measure;
    const QByteArray exeName = QFile::encodeName(exe);
    const QByteArray fileName = QFile::encodeName(path);
    const QByteArray outName = QFile::encodeName(outputPath);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    char *argv[] = {const_cast<char *>(exeName.constData()), const_cast<char *>("--validate"),
                    const_cast<char *>(fileName.constData()), nullptr};
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, exeName.constData(), &actions, nullptr, argv, environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return measure;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) == pid) {
        measure.milliseconds = timer.elapsed();
        measure.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
        measure.peakKiB = usage.ru_maxrss;
        measure.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    measure.outputBytes = QFile(outputPath).size();
    return measure;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString exe = QStringLiteral(OPENNESS_TIMELINE_EXE);
    QList<int> sizes;
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--exe" && i + 1 < arguments.size()) {
            exe = arguments.at(++i);
        } else {
            bool ok = false;
            const int size = arguments.at(i).toInt(&ok);
            if (!ok || size < 1 || size > 1024) {
                err << "usage: loader-memory-benchmark [SIZE_MIB...] [--exe PATH]" << Qt::endl;
                return 2;
            }
            sizes.append(size);
        }
    }
    if (sizes.isEmpty())
        sizes = {32, 256};

    const QList<Shape> shapes = {
        {"releases: [1,1,1,...]",
         [](QFile &f, qint64 n) { return writeRepeated(f, n, R"({"releases":[)", "1", "]}"); }},
        {"releases: [{},{},...]",
         [](QFile &f, qint64 n) { return writeRepeated(f, n, R"({"releases":[)", "{}", "]}"); }},
        {"one key repeated", [](QFile &f, qint64 n) { return writeRepeated(f, n, "{", R"("a":1)", "}"); }},
        {"valid, full texts",
         [](QFile &f, qint64 n) {
             SyntheticDataset::Options options;
             options.releases = int(n / 813); // about 813 bytes a release
             const QByteArray text = SyntheticDataset::generate(options);
             return f.write(text) == text.size();
         }},
    };

    QTemporaryDir dir;
    if (!dir.isValid()) {
        err << "cannot create a temporary folder" << Qt::endl;
        return 2;
    }
    out << "| input | file | exit | peak RSS | RSS / file | wall time | CPU time | output |\n"
           "|---|---|---|---|---|---|---|---|\n";
    for (const int sizeMiB : std::as_const(sizes)) {
        for (const Shape &shape : shapes) {
            const QString path = dir.filePath(QStringLiteral("input.json"));
            {
                QFile file(path);
                if (!file.open(QIODevice::WriteOnly) || !shape.write(file, qint64(sizeMiB) * 1024 * 1024 - 16)) {
                    err << "cannot write " << path << Qt::endl;
                    return 2;
                }
            }
            const qint64 fileBytes = QFile(path).size();
            const Measure m = validate(exe, path, dir.filePath(QStringLiteral("output.txt")));
            out << "| " << shape.name << " | " << QString::number(double(fileBytes) / (1024 * 1024), 'f', 1)
                << " MiB | " << m.exitCode << " | " << QString::number(double(m.peakKiB) / 1024, 'f', 0) << " MiB | "
                << QString::number(double(m.peakKiB) * 1024 / double(fileBytes), 'f', 2) << " | "
                << QString::number(double(m.milliseconds) / 1000, 'f', 2) << " s | "
                << QString::number(m.cpuSeconds, 'f', 2) << " s | "
                << QString::number(double(m.outputBytes) / 1024, 'f', 0) << " KiB |\n";
            out.flush();
            QFile::remove(path);
        }
    }
    return 0;
}
