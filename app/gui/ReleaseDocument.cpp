#include "ReleaseDocument.h"

#include "EpochImport.h"
#include "LevelPalette.h"

#include <QLocale>
#include <QtMath>

using namespace Qt::Literals::StringLiterals;

namespace {

// Dataset text is always text: escaped, with its line breaks kept.
QString esc(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', u"<br>"_s);
    return escaped;
}

QString cssColor(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QColor mix(const QColor &a, const QColor &b, float weightOfB)
{
    const float wa = 1.0f - weightOfB;
    return QColor::fromRgbF(a.redF() * wa + b.redF() * weightOfB,
                            a.greenF() * wa + b.greenF() * weightOfB,
                            a.blueF() * wa + b.blueF() * weightOfB);
}

double relativeLuminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

// The level's marker shape as a glyph, matching LevelPalette::markerPath, so the badge carries
// the same second cue as the timeline marker.
QString levelGlyph(OpennessLevel level)
{
    switch (level) {
    case OpennessLevel::Closed:
        return u"\u25A0"_s; // square
    case OpennessLevel::Hosted:
        return u"\u25C6"_s; // diamond
    case OpennessLevel::WeightsNonCommercial:
        return u"\u25BC"_s; // triangle down
    case OpennessLevel::WeightsRestricted:
        return u"\u25B2"_s; // triangle up
    case OpennessLevel::OpenWeights:
        return u"\u25CF"_s; // circle
    case OpennessLevel::OpenSourceAi:
        return u"\u2605"_s; // star
    case OpennessLevel::Unknown:
        return u"\u271A"_s; // heavy plus
    }
    return {};
}

// A coloured chip: the colour is fixed, the text on it picks black or white for contrast.
QString chip(const QColor &background, const QString &escapedText)
{
    return u"<span style=\"background-color:%1; color:%2; font-weight:bold;\">&nbsp;%3&nbsp;</span>"_s
        .arg(cssColor(background), cssColor(ReleaseDocument::contrastingTextColor(background)),
             escapedText);
}

} // namespace

ReleaseDocument::ReleaseDocument(const Dataset &dataset, const QPalette &palette)
    : m_dataset(dataset)
    , m_textColor(palette.color(QPalette::Active, QPalette::Text))
    , m_borderColor(palette.color(QPalette::Active, QPalette::Mid))
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    // Muted text halfway-ish between text and base stays readable (contrast well above 4.5:1 on
    // the usual palettes) while reading as secondary.
    m_mutedColor = mix(m_textColor, base, 0.35f);
    m_quoteBackground = mix(base, m_textColor, 0.06f);
    m_headerBackground = mix(base, m_textColor, 0.12f);
    // Dark palettes often keep the default dark-blue link colour, which is unreadable on a dark
    // base: pull it toward the text colour until it reaches the WCAG 4.5:1 text contrast.
    const QColor link = palette.color(QPalette::Active, QPalette::Link);
    m_linkColor = link;
    for (int step = 1; step <= 10 && contrastRatio(m_linkColor, base) < 4.5; ++step)
        m_linkColor = mix(link, m_textColor, static_cast<float>(step) / 10.0f);
}

QString ReleaseDocument::html(int releaseIndex) const
{
    if (releaseIndex < 0 || releaseIndex >= m_dataset.releases().size())
        return placeholderHtml();
    const Release &release = m_dataset.releases().at(releaseIndex);
    QString body;
    body += headingSection(release);
    body += levelSection(release);
    body += crosswalkSection(release);
    body += licenseSection(release);
    body += stageSection(release);
    body += historySection(releaseIndex);
    body += sourcesSection(release);
    return wrapPage(body);
}

QString ReleaseDocument::placeholderHtml() const
{
    return wrapPage(u"<p style=\"color:%1;\">%2</p>"_s.arg(
        cssColor(m_mutedColor),
        tr("Select a release on the timeline or in the list. \u2190 \u2192 move between releases.")
            .toHtmlEscaped()));
}

ReleaseDocument::StatusCue ReleaseDocument::statusCue(LicenseTerm term, TermStatus status)
{
    if (term == LicenseTerm::Revocation) {
        switch (status) {
        case TermStatus::Allowed:
            return {u"\u2717"_s, tr("May revoke"), Tone::Bad};
        case TermStatus::Conditional:
            return {u"\u25D0"_s, tr("On breach only"), Tone::Partial};
        case TermStatus::Forbidden:
            return {u"\u2713"_s, tr("Cannot revoke"), Tone::Good};
        case TermStatus::NotStated:
            break;
        }
        return notStatedCue();
    }
    switch (status) {
    case TermStatus::Allowed:
        return {u"\u2713"_s, LicenseTerms::statusName(status), Tone::Good};
    case TermStatus::Conditional:
        return {u"\u25D0"_s, LicenseTerms::statusName(status), Tone::Partial};
    case TermStatus::Forbidden:
        return {u"\u2717"_s, LicenseTerms::statusName(status), Tone::Bad};
    case TermStatus::NotStated:
        break;
    }
    return notStatedCue();
}

ReleaseDocument::StatusCue ReleaseDocument::notStatedCue()
{
    // A fact about the text, not doubt about the data: the license has no clause on this, so
    // neither a question mark nor the word "unknown".
    return {u"\u2205"_s, tr("Not in the license"), Tone::Unknown};
}

QColor ReleaseDocument::toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Tone::Partial:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Tone::Bad:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case Tone::Unknown:
        break;
    }
    return QColor(0x99, 0x99, 0x99); // grey
}

