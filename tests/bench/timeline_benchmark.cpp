// timeline-benchmark [--sizes N,N,...] [--orgs K] [--short] [--repeat R]
//
// Measures the timeline at the sizes users bring (default 1,000, 10,000 and 100,000 release
// events; add 1000000 to --sizes when memory allows) and prints a table. Each size runs in a
// child process of its own, so that its peak memory is its own. For each size:
//   load     DatasetLoader::fromFile of a synthetic dataset with full texts (about 800 bytes of
//            prose per event), and the process's peak resident memory at the end;
//   layout   reading the filter proxy into the timeline and laying out every lane, fitted;
//   frame    painting the 1600x900 view, fitted (everything in view), then zoomed to one year;
//   filter   switching one openness level off in the proxy until the next frame is painted;
//   zoom     one zoom step (Ctrl+wheel notch) until the next frame is painted;
//   hit      one hit test (what is under the mouse), averaged over 10,000 random points;
//   window   in another child: the main window from nothing to its first painted timeline frame
//            with the file open, and that process's peak resident memory.
// Times are the median of --repeat runs (default 9), on the offscreen platform.

#include "DatasetLoader.h"
#include "HeapTuning.h"
#include "MainWindow.h"
#include "ReleaseFilterProxy.h"
#include "ReleaseModel.h"
#include "SyntheticDataset.h"
#include "TimelineView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

