#include "ReleaseFilterProxy.h"
#include "ReleaseModel.h"
#include "TestDataset.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The filter every view shares: levels, organizations, event kinds and text, checked through the proxy's
// rows, with Qt's model tester watching every change.
class TestReleaseFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsEveryReleaseInDateOrderByDefault();
    void filtersByLevel_data();
    void filtersByLevel();
    void filtersByOrganization();
    void emptyOrganizationSetShowsNothing();
    void filtersByKind();
    void kindRoleGivesTheEventKind();
    void filtersByText_data();
    void filtersByText();
    void indexOfFilteredOutReleaseIsInvalid();
    void emitsFilterChangedOnlyOnChange();
    void survivesDatasetReplacement();

private:
    QStringList visibleIds() const;

    ReleaseModel *m_model = nullptr;
    ReleaseFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_modelTester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
};

void TestReleaseFilterProxy::init()
{
    m_model = new ReleaseModel(this);
    m_modelTester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setDataset(TestDataset::make());
    m_proxy = new ReleaseFilterProxy(this);
    m_proxy->setReleaseModel(m_model);
    m_proxyTester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestReleaseFilterProxy::cleanup()
{
    delete m_proxyTester;
    delete m_proxy;
    delete m_modelTester;
    delete m_model;
}

QStringList TestReleaseFilterProxy::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 0).data(ReleaseModel::IdRole).toString());
    return ids;
}

void TestReleaseFilterProxy::showsEveryReleaseInDateOrderByDefault()
{
    QCOMPARE(visibleIds(), QStringList({QStringLiteral("alpha-launch"), QStringLiteral("alpha-weights"),
                                        QStringLiteral("gamma-weights"), QStringLiteral("beta-launch"),
                                        QStringLiteral("beta-weights"), QStringLiteral("gamma-open")}));
    QCOMPARE(m_proxy->index(1, ReleaseModel::LicenseColumn).data().toString(), QStringLiteral("Apache License 2.0"));
    QCOMPARE(m_proxy->index(1, ReleaseModel::DateColumn).data().toString(), QStringLiteral("2024-03-17"));
}

void TestReleaseFilterProxy::filtersByLevel_data()
{
    QTest::addColumn<int>("levelOff");
    QTest::addColumn<int>("expectedRows");
    QTest::newRow("hosted off") << int(OpennessLevel::Hosted) << 4;
    QTest::newRow("open-weights off") << int(OpennessLevel::OpenWeights) << 5;
    QTest::newRow("closed off (none there)") << int(OpennessLevel::Closed) << 6;
}

void TestReleaseFilterProxy::filtersByLevel()
{
    QFETCH(int, levelOff);
    QFETCH(int, expectedRows);
    const auto level = static_cast<OpennessLevel>(levelOff);
    m_proxy->setLevelEnabled(level, false);
    QCOMPARE(m_proxy->rowCount(), expectedRows);
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        QVERIFY(m_proxy->index(row, 0).data(ReleaseModel::LevelRole).toInt() != levelOff);
    m_proxy->setLevelEnabled(level, true);
    QCOMPARE(m_proxy->rowCount(), 6);
}

void TestReleaseFilterProxy::filtersByOrganization()
{
    m_proxy->setOrganizations({QStringLiteral("other")});
    QCOMPARE(visibleIds(), QStringList({QStringLiteral("gamma-weights"), QStringLiteral("gamma-open")}));
    ReleaseFilter all = m_proxy->filter();
    all.clearOrganizations();
    m_proxy->setFilter(all);
    QCOMPARE(m_proxy->rowCount(), 6);
}