QColor ReleaseDocument::contrastingTextColor(const QColor &background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

double ReleaseDocument::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QUrl ReleaseDocument::releaseUrl(const QString &releaseId)
{
    QUrl url;
    url.setScheme(releaseLinkScheme());
    url.setPath(releaseId);
    return url;
}

std::optional<QString> ReleaseDocument::releaseIdFromUrl(const QUrl &url)
{
    if (url.scheme() != releaseLinkScheme() || url.path().isEmpty())
        return std::nullopt;
    return url.path();
}

bool ReleaseDocument::isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"http"_s || scheme == u"https"_s)
        && !url.host().isEmpty();
}

QString ReleaseDocument::formatDate(QDate date, DatePrecision precision)
{
    if (!date.isValid())
        return tr("unknown date");
    const QLocale locale;
    switch (precision) {
    case DatePrecision::Year:
        return QString::number(date.year());
    case DatePrecision::Month:
        return locale.toString(date, tr("MMMM yyyy", "date format: a month"));
    case DatePrecision::Day:
        break;
    }
    return locale.toString(date, tr("d MMMM yyyy", "date format: a day"));
}

QString ReleaseDocument::formatDateRange(QDate first, QDate last, DatePrecision precision)
{
    if (!last.isValid() || last <= first || !first.isValid())
        return formatDate(first, precision);
    const QLocale locale;
    if (precision == DatePrecision::Year) {
        return tr("between %1 and %2", "a date range").arg(QString::number(first.year()), QString::number(last.year()));
    }
    if (precision == DatePrecision::Month) {
        if (first.year() == last.year() && first.month() == last.month())
            return formatDate(first, precision);
        return tr("between %1 and %2", "a date range")
            .arg(first.year() == last.year() ? locale.toString(first, tr("MMMM", "date format: a month in a range"))
                                             : formatDate(first, precision),
                 formatDate(last, precision));
    }
    // Say the shared month and year once: "between 3 and 9 March 2024".
    QString from;
    if (first.year() == last.year() && first.month() == last.month())
        from = locale.toString(first, tr("d", "date format: the first day of a range within one month"));
    else if (first.year() == last.year())
        from = locale.toString(first, tr("d MMMM", "date format: the first day of a range within one year"));
    else
        from = formatDate(first, precision);
    return tr("between %1 and %2", "a date range").arg(from, formatDate(last, precision));
}

QString ReleaseDocument::kindName(const QString &kind)
{
    if (kind == u"announcement"_s)
        return tr("Announcement");
    if (kind == u"launch"_s)
        return tr("Launch");
    if (kind == u"api"_s)
        return tr("API opened");
    if (kind == u"weights"_s)
        return tr("Weights published");
    if (kind == u"license-change"_s)
        return tr("License changed");
    if (kind == u"retirement"_s)
        return tr("Retired");
    return kind;
}

QString ReleaseDocument::headingSection(const Release &release) const
{
    const Model *model = m_dataset.modelOf(release);
    const Organization *organization = m_dataset.organizationOf(release);
    QString out;
    out += u"<h2>%1</h2>"_s.arg(esc(model ? model->name : release.modelId));
    if (model && !model->parameters.isEmpty())
        out += u"<p style=\"color:%1;\">%2</p>"_s.arg(cssColor(m_mutedColor), esc(model->parameters));
    out += u"<p><b>%1</b></p>"_s.arg(esc(release.title));
    QStringList facts;
    facts << esc(formatDateRange(release.date, release.dateLatest, release.precision));
    if (organization)
        facts << esc(organization->name);
    facts << esc(kindName(release.kind));
    out += u"<p>%1</p>"_s.arg(facts.join(u" \u00B7 "_s));
    if (release.unconfirmed) {
        const QString note = release.note.isEmpty()
            ? tr("The sources do not confirm this event in every detail.").toHtmlEscaped()
            : esc(release.note.toString());
        out += u"<p>%1 %2</p>"_s.arg(unconfirmedBadge(), note);
    } else if (!release.note.isEmpty()) {
        out += u"<p>%1</p>"_s.arg(esc(release.note.toString()));
    }
    if (!release.summary.isEmpty())
        out += u"<p>%1</p>"_s.arg(esc(release.summary.toString()));
    return out;
}

