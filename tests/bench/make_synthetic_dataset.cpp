// make-synthetic-dataset N OUT.json [--short] [--orgs K]
// Writes a valid synthetic dataset of N release events (see SyntheticDataset.h) for benchmarks.

#include "SyntheticDataset.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    const QString usage = QStringLiteral("usage: make-synthetic-dataset N OUT.json [--short] [--orgs K]");

    SyntheticDataset::Options options;
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--short") {
            options.fullTexts = false;
        } else if (argument == u"--orgs" && i + 1 < arguments.size()) {
            bool ok = false;
            options.organizations = arguments.at(++i).toInt(&ok);
            if (!ok || options.organizations < 1 || options.organizations > 100000) {
                err << "--orgs needs a number from 1 to 100000\n" << usage << Qt::endl;
                return 2;
            }
        } else if (argument.startsWith(u'-')) {
            err << usage << Qt::endl;
            return 2;
        } else {
            positional.append(argument);
        }
    }
    bool ok = false;
    if (positional.size() == 2)
        options.releases = positional.at(0).toInt(&ok);
    if (!ok || options.releases < 0 || positional.at(1).isEmpty()) {
        err << usage << Qt::endl;
        return 2;
    }
    QString error;
    if (!SyntheticDataset::write(options, positional.at(1), &error)) {
        err << positional.at(1) << ": " << error << Qt::endl;
        return 2;
    }
    return 0;
}
