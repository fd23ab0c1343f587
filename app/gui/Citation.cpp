#include "Citation.h"

#include "ReleaseDocument.h"

#include <QMimeData>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Parts {
    QString organization;
    QString model;
    QString title;
    QString date;
    QString level;
    QString license;
    QString licenseUrl;
    QString dataset;
};

Parts partsOf(const Dataset &dataset, const Release &release)
{
    Parts parts;
    const Model *model = dataset.modelOf(release);
    const Organization *organization = dataset.organizationOf(release);
    const License *license = dataset.licenseOf(release);
    parts.organization = organization ? organization->name : QString();
    parts.model = model ? model->name : release.modelId;
    parts.title = release.title;
    parts.date = ReleaseDocument::formatDateRange(release.date, release.dateLatest, release.precision);
    parts.level = Openness::name(release.level);
    if (license) {
        parts.license = license->spdx.isEmpty() ? license->name : u"%1 (%2)"_s.arg(license->name, license->spdx);
        parts.licenseUrl = license->url;
    }
    parts.dataset = dataset.info().title;
    return parts;
}

// Markdown's special characters in dataset text, escaped so a title cannot become markup.
QString mdEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (u"\\`*_{}[]()<>#+-!|"_s.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

bool isWeb(const QString &url)
{
    return ReleaseDocument::isWebUrl(QUrl(url, QUrl::TolerantMode));
}

} // namespace

QString Citation::plainText(const Dataset &dataset, int releaseIndex)
{
    if (releaseIndex < 0 || releaseIndex >= dataset.releases().size())
        return {};
    const Release &release = dataset.releases().at(releaseIndex);
    const Parts parts = partsOf(dataset, release);
    QStringList lines;
    lines << tr("%1, %2: %3 (%4).").arg(parts.organization, parts.model, parts.title, parts.date);
    QString openness = tr("Openness: %1.").arg(parts.level);
    if (!parts.license.isEmpty())
        openness += u" "_s + tr("License: %1.").arg(parts.license);
    if (release.unconfirmed)
        openness += u" "_s + tr("Not confirmed in every detail.");
    lines << openness;
    if (!release.sources.isEmpty()) {
        lines << tr("Sources:");
        for (const Source &source : release.sources) {
            lines << u"- %1%2 %3"_s.arg(source.title.isEmpty() ? QString() : source.title + u","_s,
                                        source.primary ? u" "_s + tr("(primary)") : QString(), source.url)
                         .simplified();
        }
    }
    lines << tr("Via Openness Timeline, dataset \u201C%1\u201D.").arg(parts.dataset);
    return lines.join(u'\n');
}

QString Citation::markdown(const Dataset &dataset, int releaseIndex)
{
    if (releaseIndex < 0 || releaseIndex >= dataset.releases().size())
        return {};
    const Release &release = dataset.releases().at(releaseIndex);
    const Parts parts = partsOf(dataset, release);
    QStringList lines;
    lines << tr("**%1, %2**: %3 (%4).")
                 .arg(mdEscape(parts.organization), mdEscape(parts.model), mdEscape(parts.title), mdEscape(parts.date));
    QString openness = tr("Openness: *%1*.").arg(mdEscape(parts.level));
    if (!parts.license.isEmpty()) {
        const QString license = isWeb(parts.licenseUrl) ? u"[%1](%2)"_s.arg(mdEscape(parts.license), parts.licenseUrl)
                                                        : mdEscape(parts.license);
        openness += u" "_s + tr("License: %1.").arg(license);
    }
    if (release.unconfirmed)
        openness += u" "_s + tr("Not confirmed in every detail.");
    lines << openness << QString();
    if (!release.sources.isEmpty()) {
        lines << tr("Sources:");
        for (const Source &source : release.sources) {
            const QString title = mdEscape(source.title.isEmpty() ? source.url : source.title);
            QString item = isWeb(source.url) ? u"- [%1](%2)"_s.arg(title, source.url) : u"- %1"_s.arg(title);
            if (source.primary)
                item += u" "_s + tr("(primary)");
            lines << item;
        }
        lines << QString();
    }
    lines << tr("Via Openness Timeline, dataset \u201C%1\u201D.").arg(mdEscape(parts.dataset));
    return lines.join(u'\n');
}

QMimeData *Citation::mimeData(const Dataset &dataset, int releaseIndex)
{
    auto *data = new QMimeData;
    data->setText(plainText(dataset, releaseIndex));
    data->setData(u"text/markdown"_s, markdown(dataset, releaseIndex).toUtf8());
    return data;
}

QString Citation::primarySourceUrl(const Release &release)
{
    for (const Source &source : release.sources) {
        if (source.primary && isWeb(source.url))
            return source.url;
    }
    for (const Source &source : release.sources) {
        if (isWeb(source.url))
            return source.url;
    }
    return {};
}