QString ReleaseDocument::levelSection(const Release &release) const
{
    const License *license = m_dataset.licenseOf(release);
    QString out = sectionHeading(tr("How open"));
    if (Openness::isOrdered(release.level)) {
        out += u"<p>%1 %2</p>"_s.arg(
            levelBadge(release.level),
            muted(tr("level %1 on a scale from 0 (closed) to %2 (open source AI)")
                      .arg(Openness::rank(release.level))
                      .arg(Openness::orderedLevelCount - 1)
                      .toHtmlEscaped()));
    } else {
        out += u"<p>%1 %2</p>"_s.arg(levelBadge(release.level),
                                     muted(tr("not on the scale from 0 (closed) to %1 (open source AI)")
                                               .arg(Openness::orderedLevelCount - 1)
                                               .toHtmlEscaped()));
    }
    // What the level means for the reader, said plainly. Derived from the level alone, so that
    // every model at a level gets the same reasoning (Grok-1 is simply one open-weights model).
    // The level's one-line definition (Openness::meaning) is not shown as well: this paragraph
    // says the same at more length.
    QString plain;
    switch (release.level) {
    case OpennessLevel::Closed:
        plain = tr("Nobody outside the maker can use it yet, and no weights were published.")
                    .toHtmlEscaped();
        break;
    case OpennessLevel::Hosted:
        plain = tr("No weights were published: you can only use it through the maker's app or "
                   "API, under its terms of service, which the maker can change or withdraw.")
                    .toHtmlEscaped();
        break;
    case OpennessLevel::WeightsNonCommercial:
        plain = tr("Not open source: the weights can be downloaded, but the license forbids "
                   "commercial use. An open-source license must let anyone use the work for any "
                   "purpose.")
                    .toHtmlEscaped();
        break;
    case OpennessLevel::WeightsRestricted:
        plain = tr("Not open source, even where it is called \u201Copen\u201D: the weights can be "
                   "downloaded and used commercially, but the custom license attaches strings "
                   "(see the terms below). That is source-available (\u201Cweights available\u201D), "
                   "not an open-source license, and not Open Source AI under the OSI Open Source AI "
                   "Definition.")
                    .toHtmlEscaped();
        break;
    case OpennessLevel::OpenWeights: {
        const QString licenseName = license ? esc(license->name)
                                            : tr("an OSI-approved license").toHtmlEscaped();
        plain = tr("Open source as a license, but not Open Source AI. The weights are under %1, "
                   "an open-source license: you may use, study, modify and share them for any "
                   "purpose. But the OSI Open Source AI Definition 1.0 also requires the complete "
                   "training code and enough information about the training data for a skilled "
                   "person to build a substantially equivalent system. This release does not "
                   "include them, so it is not Open Source AI.")
                    .toHtmlEscaped()
                    .arg(licenseName);
        break;
    }
    case OpennessLevel::OpenSourceAi:
        plain = tr("Open Source AI under the OSI Open Source AI Definition 1.0: the weights, the "
                   "complete training code and the information about the training data are all "
                   "published under open terms, so anyone can use, study, modify, share and rebuild "
                   "it.")
                    .toHtmlEscaped();
        break;
    case OpennessLevel::Unknown:
        plain = tr("The catalogue this event comes from does not say whether, or how, the model "
                   "was made available, so no level is claimed for it: it is neither counted as "
                   "open nor as closed. Check the sources before relying on it.")
                    .toHtmlEscaped();
        break;
    }
    // Why this release has its level (the level note) is said once, in the crosswalk below,
    // beside what the other frameworks say.
    out += u"<p><b>%1</b> %2</p>"_s.arg(tr("What this means:").toHtmlEscaped(), plain);
    return out;
}

ReleaseDocument::StatusCue ReleaseDocument::gradeCue(OsaiClass grade)
{
    switch (grade) {
    case OsaiClass::Open:
        return {u"\u2713"_s, OsaiAssessment::className(grade), Tone::Good};
    case OsaiClass::Partial:
        return {u"\u25D0"_s, OsaiAssessment::className(grade), Tone::Partial};
    case OsaiClass::Closed:
        break;
    }
    return {u"\u2717"_s, OsaiAssessment::className(grade), Tone::Bad};
}

QUrl ReleaseDocument::osaiGradeUrl(const QString &parameterRef)
{
    QUrl url;
    url.setScheme(osaiLinkScheme());
    url.setPath(parameterRef);
    return url;
}

std::optional<QString> ReleaseDocument::osaiGradeFromUrl(const QUrl &url)
{
    if (url.scheme() != osaiLinkScheme() || OsaiAssessment::parameterIndex(url.path()) < 0)
        return std::nullopt;
    return url.path();
}

ReleaseDocument::OsaidVerdict ReleaseDocument::osaidVerdict(const Release &release, const License *license,
                                                            const OsaiAssessment *osai)
{
    OsaidVerdict verdict;
    // Parameters: the weights, published at this event under OSI-approved terms. This is the
    // dataset's own record, tied to the date; the Index grades the model as it is now.
    const bool weightsPublished = Openness::rank(release.level) >= Openness::rank(OpennessLevel::WeightsNonCommercial);
    if (!weightsPublished)
        verdict.missing.append(tr("the weights (not published at this event)"));
    else if (!license || !license->osiApproved)
        verdict.missing.append(tr("the weights under OSI-approved terms (%1 is not OSI-approved)")
                                   .arg(license ? license->name : tr("no license is recorded, which")));

    if (osai && osai->grades.size() == OsaiAssessment::parameterCount) {
        verdict.fromIndex = true;
        auto grade = [&](const char *ref) {
            return osai->grade(OsaiAssessment::parameterIndex(std::string_view(ref))).grade;
        };
        auto graded = [](OsaiClass value) { return OsaiAssessment::className(value).toLower(); };
        // Code: the complete training code; the Index's "partial" means some of it.
        if (grade("trainingcode") != OsaiClass::Open)
            verdict.missing.append(tr("the complete training code (the Index grades it %1)").arg(graded(grade("trainingcode"))));
        // Data information: a listing and description of all training data, which the Index's
        // two data-source parameters grade; "partial" means only some sources are disclosed.
        const OsaiClass base = grade("datasources_basemodel");
        const OsaiClass end = grade("datasources_endmodel");
        if (base != OsaiClass::Open || end != OsaiClass::Open) {
            verdict.missing.append(base == end
                                       ? tr("information on all the training data (the Index grades the data sources %1)")
                                             .arg(graded(base))
                                       : tr("information on all the training data (the Index grades the base model's "
                                            "data sources %1, the end model's %2)")
                                             .arg(graded(base), graded(end)));
        }
        // OSI-approved terms for code and data information too, which the Index's licenses
        // parameter asks about the whole project.
        if (grade("licenses") != OsaiClass::Open)
            verdict.missing.append(tr("OSI-approved terms for all of it (the Index grades the licenses %1)")
                                       .arg(graded(grade("licenses"))));
    } else if (release.level != OpennessLevel::OpenSourceAi) {
        // Without the Index, the level is the only record: anything below open source AI lacks
        // the training code and data information as far as this dataset knows.
        verdict.missing.append(tr("the training code and data information (not recorded as published)"));
    }
    verdict.meets = verdict.missing.isEmpty();
    return verdict;
}

