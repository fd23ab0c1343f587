#ifndef RELEASEDOCUMENT_H
#define RELEASEDOCUMENT_H

#include "Dataset.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QUrl>

#include <optional>

// Writes the detail pane's explanation of one release event as Qt rich text (the HTML subset
// QTextBrowser renders): what happened, its openness level in plain words, the license term by
// term with the clauses quoted, the corporate stage at that date, the model's other events and the
// sources.
//
// Why a separate class: the text is the product (a reader checks it against the sources), so it
// is built by a pure function of the dataset and the palette that tests can read without a
// widget. Every string that comes from the dataset is escaped, so a dataset can never inject
// markup; only http and https URLs become links, and links between events use the internal
// "release:<id>" scheme that DetailPane turns into a signal.
class ReleaseDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDocument)

public:
    // How a license term's status reads to the user: a glyph and a word (so that nothing depends
    // on colour alone), and a tone that picks the colour.
    enum class Tone { Good, Partial, Bad, Unknown };
    struct StatusCue {
        QString glyph;
        QString label;
        Tone tone = Tone::Unknown;
    };

    // The palette gives the text, muted, border and quote colours, so the document is readable
    // on light and dark palettes alike; the level colours are the fixed LevelPalette ones.
    explicit ReleaseDocument(const Dataset &dataset, const QPalette &palette = QPalette());

    // Narrow: the license terms as a stacked list instead of a three-column table, for a pane
    // too narrow for the table (see DetailPane::isNarrow()).
    void setNarrow(bool narrow) { m_narrow = narrow; }
    bool isNarrow() const { return m_narrow; }

    // The whole explanation of dataset.releases().at(releaseIndex); the placeholder when the
    // index is out of range.
    QString html(int releaseIndex) const;
    QString placeholderHtml() const;

    // The cue for a term's status. Revocation reads the other way round: "allowed" means the
    // licensor may revoke the grant, which is bad news for the user.
    static StatusCue statusCue(LicenseTerm term, TermStatus status);
    // The colour of a tone (fixed, Okabe-Ito, like the level colours).
    static QColor toneColor(Tone tone);
    // Black or white, whichever contrasts more with background (WCAG contrast ratio).
    static QColor contrastingTextColor(const QColor &background);
    // WCAG 2 contrast ratio between two colours, 1 to 21.
    static double contrastRatio(const QColor &a, const QColor &b);

    // Whether a release meets the OSI Open Source AI Definition 1.0, which needs all three of
    // weights, complete code and data information, under OSI-approved terms. Derived from this
    // dataset (was the weights' license OSI-approved at this event?) and, where the model has
    // them, the Open Source AI Index's grades (training code, training data sources, licenses);
    // without them, from the level alone. missing names each component that falls short, in
    // words, for the sentence "Missing: …".
    struct OsaidVerdict {
        bool meets = false;
        QStringList missing;
        bool fromIndex = false; // the Index's grades were used
    };
    static OsaidVerdict osaidVerdict(const Release &release, const License *license, const OsaiAssessment *osai);

    // The hover text of one cell of the Index's strip: the parameter, its grade, the Index's notes
    // and evidence links, as escaped rich text; empty when the release's model has no such grade.
    QString osaiToolTip(int releaseIndex, const QString &parameterRef) const;
    // Links of the strip's cells ("osai:<parameter ref>"), which DetailPane answers with the
    // cell's hover text.
    static QString osaiLinkScheme() { return QStringLiteral("osai"); }
    static QUrl osaiGradeUrl(const QString &parameterRef);
    static std::optional<QString> osaiGradeFromUrl(const QUrl &url);
    // The cue of an Index grade, like a license term's: glyph, word and tone.
    static StatusCue gradeCue(OsaiClass grade);

    // The anchor name of the model's history section.
    static QString historyAnchor() { return QStringLiteral("history"); }

    // Internal links between events of one model.
    static QString releaseLinkScheme() { return QStringLiteral("release"); }
    static QUrl releaseUrl(const QString &releaseId);
    // The release id of a "release:<id>" URL, or nothing for any other URL.
    static std::optional<QString> releaseIdFromUrl(const QUrl &url);
    // True for a well-formed http or https URL with a host: the only URLs shown as links.
    static bool isWebUrl(const QUrl &url);

    // A date as precise as the data says: "17 March 2024", "March 2024" or "2024".
    static QString formatDate(QDate date, DatePrecision precision = DatePrecision::Day);
    // An event known only to lie in [first, last], each as precise as precision: "between 3 and
    // 9 March 2024". formatDate(first) when last is invalid or not after first.
    static QString formatDateRange(QDate first, QDate last, DatePrecision precision = DatePrecision::Day);
    // What kind of event a release is, in words ("Weights published").
    static QString kindName(const QString &kind);

private:
    static StatusCue notStatedCue();
    QString headingSection(const Release &release) const;
    QString levelSection(const Release &release) const;
    QString crosswalkSection(const Release &release) const;
    QString osaiStrip(const OsaiAssessment &osai) const;
    QStringList disagreements(const Release &release, const License *license, const EpochAssessment *epoch,
                              const OsaiAssessment *osai, const OsaidVerdict &verdict) const;
    QString licenseSection(const Release &release) const;
    QString licenseTermsTable(const License &license) const;
    QString noLicenseText(const Release &release) const;
    QString stageSection(const Release &release) const;
    QString historySection(int releaseIndex) const;
    QString sourcesSection(const Release &release) const;

    QString sectionHeading(const QString &text) const;
    QString sourceList(const QList<Source> &sources) const;
    QString link(const QString &url, const QString &escapedText) const;
    QString notAWebLink(const QString &url) const;
    QString levelBadge(OpennessLevel level) const;
    QString unconfirmedBadge() const;
    QString muted(const QString &escapedText) const;
    QString wrapPage(const QString &body) const;

    const Dataset &m_dataset;
    bool m_narrow = false;
    QColor m_textColor;
    QColor m_mutedColor;
    QColor m_linkColor;
    QColor m_borderColor;
    QColor m_quoteBackground;
    QColor m_headerBackground;
};

#endif // RELEASEDOCUMENT_H
