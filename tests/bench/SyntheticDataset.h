#ifndef SYNTHETICDATASET_H
#define SYNTHETICDATASET_H

#include <QByteArray>
#include <QString>

// Writes synthetic but valid Openness Timeline datasets (data/FORMAT.md) for benchmarks: N release
// events spread over K organizations, each organization with three corporate stages and a share of
// the models, six licenses described term by term, and releases spread over 2000-2025.
//
// The output is a function of the options alone (a fixed pseudo-random sequence, no clock, no
// locale), so two runs of a benchmark read byte-identical files.
//
//     SyntheticDataset::Options options;
//     options.releases = 100000;             // full texts: about 80 MB
//     QString error;
//     if (!SyntheticDataset::write(options, path, &error)) ...
namespace SyntheticDataset {

struct Options {
    int releases = 1000;
    int organizations = 8;
    // Full texts: a summary and a note of about 800 bytes in all per release, as a catalogue with
    // real prose has (100,000 releases come to about 80 MB). Short texts: a one-line summary and
    // no note (about 30 MB for 100,000).
    bool fullTexts = true;
    quint32 seed = 20240317;
};

// The dataset as JSON text (UTF-8, indented like the bundled dataset).
QByteArray generate(const Options &options);

// Writes generate(options) to path through QSaveFile; on failure returns false and says why in
// *error (when error is not null).
bool write(const Options &options, const QString &path, QString *error = nullptr);

} // namespace SyntheticDataset

#endif // SYNTHETICDATASET_H