QString ReleaseDocument::osaiStrip(const OsaiAssessment &osai) const
{
    // One row of small coloured cells, one per parameter, grouped under the Index's three
    // categories; each cell is a link ("osai:<ref>") so DetailPane can show its hover text, which
    // a QTextDocument cannot (it ignores title attributes).
    QString header;
    QString cells;
    QString category;
    int span = 0;
    auto closeCategory = [&]() {
        if (span > 0)
            header += u"<td colspan=\"%1\" style=\"color:%2; font-size:small;\">%3</td>"_s.arg(
                QString::number(span), cssColor(m_mutedColor), category.toHtmlEscaped());
        span = 0;
    };
    for (int i = 0; i < OsaiAssessment::parameterCount && i < osai.grades.size(); ++i) {
        if (OsaiAssessment::categoryName(i) != category) {
            closeCategory();
            category = OsaiAssessment::categoryName(i);
        }
        ++span;
        const StatusCue cue = gradeCue(osai.grade(i).grade);
        const QColor background = toneColor(cue.tone);
        // The glyph carries the cell's colour as its own background too, so that its contrast
        // holds wherever the text is drawn.
        cells += u"<td bgcolor=\"%1\" align=\"center\"><a href=\"%2\" style=\"color:%3; "
                 "background-color:%1; text-decoration:none; font-weight:bold;\">&nbsp;%4&nbsp;</a></td>"_s.arg(
                     cssColor(background),
                     osaiGradeUrl(OsaiAssessment::parameterRef(i)).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                     cssColor(contrastingTextColor(background)), cue.glyph.toHtmlEscaped());
    }
    closeCategory();
    return u"<table cellspacing=\"2\" cellpadding=\"3\"><tr>%1</tr><tr>%2</tr></table>"_s.arg(header, cells);
}

QString ReleaseDocument::osaiToolTip(int releaseIndex, const QString &parameterRef) const
{
    if (releaseIndex < 0 || releaseIndex >= m_dataset.releases().size())
        return {};
    const Model *model = m_dataset.modelOf(m_dataset.releases().at(releaseIndex));
    const int index = OsaiAssessment::parameterIndex(parameterRef);
    if (!model || !model->osai || index < 0 || index >= model->osai->grades.size())
        return {};
    const OsaiGrade &grade = model->osai->grade(index);
    const StatusCue cue = gradeCue(grade.grade);
    QString text = u"<p><b>%1</b> (%2): %3 %4</p>"_s.arg(
        OsaiAssessment::parameterName(index).toHtmlEscaped(), OsaiAssessment::categoryName(index).toHtmlEscaped(),
        cue.glyph.toHtmlEscaped(), cue.label.toHtmlEscaped());
    text += u"<p><i>%1</i></p>"_s.arg(OsaiAssessment::parameterQuestion(index).toHtmlEscaped());
    text += u"<p>%1</p>"_s.arg(grade.notes.isEmpty() ? tr("The Index gives no notes.").toHtmlEscaped()
                                                      : esc(grade.notes));
    if (grade.links.isEmpty()) {
        text += u"<p>%1</p>"_s.arg(tr("No evidence link.").toHtmlEscaped());
    } else {
        QStringList links;
        for (const QString &link : grade.links)
            links.append(esc(link));
        text += u"<p>%1<br>%2</p>"_s.arg(tr("Evidence:").toHtmlEscaped(), links.join(u"<br>"_s));
    }
    text += u"<p>%1</p>"_s.arg(tr("European Open Source AI Index, %1").arg(model->osai->file).toHtmlEscaped());
    return text;
}

