#ifndef ASSESSMENTWRITER_H
#define ASSESSMENTWRITER_H

#include <QByteArray>
#include <QHash>
#include <QString>

// Writes a framework's assessments into a dataset's text, for the importers that attach them
// (--import osai, --import epoch-values).
namespace AssessmentWriter {

// datasetText with assessments.<framework> of each model named in assessments (model id ->
// the assessment as a JSON object's text) set in place: an assessment already there keeps its
// position, other frameworks' assessments and other models stay as they are. The result has the
// bundled dataset's layout (two-space indentation, keys in their order, UTF-8 as is, a final
// newline). Empty, with error set, when datasetText is not a JSON object or an assessment is
// not JSON.
QByteArray attach(const QByteArray &datasetText, const char *framework, const QHash<QString, QByteArray> &assessments,
                  QString *error);

} // namespace AssessmentWriter

#endif // ASSESSMENTWRITER_H
