// The item models of sharing, each under QAbstractItemModelTester, following identity and changes.
#include "modelhelpers.h"
#include "testworkspace.h"

#include "core/session.h"
#include "core/timeformat.h"
#include "pipelines/pipelineservice.h"
#include "pipelines/pipelinestore.h"
#include "sharing/sharemodels.h"
#include "sharing/sharingservice.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Pd;

namespace {
const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString shared = QStringLiteral("333333333333");
const QString abalone = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline");
const QString serial = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
} // namespace

class TestShareModels : public QObject
{
    Q_OBJECT

private slots:
    void shareTableFollowsIdentityAndChanges();
    void invitationsAndSharedResources();
    void crossAccountExecutions();
    void crossAccountFilterProxy_data();
    void crossAccountFilterProxy();
    void liveUpdatesTouchOnlyTheChangedPipeline();
    void olderPagesLoadFromTheEventLoop();
};

void TestShareModels::shareTableFollowsIdentityAndChanges()
{
    PdTest::TestWorkspace w;
    Session session(test);
    ShareTableModel model(w->sharing(), w->access(), session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(PdTest::column(model, ShareTableModel::Name),
             QStringLiteral("serial-inference-operations, serial-inference-read-only"));
    QCOMPARE(PdTest::column(model, ShareTableModel::Permission), QStringLiteral("Allow execution, Read-only"));
    QCOMPARE(PdTest::column(model, ShareTableModel::Principals), QStringLiteral("333333333333, 111111111111"));
    QCOMPARE(PdTest::headers(model), QStringLiteral("Name|Permission|Pipelines|Principals|Status|Last modified"));
    auto share = w->sharing().create(test, {QStringLiteral("abalone"), {abalone}, {QStringLiteral("444444444444")},
                                            QStringLiteral("AWSRAMDefaultPermissionSageMakerPipeline"), true, {}, {}});
    QVERIFY(share);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ShareTableModel::Principals).data().toString(),
             QStringLiteral("444444444444 (ASSOCIATING)"));
    QVERIFY(w->sharing().remove(test, share->arn));
    QCOMPARE(model.rowCount(), 2);
    session.setIdentity(dev);
    QCOMPARE(model.rowCount(), 0);
}

void TestShareModels::invitationsAndSharedResources()
{
    PdTest::TestWorkspace w;
    QVERIFY(w->sharing().setOrganizationSharing(shared, false));
    Session session(dev);
    InvitationTableModel invitations(w->sharing(), session);
    SharedResourceTableModel resources(w->sharing(), w->access(), w->accounts(), session);
    QAbstractItemModelTester t1(&invitations, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&resources, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(invitations.rowCount(), 0);
    QCOMPARE(PdTest::column(resources, SharedResourceTableModel::Pipeline), QStringLiteral("serial-inference-pipeline"));
    QCOMPARE(PdTest::column(resources, SharedResourceTableModel::Owner), QStringLiteral("test (222222222222)"));
    QCOMPARE(PdTest::column(resources, SharedResourceTableModel::Permission), QStringLiteral("Read-only"));

    QVERIFY(w->sharing().create(test, {QStringLiteral("abalone"), {abalone}, {dev},
                                       QStringLiteral("AWSRAMPermissionSageMakerPipelineAllowExecution"), true, {}, {}}));
    QCOMPARE(PdTest::column(invitations, InvitationTableModel::Share), QStringLiteral("abalone"));
    QCOMPARE(PdTest::column(invitations, InvitationTableModel::Status), QStringLiteral("Pending"));
    QCOMPARE(invitations.index(0, 0).data(StatusRole).toString(), QStringLiteral("PENDING"));
    QVERIFY(invitations.index(0, InvitationTableModel::Expires).data().toString().contains(QLatin1Char('2')));
    QCOMPARE(resources.rowCount(), 1);
    // A copy: the model reloads (and drops its rows) while accept() runs.
    const QString invitationArn = invitations.invitationAt(0).arn;
    auto accepted = w->sharing().accept(dev, invitationArn);
    QVERIFY2(accepted, qPrintable(accepted.error().message));
    QCOMPARE(PdTest::column(invitations, InvitationTableModel::Status), QStringLiteral("Accepted"));
    QCOMPARE(PdTest::column(resources, SharedResourceTableModel::Pipeline),
             QStringLiteral("abalone-training-pipeline, serial-inference-pipeline"));
    QCOMPARE(PdTest::column(resources, SharedResourceTableModel::Permission),
             QStringLiteral("Allow execution, Read-only"));
    session.setIdentity(test);
    QCOMPARE(invitations.rowCount(), 0);
    QCOMPARE(resources.rowCount(), 0);
}

void TestShareModels::crossAccountExecutions()
{
    PdTest::TestWorkspace w;
    Session session(dev);
    CrossAccountExecutionModel model(w->sharing(), w->access(), w->pipelines(), session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(PdTest::column(model, CrossAccountExecutionModel::Owner),
             QStringLiteral("222222222222, 222222222222, 222222222222, 222222222222, 222222222222"));
    QCOMPARE(PdTest::column(model, CrossAccountExecutionModel::Status),
             QStringLiteral("Executing, Stopping, Stopped, Failed, Succeeded"));
    QCOMPARE(model.index(0, CrossAccountExecutionModel::Permission).data().toString(), QStringLiteral("Read-only"));
    // Times always show their zone.
    QCOMPARE(model.index(0, CrossAccountExecutionModel::Started).data().toString(),
             displayDateTimeMs(model.executionAt(0).startTime, QTimeZone::systemTimeZone(), QLocale()));
    QCOMPARE(model.levelAt(0), AccessLevel::ReadOnly);
    session.setIdentity(shared);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.levelAt(0), AccessLevel::AllowExecution);
    QCOMPARE(model.index(2, CrossAccountExecutionModel::ActingAccount).data().toString(), shared);
    session.setIdentity(test); // the owner: nothing is shared with it
    QCOMPARE(model.rowCount(), 0);
    // Revocation empties dev's view at once.
    session.setIdentity(dev);
    QCOMPARE(model.rowCount(), 5);
    const QString readOnlyShare = w->sharing().shares(test)->at(1).arn; // by name: operations, read-only
    QVERIFY(w->sharing().disassociate(test, readOnlyShare, {}, {dev}));
    QCOMPARE(model.rowCount(), 0);
}

void TestShareModels::crossAccountFilterProxy_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("everything") << QString() << QString() << 5;
    QTest::newRow("failed") << QStringLiteral("Failed") << QString() << 1;
    QTest::newRow("text in a name") << QString() << QStringLiteral("nightly") << 2;
    QTest::newRow("text and status") << QStringLiteral("Executing") << QStringLiteral("nightly") << 1;
    QTest::newRow("acting account") << QString() << shared << 1;
}