QStringList ReleaseDocument::disagreements(const Release &release, const License *license,
                                           const EpochAssessment *epoch, const OsaiAssessment *osai,
                                           const OsaidVerdict &verdict) const
{
    QStringList sentences;
    const QString level = Openness::name(release.level);
    if (epoch) {
        const std::optional<EpochImport::Mapping> mapping = EpochImport::mappingFor(epoch->accessibility);
        if (mapping && mapping->level != OpennessLevel::Unknown && mapping->level != release.level) {
            sentences.append(tr("Epoch AI's value, \u201c%1\u201d, is %2 on this timeline's scale; this event left the "
                                "model at %3. Epoch gives one value a model, this timeline one a dated event.")
                                 .arg(epoch->accessibility, Openness::name(mapping->level), level));
        }
    }
    if (osai && osai->grades.size() == OsaiAssessment::parameterCount) {
        auto grade = [&](const char *ref) {
            return osai->grade(OsaiAssessment::parameterIndex(std::string_view(ref))).grade;
        };
        const OsaiClass licenses = grade("licenses");
        const OsaiClass weights = grade("weights_endmodel");
        const int rank = Openness::rank(release.level);
        if (license && license->osiApproved && licenses != OsaiClass::Open) {
            sentences.append(tr("This timeline counts the weights' license, %1, as open (it is OSI-approved), but the "
                                "Index grades the licenses %2: it asks that the training data and code be under open "
                                "licenses too.")
                                 .arg(license->name, OsaiAssessment::className(licenses).toLower()));
        }
        if (license && !license->osiApproved && licenses == OsaiClass::Open) {
            sentences.append(tr("The Index grades the licenses open, but this timeline records %1, which is not "
                                "OSI-approved.")
                                 .arg(license->name));
        }
        if (rank < Openness::rank(OpennessLevel::WeightsNonCommercial) && weights != OsaiClass::Closed) {
            sentences.append(tr("At this event no weights were published (%1), while the Index grades the end "
                                "model's weights %2: it grades the model as it is now, by its latest version.")
                                 .arg(level, OsaiAssessment::className(weights).toLower()));
        } else if (rank >= Openness::rank(OpennessLevel::WeightsNonCommercial)
                   && rank < Openness::rank(OpennessLevel::OpenWeights) && weights == OsaiClass::Open) {
            sentences.append(tr("The Index grades the end model's weights open because anyone can download them; "
                                "this timeline's level, %1, also weighs what the license forbids.")
                                 .arg(level));
        } else if (rank >= Openness::rank(OpennessLevel::OpenWeights) && weights != OsaiClass::Open) {
            sentences.append(tr("This timeline's level, %1, says the weights are openly licensed, but the Index "
                                "grades the end model's weights %2.")
                                 .arg(level, OsaiAssessment::className(weights).toLower()));
        }
        if (release.level == OpennessLevel::OpenSourceAi && !verdict.meets) {
            sentences.append(tr("This timeline rates it open source AI, but by the Index's grades it does not meet "
                                "the OSI definition."));
        } else if (release.level != OpennessLevel::OpenSourceAi && verdict.meets) {
            sentences.append(tr("By the Index's grades it meets the OSI definition, while this timeline's level is "
                                "%1.")
                                 .arg(level));
        }
    }
    return sentences;
}

QString ReleaseDocument::crosswalkSection(const Release &release) const
{
    const Model *model = m_dataset.modelOf(release);
    const License *license = m_dataset.licenseOf(release);
    const OsaiAssessment *osai = model && model->osai ? &*model->osai : nullptr;
    QString out = sectionHeading(tr("Across frameworks"));

    QList<std::pair<QString, QString>> rows; // the framework, and what it says (escaped rich text)

    // This timeline: the level, and why: the release's own reason where the dataset gives one,
    // else the license in plain words (named, since the license section comes only below), else
    // that no weights were out.
    QString why;
    if (!release.levelNote.isEmpty()) {
        why = u"<b>%1</b> %2"_s.arg(tr("Why this level:").toHtmlEscaped(), esc(release.levelNote.toString()));
    } else if (license) {
        why = u"<b>%1</b> %2"_s.arg(
            esc(tr("%1 (%2):").arg(license->name, license->osiApproved ? tr("OSI-approved") : tr("not OSI-approved"))),
            esc(license->summary));
    } else if (Openness::rank(release.level) >= Openness::rank(OpennessLevel::WeightsNonCommercial)) {
        why = tr("The dataset records no license for these weights.").toHtmlEscaped();
    } else {
        why = tr("No weights were published at this event.").toHtmlEscaped();
    }
    rows.append({tr("This timeline"), levelBadge(release.level) + u"<br>"_s + why});

    // Epoch AI's "Model accessibility", verbatim, with the entry it was read from.
    QString epoch;
    if (model && model->epoch) {
        const EpochAssessment &assessment = *model->epoch;
        epoch = assessment.accessibility.isEmpty()
            ? muted(tr("Epoch AI gives no accessibility value.").toHtmlEscaped())
            : u"<b>%1</b>"_s.arg(esc(assessment.accessibility));
        epoch += u"<br>%1 %2"_s.arg(tr("Entry:").toHtmlEscaped(),
                                     link(assessment.source.url, esc(assessment.model)));
    } else {
        epoch = muted(tr("No entry of Epoch AI's catalogue is attached to this model.").toHtmlEscaped());
    }
    rows.append({tr("Epoch AI (Notable AI Models)"), epoch});

    // The Open Source AI Index: the strip, the counts, the entry and the credit.
    QString index;
    if (osai && osai->grades.size() == OsaiAssessment::parameterCount) {
        index += osaiStrip(*osai);
        index += u"<p>%1 %2</p>"_s.arg(
            tr("%1 open, %2 partial, %3 closed, of %4 parameters.")
                .arg(QString::number(osai->count(OsaiClass::Open)), QString::number(osai->count(OsaiClass::Partial)),
                     QString::number(osai->count(OsaiClass::Closed)), QString::number(OsaiAssessment::parameterCount))
                .toHtmlEscaped(),
            muted(tr("Point at a cell (or click it) for the parameter, the Index's notes and its evidence.").toHtmlEscaped()));
        const QString title = esc(osai->source.title.isEmpty() ? osai->entry : osai->source.title);
        index += u"<p>%1 %2 %3</p>"_s.arg(tr("Entry:").toHtmlEscaped(), link(osai->source.url, title),
                                           muted(esc(u"(%1)"_s.arg(osai->file))));
        index += u"<p>%1</p>"_s.arg(muted(
            tr("Grades: %1, CC-BY 4.0; Liesenfeld & Dingemanse (2024), \u201CRethinking open source generative AI: "
               "open-washing and the EU AI Act\u201D, FAccT 2024.")
                .toHtmlEscaped()
                .arg(link(u"https://osai-index.eu/"_s, tr("European Open Source AI Index").toHtmlEscaped()))));
    } else {
        index = muted(tr("Not graded by the European Open Source AI Index.").toHtmlEscaped());
    }
    rows.append({tr("Open Source AI Index"), index});

    // The OSI Open Source AI Definition 1.0.
    const OsaidVerdict verdict = osaidVerdict(release, license, osai);
    QString osaid = verdict.meets
        ? u"%1&nbsp;<b>%2</b>"_s.arg(chip(toneColor(Tone::Good), u"\u2713"_s), tr("Meets it.").toHtmlEscaped())
        : u"%1&nbsp;<b>%2</b>"_s.arg(chip(toneColor(Tone::Bad), u"\u2717"_s), tr("Does not meet it.").toHtmlEscaped());
    if (!verdict.meets) {
        QStringList missing;
        for (const QString &component : verdict.missing)
            missing.append(esc(component));
        osaid += u" %1 %2."_s.arg(tr("Missing:").toHtmlEscaped(), missing.join(u"; "_s));
    }
    osaid += u"<br>"_s
        + muted((verdict.fromIndex
                     ? tr("It needs the weights, the complete code and information on all the training data, under "
                          "OSI-approved terms. Judged from this release's license and the Index's grades.")
                     : tr("It needs the weights, the complete code and information on all the training data, under "
                          "OSI-approved terms. Judged from this timeline's level and license alone."))
                    .toHtmlEscaped());
    rows.append({tr("OSI Open Source AI Definition 1.0"), osaid});

    out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" "
           "style=\"border-collapse:collapse; border-style:solid; border-color:%1;\">"_s.arg(cssColor(m_borderColor));
    // One framework a row, its name above what it says: a name column beside the strip would be
    // squeezed until its words break at any pane width a reader keeps.
    for (const auto &[framework, says] : rows) {
        out += u"<tr><td valign=\"top\"><p style=\"margin-bottom:4px;\"><b>%1</b></p>%2</td></tr>"_s.arg(
            framework.toHtmlEscaped(), says);
    }
    out += u"</table>"_s;

    const QStringList disagree = disagreements(release, license, model && model->epoch ? &*model->epoch : nullptr,
                                               osai, verdict);
    if (!disagree.isEmpty()) {
        out += u"<p><b>%1</b></p><ul>"_s.arg(tr("Where they disagree:").toHtmlEscaped());
        for (const QString &sentence : disagree)
            out += u"<li>%1</li>"_s.arg(esc(sentence));
        out += u"</ul>"_s;
    }
    return out;
}

