#ifndef RELEASEKIND_H
#define RELEASEKIND_H

#include <QString>
#include <QStringList>

// The kinds of release event of the data format, in the order a model lives through them.
// Charts count "releases" (something the public got: a launch, published weights, a changed
// license) apart from announcements and retirements, so a promise or an end is never counted as
// a release.
namespace ReleaseKind {

QStringList ids(); // announcement, launch, api, weights, license-change, retirement
bool isKnown(QStringView id);
// Launch, weights and license-change events are releases; announcements, API openings and
// retirements are not.
bool isRelease(QStringView id);
QString name(QStringView id); // translated, e.g. "License change"; the id itself when unknown
QString pluralName(QStringView id); // translated, e.g. "license changes"

} // namespace ReleaseKind

#endif // RELEASEKIND_H