void TestShareModels::crossAccountFilterProxy()
{
    QFETCH(QString, status);
    QFETCH(QString, text);
    QFETCH(int, rows);
    PdTest::TestWorkspace w;
    Session session(shared);
    CrossAccountExecutionModel model(w->sharing(), w->access(), w->pipelines(), session);
    CrossAccountFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setStatusFilter(status);
    proxy.setFilterFixedString(text);
    QCOMPARE(proxy.rowCount(), rows);
    proxy.sort(CrossAccountExecutionModel::Started, Qt::AscendingOrder);
    if (rows == 5)
        QCOMPARE(proxy.index(0, CrossAccountExecutionModel::Status).data().toString(), QStringLiteral("Succeeded"));
}

void TestShareModels::liveUpdatesTouchOnlyTheChangedPipeline()
{
    PdTest::TestWorkspace w;
    Session session(shared);
    CrossAccountExecutionModel model(w->sharing(), w->access(), w->pipelines(), session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    StartRequest request;
    request.pipeline = serial;
    auto started = w->pipelines().start(shared, request);
    QVERIFY2(started, qPrintable(started.error().message));
    QTRY_COMPARE(model.rowCount(), 6);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserts.size(), 1);
    const int row = 0; // the newest on top
    QCOMPARE(model.executionAt(row).arn, started.value());
    QCOMPARE(model.index(row, CrossAccountExecutionModel::ActingAccount).data().toString(), shared);
    // The owner stops it: dev's and shared-services' views update in place.
    QVERIFY(w->pipelines().stop(test, started.value()));
    QTRY_COMPARE(model.executionAt(row).status, QStringLiteral("Stopping"));
    QCOMPARE(resets.size(), 0);
}

void TestShareModels::olderPagesLoadFromTheEventLoop()
{
    PdTest::TestWorkspace w;
    const int extra = CrossAccountExecutionModel::firstPage + 500;
    const qint64 now = w.clock.nowMs();
    QVERIFY(w->database().transaction([&]() -> Status {
        PipelineStore store(w->database());
        for (int i = 0; i < extra; ++i) {
            Execution e;
            e.pipelineArn = serial;
            e.arn = serial + QStringLiteral("/execution/bulk%1").arg(i, 8, 10, QLatin1Char('0'));
            e.status = ExecutionStatus::Succeeded;
            // Pairs share a start time: paging must neither skip nor repeat ties.
            e.startTime = e.lastModifiedTime = now - 10 * 24 * 3600 * 1000LL - (i / 2) * 60000LL;
            if (Status s = store.insert(e); !s)
                return s;
        }
        return {};
    }));
    Session session(shared);
    CrossAccountExecutionModel model(w->sharing(), w->access(), w->pipelines(), session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &CrossAccountExecutionModel::loadingFinished);
    QCOMPARE(model.rowCount(), CrossAccountExecutionModel::firstPage);
    QVERIFY(model.isLoading());
    QVERIFY(finished.wait(5000));
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), extra + 5);
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.executionAt(row).arn);
        if (row > 0)
            QVERIFY(model.executionAt(row - 1).startTime >= model.executionAt(row).startTime);
    }
    QCOMPARE(int(seen.size()), model.rowCount());
}

QTEST_GUILESS_MAIN(TestShareModels)
#include "tst_sharemodels.moc"