QString ReleaseDocument::licenseSection(const Release &release) const
{
    QString out = sectionHeading(tr("License"));
    const License *license = m_dataset.licenseOf(release);
    if (!license) {
        out += u"<p>%1</p>"_s.arg(noLicenseText(release));
        return out;
    }

    QString title = u"<b>%1</b>"_s.arg(esc(license->name));
    if (license->unconfirmed)
        title += u" "_s + unconfirmedBadge();
    out += u"<p>%1</p>"_s.arg(title);

    // Label/value rows: a real table so the values line up.
    QList<std::pair<QString, QString>> rows;
    rows.append({tr("SPDX id"), license->spdx.isEmpty() ? tr("no SPDX id").toHtmlEscaped()
                                                        : esc(license->spdx)});
    rows.append({tr("OSI approved"),
                 (license->osiApproved ? tr("yes") : tr("no")).toHtmlEscaped()});
    if (!license->version.isEmpty())
        rows.append({tr("Version"), esc(license->version)});
    rows.append({tr("Text"), link(license->url, tr("the license text").toHtmlEscaped())});
    if (!license->supersedes.isEmpty()) {
        const License *previous = m_dataset.license(license->supersedes);
        QString value;
        if (previous) {
            QString name = esc(previous->name);
            if (!previous->version.isEmpty())
                name += u" ("_s + esc(previous->version) + u")"_s;
            value = link(previous->url, name);
        } else {
            value = esc(license->supersedes);
        }
        rows.append({tr("Supersedes"), value});
    }
    out += u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    for (const auto &[label, value] : rows)
        out += u"<tr><td style=\"color:%1; padding-right:12px;\">%2</td><td>%3</td></tr>"_s.arg(
            cssColor(m_mutedColor), label.toHtmlEscaped(), value);
    out += u"</table>"_s;

    if (!license->summary.isEmpty())
        out += u"<p>%1</p>"_s.arg(esc(license->summary));
    if (!license->note.isEmpty())
        out += u"<p>%1</p>"_s.arg(muted(esc(license->note)));
    out += licenseTermsTable(*license);
    if (!license->sources.isEmpty())
        out += u"<p>%1</p>%2"_s.arg(muted(tr("About this license:").toHtmlEscaped()),
                                     sourceList(license->sources));
    return out;
}

