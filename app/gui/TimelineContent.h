#ifndef TIMELINECONTENT_H
#define TIMELINECONTENT_H

#include "LaneArrangement.h"
#include "Organization.h"
#include "TimelineLayout.h"

#include <QDate>
#include <QFont>
#include <QHash>
#include <QModelIndex>
#include <QPointer>

#include <array>
#include <vector>

class QAbstractItemModel;

// What the timeline shows, read from an item model through ReleaseModel's roles (column 0): one
// event per row, one lane per organization that has a row, in the dataset's organization order,
// with the organization's name and corporate stages. The timeline view and the exporter both
// read their model through this class, so the screen and the exported image show the same thing.
//
// Reading is split in two so that filtering stays cheap at 100,000 rows. What each row of the
// underlying source model says (date, level, lane, kind, label width) is read once per reset of
// that model and kept by source row; a change of the rows shown (a filter change) only maps the
// model's rows to source rows. Label widths are the sum of cached character advances: a cheap
// upper bound for packing (the painter elides with the real metrics).
class TimelineContent
{
public:
    enum class Kind : quint8 { Other, Announcement, Launch, Api, Weights, LicenseChange, Retirement };

    struct Lane {
        int rank = -1; // the organization's place in the dataset
        QString organizationId;
        QString name;
        QList<CorporateStage> stages;
        int totalEvents = 0; // in the whole source model
        double firstDay = 0; // of its first event in the source model
    };

    // A lane as drawn, after arrange(): an organization's, or Others. Its name is the header's.
    struct ShownLane {
        LaneArrangement::Lane arrangement; // organizations are indexes into lanes()
        QString name;
        int eventCount = 0; // events shown in it (for Others, in all its organizations)
        bool isOthers() const { return arrangement.kind == LaneArrangement::Lane::Kind::Others; }
    };

    void setModel(const QAbstractItemModel *model);
    const QAbstractItemModel *model() const { return m_model; }
    void setFont(const QFont &font);

    // The source model was reset (or the font changed): everything is read again.
    void invalidateSource();
    // The rows shown changed (filtering, insertion, removal).
    void invalidateRows() { m_rowsDirty = true; }
    bool isDirty() const { return m_sourceDirty || m_rowsDirty; }
    // Brings the content up to date and, when it changed, gives layout its events (event i is
    // row i of the model). Returns whether anything changed.
    bool update(TimelineLayout &layout);

    int eventCount() const { return static_cast<int>(m_rows.size()); }
    // The organizations with events shown, in the dataset's order: the layout's source lanes.
    const std::vector<Lane> &lanes() const { return m_lanes; }
    // Orders, groups and collapses the lanes by options (LaneArrangement) and gives layout the
    // result. Call after update() has changed the events, or when the options change.
    void arrange(TimelineLayout &layout, const LaneArrangement::Options &options);
    const std::vector<ShownLane> &shownLanes() const { return m_shownLanes; }
    // The corporate stages drawn behind a shown lane (none for Others).
    QList<CorporateStage> shownLaneStages(int lane) const;
    QModelIndex index(int event) const;
    int eventOf(const QModelIndex &index) const; // -1 when not an event of this model

    int level(int event) const { return info(event).level; } // rank, or -1 when unknown
    Kind kind(int event) const { return info(event).kind; }
    bool isUnconfirmed(int event) const { return info(event).unconfirmed; }
    QDate date(int event) const { return QDate::fromJulianDay(static_cast<qint64>(info(event).day)); }
    QString label(int event) const;
    // "Grok-1 weights, 17 March 2024, Open weights, Apache-2.0": the accessible name and the
    // first line of the tooltip.
    QString description(int event) const;

    // The dates of the events shown, and of every event of the source model.
    QDate firstDate() const { return m_firstDate; }
    QDate lastDate() const { return m_lastDate; }
    QDate sourceFirstDate() const { return m_sourceFirstDate; }
    QDate sourceLastDate() const { return m_sourceLastDate; }

    static QString kindName(Kind kind); // translated, lower case: "weights", "license change"
    static Kind kindFromId(QStringView id);

private:
    struct SourceInfo {
        double day = 0;
        int rank = -1;
        int level = -1;
        qreal labelWidth = 0;
        Kind kind = Kind::Other;
        bool unconfirmed = false;
        bool valid = false;
    };

    void readSource();
    void readRows();
    const SourceInfo &info(int event) const { return m_source[static_cast<size_t>(m_rows[static_cast<size_t>(event)])]; }
    qreal labelWidth(const QString &text);

    QPointer<const QAbstractItemModel> m_model;
    QPointer<const QAbstractItemModel> m_sourceModel; // the bottom of the proxy chain
    QFont m_font;
    bool m_sourceDirty = true;
    bool m_rowsDirty = true;

    std::vector<SourceInfo> m_source; // by source row
    std::vector<int> m_rows;          // model row -> source row
    std::vector<Lane> m_lanes;
    std::vector<ShownLane> m_shownLanes;
    QHash<int, Lane> m_laneOfRank;
    std::array<qreal, 128> m_asciiAdvance{};
    QHash<char16_t, qreal> m_advance;
    QDate m_firstDate;
    QDate m_lastDate;
    QDate m_sourceFirstDate;
    QDate m_sourceLastDate;
};

#endif // TIMELINECONTENT_H