double medianMs(int repeat, const std::function<void()> &setUp, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < repeat; ++i) {
        if (setUp)
            setUp();
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int runChild(int releases, int organizations, bool fullTexts, int repeat)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    SyntheticDataset::Options options;
    options.releases = releases;
    options.organizations = organizations;
    options.fullTexts = fullTexts;
    const QString path = dir.filePath(QStringLiteral("bench.json"));
    QString error;
    if (!SyntheticDataset::write(options, path, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    const qint64 fileBytes = QFileInfo(path).size();

    QElapsedTimer timer;
    timer.start();
    const DatasetLoader::Result loaded = DatasetLoader::fromFile(path);
    const double loadMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!loaded.ok()) {
        QTextStream(stderr) << "the synthetic dataset does not load: " << loaded.problems.value(0).toString() << Qt::endl;
        return 1;
    }

    ReleaseModel model;
    model.setDataset(loaded.dataset);
    ReleaseFilterProxy proxy;
    proxy.setReleaseModel(&model);
    TimelineView view;
    view.resize(1600, 900);
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    auto paint = [&] {
        QPainter painter(&frame);
        view.viewport()->render(&painter);
    };

    // Layout: the view reads the proxy and lays out every lane, fitted to the width.
    timer.restart();
    view.setModel(&proxy);
    const int laneCount = view.laneCount();
    const double layoutMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    const double fitFrameMs = medianMs(repeat, {}, paint);
    const int markers = view.markerCount();
    const int clusters = view.clusterCount();

    // A typical zoom: one year in the middle of the data.
    const double middle = static_cast<double>(view.content().firstDate().toJulianDay() + view.content().lastDate().toJulianDay()) / 2.0;
    view.zoomToRange(middle - 182, middle + 182);
    const double zoomedFrameMs = medianMs(repeat, {}, paint);

    bool levelOn = true;
    const double filterMs = medianMs(repeat, {}, [&] {
        levelOn = !levelOn;
        proxy.setLevelEnabled(OpennessLevel::Hosted, levelOn);
        paint();
    });
    proxy.setLevelEnabled(OpennessLevel::Hosted, true);
    paint();

    bool in = true;
    const double zoomMs = medianMs(repeat, {}, [&] {
        in ? view.zoomIn() : view.zoomOut();
        in = !in;
        paint();
    });

    QRandomGenerator random(7);
    constexpr int hits = 10000;
    QList<QPoint> points;
    for (int i = 0; i < hits; ++i)
        points.append(QPoint(static_cast<int>(random.bounded(1600)), static_cast<int>(random.bounded(900))));
    int found = 0;
    const double hitMs = medianMs(repeat, {}, [&] {
        for (const QPoint &p : std::as_const(points))
            found += view.indexAt(p).isValid() ? 1 : 0;
    }) / hits;

    out << releases << '\t' << fileBytes << '\t' << loadMs << '\t' << peakResidentKiB() << '\t' << layoutMs << '\t'
        << fitFrameMs << '\t' << zoomedFrameMs << '\t' << filterMs << '\t' << zoomMs << '\t' << hitMs << '\t' << laneCount
        << '\t' << markers << '\t' << clusters << '\t' << found << Qt::endl;
    return 0;
}

// The window as a user meets it: from nothing to the first painted frame of the timeline with
// the file open (the main window, its list and chart included), and the peak memory after it.
int runWindowChild(int releases, int organizations, bool fullTexts)
{
    QTemporaryDir dir;
    SyntheticDataset::Options options;
    options.releases = releases;
    options.organizations = organizations;
    options.fullTexts = fullTexts;
    const QString path = dir.filePath(QStringLiteral("bench.json"));
    if (!SyntheticDataset::write(options, path))
        return 1;
    struct PaintWatcher : QObject {
        bool painted = false;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                painted = true;
            return false;
        }
    } watcher;
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.timelineView()->viewport()->installEventFilter(&watcher);
    if (!window.openFile(path))
        return 1;
    window.resize(1600, 1000);
    window.show();
    while (!watcher.painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    QTextStream(stdout) << ms << '\t' << peakResidentKiB() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    HeapTuning::restartWithTunedHeap(argv); // measure the heap the app has
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QList<int> sizes{1000, 10000, 100000};
    int organizations = 12;
    int repeat = 9;
    bool fullTexts = true;
    int child = -1;
    int windowChild = -1;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--sizes" && i + 1 < arguments.size()) {
            sizes.clear();
            for (const QString &n : arguments.at(++i).split(u','))
                sizes.append(n.toInt());
        } else if (a == u"--orgs" && i + 1 < arguments.size()) {
            organizations = arguments.at(++i).toInt();
        } else if (a == u"--repeat" && i + 1 < arguments.size()) {
            repeat = std::max(1, arguments.at(++i).toInt());
        } else if (a == u"--short") {
            fullTexts = false;
        } else if (a == u"--child" && i + 1 < arguments.size()) {
            child = arguments.at(++i).toInt();
        } else if (a == u"--window-child" && i + 1 < arguments.size()) {
            windowChild = arguments.at(++i).toInt();
        } else {
            QTextStream(stderr) << "usage: timeline-benchmark [--sizes N,N,...] [--orgs K] [--short] [--repeat R]" << Qt::endl;
            return 2;
        }
    }
    if (child >= 0)
        return runChild(child, organizations, fullTexts, repeat);
    if (windowChild >= 0)
        return runWindowChild(windowChild, organizations, fullTexts);

    QTextStream out(stdout);
    out << "Timeline benchmark: " << organizations << " organizations, " << (fullTexts ? "full" : "short")
        << " texts, median of " << repeat << " runs, 1600x900 view, offscreen\n\n";
    out << "| events | file MB | load ms | peak RSS MB | layout ms | frame, fitted ms | frame, 1 year ms | filter change ms "
           "| zoom step ms | hit test ms | lanes | markers | clusters | window to first frame ms | window peak RSS MB |\n";
    out << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    out.flush();
    for (int size : std::as_const(sizes)) {
        QProcess process;
        QStringList childArguments{QStringLiteral("--child"), QString::number(size), QStringLiteral("--orgs"),
                                   QString::number(organizations), QStringLiteral("--repeat"), QString::number(repeat)};
        if (!fullTexts)
            childArguments << QStringLiteral("--short");
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(), childArguments);
        process.waitForFinished(-1);
        const QList<QByteArray> f = process.readAllStandardOutput().trimmed().split('\t');
        if (process.exitCode() != 0 || f.size() < 13) {
            out << "| " << size << " | (failed) |\n";
            continue;
        }
        auto ms = [](const QByteArray &v, int decimals) { return QString::number(v.toDouble(), 'f', decimals); };
        QProcess windowProcess;
        QStringList windowArguments = childArguments;
        windowArguments[0] = QStringLiteral("--window-child");
        windowProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        windowProcess.start(QCoreApplication::applicationFilePath(), windowArguments);
        windowProcess.waitForFinished(-1);
        const QList<QByteArray> w = windowProcess.readAllStandardOutput().trimmed().split('\t');
        const QString windowMs = w.size() == 2 ? ms(w[0], 0) : QStringLiteral("(failed)");
        const QString windowMb = w.size() == 2 ? QString::number(w[1].toDouble() / 1024, 'f', 0) : QString();
        out << "| " << f[0] << " | " << ms(QByteArray::number(f[1].toDouble() / 1e6), 1) << " | " << ms(f[2], 0) << " | "
            << QString::number(f[3].toDouble() / 1024, 'f', 0) << " | " << ms(f[4], 1) << " | " << ms(f[5], 2) << " | "
            << ms(f[6], 2) << " | " << ms(f[7], 1) << " | " << ms(f[8], 1) << " | " << ms(f[9], 4) << " | " << f[10]
            << " | " << f[11] << " | " << f[12] << " | " << windowMs << " | " << windowMb << " |\n";
        out.flush();
    }
    return 0;
}