QString ReleaseDocument::licenseTermsTable(const License &license) const
{
    // Wide: a three-column table (question, answer, plain words with the clause). Narrow: the
    // same cells stacked in one column, because three columns below about 75 characters break
    // words in the middle ("Modifi cation").
    QString out = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" "
                  "style=\"border-collapse:collapse; border-style:solid; border-color:%1;\">"_s
                      .arg(cssColor(m_borderColor));
    if (!m_narrow) {
        out += u"<tr bgcolor=\"%1\"><th align=\"left\" width=\"24%\">%2</th>"
               "<th align=\"left\" width=\"18%\">%3</th><th align=\"left\">%4</th></tr>"_s.arg(
                   cssColor(m_headerBackground), tr("Question").toHtmlEscaped(), tr("Answer").toHtmlEscaped(),
                   tr("In plain words, and the clause").toHtmlEscaped());
    }
    for (const LicenseTerm term : LicenseTerms::all()) {
        const TermRuling &ruling = license.term(term);
        const StatusCue cue = statusCue(term, ruling.status);
        QString status = u"%1&nbsp;%2"_s.arg(chip(toneColor(cue.tone), cue.glyph.toHtmlEscaped()),
                                              cue.label.toHtmlEscaped());
        if (ruling.unconfirmed)
            status += (m_narrow ? u" "_s : u"<br>"_s) + unconfirmedBadge();

        QString detail;
        if (!ruling.summary.isEmpty())
            detail = esc(ruling.summary);
        else if (ruling.status == TermStatus::NotStated)
            detail = tr("The license says nothing about this.").toHtmlEscaped();
        if (!ruling.quote.isEmpty() || !ruling.sourceUrl.isEmpty()) {
            QString clause;
            if (!ruling.quote.isEmpty())
                clause = u"<i>\u201C%1\u201D</i>"_s.arg(esc(ruling.quote));
            if (!ruling.sourceUrl.isEmpty()) {
                clause += (clause.isEmpty() ? QString() : u" \u2014 "_s)
                    + link(ruling.sourceUrl, tr("clause source").toHtmlEscaped());
            }
            detail += u"<p style=\"margin-left:12px; margin-top:4px; background-color:%1;\">%2</p>"_s
                          .arg(cssColor(m_quoteBackground), clause);
        }
        const QString question = LicenseTerms::question(term).toHtmlEscaped();
        if (m_narrow) {
            out += u"<tr><td valign=\"top\"><p style=\"margin-bottom:4px;\"><b>%1</b></p>"
                   "<p style=\"margin-bottom:4px;\">%2</p>%3</td></tr>"_s.arg(question, status, detail);
        } else {
            out += u"<tr><td valign=\"top\"><b>%1</b></td><td valign=\"top\">%2</td>"
                   "<td valign=\"top\">%3</td></tr>"_s.arg(question, status, detail);
        }
    }
    out += u"</table>"_s;
    return out;
}

QString ReleaseDocument::noLicenseText(const Release &release) const
{
    switch (release.level) {
    case OpennessLevel::Closed:
        return tr("No license applies: the model is not generally available and no weights were "
                  "published.")
            .toHtmlEscaped();
    case OpennessLevel::Hosted:
        return tr("No license applies because no weights were published: you can only use it "
                  "through the maker's app or API, under its terms of service.")
            .toHtmlEscaped();
    case OpennessLevel::WeightsNonCommercial:
    case OpennessLevel::WeightsRestricted:
    case OpennessLevel::OpenWeights:
    case OpennessLevel::OpenSourceAi:
        break;
    case OpennessLevel::Unknown:
        return tr("No license is recorded: the catalogue this event comes from does not say how the "
                  "model was made available.")
            .toHtmlEscaped();
    }
    return tr("The dataset records no license for this release, although weights were published: "
              "check the sources before relying on it.")
        .toHtmlEscaped();
}

QString ReleaseDocument::stageSection(const Release &release) const
{
    QString out = sectionHeading(tr("Corporate stage at the time"));
    const Organization *organization = m_dataset.organizationOf(release);
    if (!organization) {
        out += u"<p>%1</p>"_s.arg(tr("The organization of this model is not in the dataset.")
                                      .toHtmlEscaped());
        return out;
    }
    const CorporateStage *stage = m_dataset.stageAt(organization->id, release.date);
    if (!stage) {
        out += u"<p>%1</p>"_s.arg(
            tr("No corporate stage of %1 is recorded for this date.").toHtmlEscaped().arg(
                esc(organization->name)));
    } else {
        // A stage's end is exclusive (the first day it no longer holds): show its last day,
        // month or year, as precise as the data.
        QDate last = stage->end;
        switch (stage->precision) {
        case DatePrecision::Day:
            last = stage->end.addDays(-1);
            break;
        case DatePrecision::Month:
            last = stage->end.addMonths(-1);
            break;
        case DatePrecision::Year:
            last = stage->end.addYears(-1);
            break;
        }
        const QString period = stage->end.isValid()
            ? tr("%1 to %2").arg(formatDate(stage->start, stage->precision), formatDate(last, stage->precision))
            : tr("since %1").arg(formatDate(stage->start, stage->precision));
        QString title = u"<b>%1</b> %2"_s.arg(esc(stage->name), muted(esc(period)));
        if (stage->unconfirmed)
            title += u" "_s + unconfirmedBadge();
        out += u"<p>%1</p>"_s.arg(title);
        auto labelled = [](const QString &label, const QString &escapedValue) {
            return u"<p><b>%1</b> %2</p>"_s.arg(label.toHtmlEscaped(), escapedValue);
        };
        out += labelled(tr("What the business was doing:"), esc(stage->business));
        out += labelled(tr("Why it bore on openness:"), esc(stage->openness));
        out += labelled(tr("Pressure:"), Pressure::name(stage->pressure).toHtmlEscaped());
        if (!stage->note.isEmpty())
            out += u"<p>%1</p>"_s.arg(muted(esc(stage->note)));
        if (!stage->sources.isEmpty())
            out += u"<p>%1</p>%2"_s.arg(muted(tr("About this stage:").toHtmlEscaped()),
                                         sourceList(stage->sources));
    }

    // Corporate events near the release: a funding round or an acquisition in the months around
    // a release is often the context that explains it. Six months either way is wide enough to
    // catch the deal a release was timed around and narrow enough to stay relevant.
    const QDate from = release.date.addMonths(-6);
    const QDate to = release.date.addMonths(6);
    QString items;
    for (const CorporateEvent &event : organization->events) {
        if (event.date < from || event.date > to)
            continue;
        QString item = u"%1 \u2014 %2"_s.arg(esc(formatDate(event.date, event.precision)), esc(event.title));
        if (event.unconfirmed)
            item += u" "_s + unconfirmedBadge();
        items += u"<li>%1</li>"_s.arg(item);
    }
    out += u"<p><b>%1</b></p>"_s.arg(
        tr("Corporate events of %1 within six months:").toHtmlEscaped().arg(esc(organization->name)));
    if (items.isEmpty())
        out += u"<p>%1</p>"_s.arg(muted(tr("none recorded").toHtmlEscaped()));
    else
        out += u"<ul>%1</ul>"_s.arg(items);
    return out;
}