void TestReleaseFilterProxy::emptyOrganizationSetShowsNothing()
{
    m_proxy->setOrganizations({});
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestReleaseFilterProxy::filtersByKind()
{
    m_proxy->setKindEnabled(QStringLiteral("launch"), false);
    QCOMPARE(visibleIds(), QStringList({QStringLiteral("alpha-weights"), QStringLiteral("gamma-weights"),
                                        QStringLiteral("beta-weights"), QStringLiteral("gamma-open")}));
    QVERIFY(m_proxy->filter().hasKindFilter());
    QVERIFY(!m_proxy->filter().isKindEnabled(QStringLiteral("launch")));
    m_proxy->setKindEnabled(QStringLiteral("weights"), false);
    QCOMPARE(visibleIds(), QStringList({QStringLiteral("gamma-open")}));
    // Every kind on again is no kind filter at all.
    m_proxy->setKindEnabled(QStringLiteral("launch"), true);
    m_proxy->setKindEnabled(QStringLiteral("weights"), true);
    QVERIFY(!m_proxy->filter().hasKindFilter());
    QCOMPARE(m_proxy->rowCount(), 6);

    ReleaseFilter announcements;
    announcements.setKinds({QStringLiteral("announcement")});
    m_proxy->setFilter(announcements);
    QCOMPARE(visibleIds(), QStringList({QStringLiteral("gamma-open")}));
    announcements.setKinds({});
    m_proxy->setFilter(announcements);
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestReleaseFilterProxy::kindRoleGivesTheEventKind()
{
    QCOMPARE(m_proxy->index(0, 0).data(ReleaseModel::KindRole).toString(), QStringLiteral("launch"));
    QCOMPARE(m_proxy->index(1, 0).data(ReleaseModel::KindRole).toString(), QStringLiteral("weights"));
    QCOMPARE(m_model->roleNames().value(ReleaseModel::KindRole), QByteArray("kind"));
}

void TestReleaseFilterProxy::filtersByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("model name, any case") << QStringLiteral("BETA")
                                          << QStringList{QStringLiteral("beta-launch"), QStringLiteral("beta-weights")};
    QTest::newRow("organization name") << QStringLiteral("other lab")
                                       << QStringList{QStringLiteral("gamma-weights"), QStringLiteral("gamma-open")};
    QTest::newRow("license spdx") << QStringLiteral("Apache-2.0")
                                  << QStringList{QStringLiteral("alpha-weights"), QStringLiteral("gamma-open")};
    QTest::newRow("level name") << QStringLiteral("non-commercial") << QStringList{QStringLiteral("gamma-weights")};
    QTest::newRow("surrounding spaces ignored") << QStringLiteral("  alpha-launch ")
                                                << QStringList{QStringLiteral("alpha-launch")};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList{};
}

void TestReleaseFilterProxy::filtersByText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setText(text);
    QCOMPARE(visibleIds(), expected);
}

void TestReleaseFilterProxy::indexOfFilteredOutReleaseIsInvalid()
{
    QVERIFY(m_proxy->indexOfRelease(QStringLiteral("beta-weights")).isValid());
    m_proxy->setLevelEnabled(OpennessLevel::WeightsRestricted, false);
    QVERIFY(!m_proxy->indexOfRelease(QStringLiteral("beta-weights")).isValid());
    QVERIFY(!m_proxy->indexOfRelease(QStringLiteral("no-such-release")).isValid());
}

void TestReleaseFilterProxy::emitsFilterChangedOnlyOnChange()
{
    QSignalSpy spy(m_proxy, &ReleaseFilterProxy::filterChanged);
    m_proxy->setLevelEnabled(OpennessLevel::Hosted, true); // already on
    QCOMPARE(spy.count(), 0);
    m_proxy->setLevelEnabled(OpennessLevel::Hosted, false);
    QCOMPARE(spy.count(), 1);
    m_proxy->setText(QStringLiteral("alpha"));
    QCOMPARE(spy.count(), 2);
}

void TestReleaseFilterProxy::survivesDatasetReplacement()
{
    m_proxy->setLevelEnabled(OpennessLevel::Hosted, false);
    m_model->setDataset(TestDataset::make());
    QCOMPARE(m_proxy->rowCount(), 4);
    m_model->setDataset(nullptr);
    QCOMPARE(m_proxy->rowCount(), 0);
}

QTEST_MAIN(TestReleaseFilterProxy)
#include "tst_releasefilterproxy.moc"