QString ReleaseDocument::historySection(int releaseIndex) const
{
    const Release &release = m_dataset.releases().at(releaseIndex);
    const Model *model = m_dataset.modelOf(release);
    const QString modelName = model ? model->name : release.modelId;
    QString out = u"<a name=\"%1\"></a>"_s.arg(historyAnchor()) + sectionHeading(tr("History of %1").arg(modelName));
    QString items;
    for (const int index : m_dataset.modelHistory(release.modelId)) {
        const Release &event = m_dataset.releases().at(index);
        const QString when = esc(formatDateRange(event.date, event.dateLatest, event.precision));
        const QString level = chip(LevelPalette::color(event.level),
                                   u"%1 %2"_s.arg(levelGlyph(event.level),
                                                  Openness::shortName(event.level).toHtmlEscaped()));
        QString title;
        if (index == releaseIndex) {
            title = u"<b>%1</b> %2"_s.arg(esc(event.title), muted(tr("(shown)").toHtmlEscaped()));
        } else {
            title = u"<a href=\"%1\" style=\"color:%2;\">%3</a>"_s.arg(
                releaseUrl(event.id).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                cssColor(m_linkColor), esc(event.title));
        }
        items += u"<li>%1 %2 %3</li>"_s.arg(index == releaseIndex ? u"<b>%1</b>"_s.arg(when) : when,
                                            level, title);
    }
    out += u"<ul>%1</ul>"_s.arg(items);
    return out;
}

QString ReleaseDocument::sourcesSection(const Release &release) const
{
    QString out = sectionHeading(tr("Sources"));
    if (release.sources.isEmpty())
        out += u"<p>%1</p>"_s.arg(muted(tr("No source recorded.").toHtmlEscaped()));
    else
        out += sourceList(release.sources);
    return out;
}

QString ReleaseDocument::sectionHeading(const QString &text) const
{
    return u"<h3>%1</h3>"_s.arg(text.toHtmlEscaped());
}

QString ReleaseDocument::sourceList(const QList<Source> &sources) const
{
    QString items;
    for (const Source &source : sources) {
        const QString title = esc(source.title.isEmpty() ? source.url : source.title);
        const bool web = isWebUrl(QUrl(source.url, QUrl::TolerantMode));
        QString item = web ? link(source.url, title) : title;
        item += u" "_s
            + muted((source.primary ? tr("(primary)") : tr("(secondary)")).toHtmlEscaped());
        if (source.accessed.isValid())
            item += u" "_s
                + muted(tr("accessed %1").arg(formatDate(source.accessed)).toHtmlEscaped());
        if (!web)
            item += u" "_s + notAWebLink(source.url);
        items += u"<li>%1</li>"_s.arg(item);
    }
    return u"<ul>%1</ul>"_s.arg(items);
}

QString ReleaseDocument::link(const QString &url, const QString &escapedText) const
{
    // Tolerant parsing percent-encodes stray characters (a quote, a space), so the href can
    // never break out of its attribute.
    const QUrl parsed(url, QUrl::TolerantMode);
    if (isWebUrl(parsed)) {
        // The colour is explicit because the rich-text parser would otherwise take the
        // application's link colour, not this widget's palette.
        return u"<a href=\"%1\" style=\"color:%2;\">%3</a>"_s.arg(
            parsed.toString(QUrl::FullyEncoded).toHtmlEscaped(), cssColor(m_linkColor),
            escapedText);
    }
    // Anything that is not http or https stays plain text: the reader sees where it points but
    // cannot be sent there by a click.
    if (url.isEmpty())
        return escapedText;
    return u"%1 %2"_s.arg(escapedText, notAWebLink(url));
}

QString ReleaseDocument::notAWebLink(const QString &url) const
{
    return muted(esc(tr("(not a web link: %1)").arg(url)));
}

QString ReleaseDocument::levelBadge(OpennessLevel level) const
{
    return chip(LevelPalette::color(level),
                u"%1 %2"_s.arg(levelGlyph(level), Openness::name(level).toHtmlEscaped()));
}

QString ReleaseDocument::unconfirmedBadge() const
{
    // Okabe-Ito yellow: stands out on light and dark backgrounds, with black text on it.
    return chip(QColor(0xF0, 0xE4, 0x42), u"\u26A0 %1"_s.arg(tr("Unconfirmed").toHtmlEscaped()));
}

QString ReleaseDocument::muted(const QString &escapedText) const
{
    return u"<span style=\"color:%1;\">%2</span>"_s.arg(cssColor(m_mutedColor), escapedText);
}

QString ReleaseDocument::wrapPage(const QString &body) const
{
    return u"<html><body>%1</body></html>"_s.arg(body);
}
