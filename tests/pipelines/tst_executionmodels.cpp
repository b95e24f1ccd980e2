// The Executions page models: paging, filters and sorting done by the store, live updates, and
// the detail models.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "core/session.h"
#include "pipelines/executionmodels.h"
#include "pipelines/localrunner.h"
#include "pipelines/pipelineservice.h"
#include "pipelines/pipelinestore.h"
#include "sharing/accessservice.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Pd;

namespace {
const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString abaloneArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline");

// Adds n finished executions of the abalone pipeline, one a minute back from now, every third Failed.
void addExecutions(PdTest::TestWorkspace &ws, int n)
{
    PipelineStore store(ws->database());
    const Status added = ws->database().transaction([&]() -> Status {
        for (int i = 0; i < n; ++i) {
            Execution e;
            e.pipelineArn = abaloneArn;
            e.arn = abaloneArn + QStringLiteral("/execution/bulk%1").arg(i, 6, 10, QLatin1Char('0'));
            e.displayName = QStringLiteral("bulk-%1").arg(i, 6, 10, QLatin1Char('0'));
            e.status = i % 3 == 0 ? ExecutionStatus::Failed : ExecutionStatus::Succeeded;
            e.startedByKind = i % 2 ? StartedByKind::Schedule : StartedByKind::User;
            e.startTime = ws.clock.nowMs() - (i + 1) * 60000;
            e.endTime = e.lastModifiedTime = e.startTime + 30000;
            if (Status s = store.insert(e); !s)
                return s;
        }
        return {};
    });
    QVERIFY(added.ok());
}

QStringList column(const QAbstractItemModel &model, int column, int rows = -1)
{
    QStringList values;
    for (int r = 0; r < (rows < 0 ? model.rowCount() : qMin(rows, model.rowCount())); ++r)
        values.append(model.index(r, column).data().toString());
    return values;
}
} // namespace

class TestExecutionModels : public QObject
{
    Q_OBJECT

private slots:
    void showsVisibleExecutionsNewestFirst();
    void pagesWithFetchMore();
    void filters_data();
    void filters();
    void sortsInSql_data();
    void sortsInSql();
    void followsLiveChanges();
    void followsIdentity();
    void stepModel();
    void timelineAndParameters();
};

void TestExecutionModels::showsVisibleExecutionsNewestFirst()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    ExecutionTableModel model(ws->pipelines(), ws->access(), ws->clock(), session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 6); // five serial-inference executions and one abalone one; none of dev's
    QCOMPARE(column(model, ExecutionTableModel::Name),
             (QStringList{"nightly-retrain-20261123", "hotfix-feature-drift", "nightly-20261122",
                          "shared-services-batch-scoring", "nightly-retrain-20261120", "release-candidate-2026-11"}));
    QCOMPARE(model.index(0, ExecutionTableModel::Pipeline).data().toString(), QStringLiteral("serial-inference-pipeline"));
    QCOMPARE(model.index(0, ExecutionTableModel::Status).data(StatusRole).toString(), QStringLiteral("Executing"));
    // Times show with their zone.
    QVERIFY(!model.index(0, ExecutionTableModel::Started).data().toString().isEmpty());
    QVERIFY(model.index(0, ExecutionTableModel::Started).data().toString().contains(QRegularExpression("[A-Z]{2,}|UTC")));
    QVERIFY(!model.canFetchMore({}));
}

void TestExecutionModels::pagesWithFetchMore()
{
    PdTest::TestWorkspace ws;
    addExecutions(ws, 450);
    Session session(test);
    ExecutionTableModel model(ws->pipelines(), ws->access(), ws->clock(), session);
    QCOMPARE(model.rowCount(), ExecutionTableModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ExecutionTableModel::pageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 456);
    QVERIFY(!model.canFetchMore({}));
    // Newest first: the bulk ones (minutes old) before the demo's older ones.
    QCOMPARE(model.index(200, ExecutionTableModel::Name).data().toString(), QStringLiteral("bulk-000198"));
    QCOMPARE(model.index(455, ExecutionTableModel::Name).data().toString(), QStringLiteral("release-candidate-2026-11"));
    // The tester fetches everything itself, so it comes after the paging checks.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(ExecutionTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(model.index(0, ExecutionTableModel::Name).data().toString(), QStringLiteral("bulk-000000"));
}

void TestExecutionModels::filters_data()
{
    QTest::addColumn<QString>("pipeline");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("startedBy");
    QTest::addColumn<int>("range");
    QTest::addColumn<int>("expected");

    QTest::newRow("everything") << "" << "" << "" << int(ExecutionFilter::TimeRange::Any) << 36;
    QTest::newRow("one pipeline") << abaloneArn << "" << "" << int(ExecutionFilter::TimeRange::Any) << 31;
    QTest::newRow("failed") << "" << "Failed" << "" << int(ExecutionFilter::TimeRange::Any) << 11;
    QTest::newRow("started by schedule") << "" << "" << "schedule" << int(ExecutionFilter::TimeRange::Any) << 15;
    QTest::newRow("last hour") << "" << "" << "" << int(ExecutionFilter::TimeRange::LastHour) << 32;
    QTest::newRow("failed schedules of abalone in the last 24 hours")
        << abaloneArn << "Failed" << "schedule" << int(ExecutionFilter::TimeRange::LastDay) << 5;
}

void TestExecutionModels::filters()
{
    QFETCH(QString, pipeline);
    QFETCH(QString, status);
    QFETCH(QString, startedBy);
    QFETCH(int, range);
    QFETCH(int, expected);
    PdTest::TestWorkspace ws;
    addExecutions(ws, 30);
    Session session(test);
    ExecutionTableModel model(ws->pipelines(), ws->access(), ws->clock(), session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ExecutionFilter filter;
    filter.pipelineArn = pipeline;
    ExecutionStatus s;
    if (executionStatusFromApi(status, &s))
        filter.status = s;
    if (!startedBy.isEmpty())
        filter.startedByKind = startedByKindFromApi(startedBy);
    filter.range = ExecutionFilter::TimeRange(range);
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), expected);
    for (int r = 0; r < model.rowCount(); ++r) {
        const Execution &e = model.executionAt(r);
        if (!pipeline.isEmpty())
            QCOMPARE(e.pipelineArn, pipeline);
        if (filter.status)
            QCOMPARE(e.status, *filter.status);
        if (filter.startedByKind)
            QCOMPARE(e.startedByKind, *filter.startedByKind);
    }
}

void TestExecutionModels::sortsInSql_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("firstNames");
    QTest::newRow("name ascending") << int(ExecutionTableModel::Name) << int(Qt::AscendingOrder)
                                    << QStringList{"hotfix-feature-drift", "nightly-20261122", "nightly-retrain-20261120"};
    QTest::newRow("name descending") << int(ExecutionTableModel::Name) << int(Qt::DescendingOrder)
                                     << QStringList{"shared-services-batch-scoring", "release-candidate-2026-11",
                                                    "nightly-retrain-20261123"};
    QTest::newRow("started ascending") << int(ExecutionTableModel::Started) << int(Qt::AscendingOrder)
                                       << QStringList{"release-candidate-2026-11", "nightly-retrain-20261120",
                                                      "shared-services-batch-scoring"};
    QTest::newRow("status ascending") << int(ExecutionTableModel::Status) << int(Qt::AscendingOrder)
                                      << QStringList{"nightly-retrain-20261123", "nightly-retrain-20261120",
                                                     "shared-services-batch-scoring"};
}

void TestExecutionModels::sortsInSql()
{
    QFETCH(int, sortColumn);
    QFETCH(int, order);
    QFETCH(QStringList, firstNames);
    PdTest::TestWorkspace ws;
    Session session(test);
    ExecutionTableModel model(ws->pipelines(), ws->access(), ws->clock(), session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(sortColumn, Qt::SortOrder(order));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(column(model, ExecutionTableModel::Name, 3), firstNames);
}

void TestExecutionModels::followsLiveChanges()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    ExecutionTableModel model(ws->pipelines(), ws->access(), ws->clock(), session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString executing = model.executionAt(0).arn;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(ws->pipelines().stop(test, executing).ok());
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(0, ExecutionTableModel::Status).data(StatusRole).toString(), QStringLiteral("Stopping"));
    // A new execution appears on top.
    StartRequest request;
    request.pipeline = QStringLiteral("abalone-training-pipeline");
    request.displayName = QStringLiteral("brand-new");
    QVERIFY(ws->pipelines().start(test, request).ok());
    QTRY_COMPARE(model.rowCount(), 7);
    QCOMPARE(model.index(0, ExecutionTableModel::Name).data().toString(), QStringLiteral("brand-new"));
    // The runner's progress shows too.
    LocalRunner runner(ws->context(), ws->pipelines());
    ws.clock.advance(3600 * 1000);
    QVERIFY(runner.tick().ok());
    QTRY_COMPARE(model.index(0, ExecutionTableModel::Status).data(StatusRole).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(model.index(1, ExecutionTableModel::Status).data(StatusRole).toString(), QStringLiteral("Stopped"));
}

void TestExecutionModels::followsIdentity()
{
    PdTest::TestWorkspace ws;
    Session session(test);
    ExecutionTableModel model(ws->pipelines(), ws->access(), ws->clock(), session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.setIdentity(dev);
    QVERIFY(model.rowCount() >= 2);
    bool ownsChurn = false;
    for (int r = 0; r < model.rowCount(); ++r)
        ownsChurn = ownsChurn || model.executionAt(r).pipelineArn.contains(QStringLiteral("churn-prediction-pipeline"));
    QVERIFY(ownsChurn);
}

void TestExecutionModels::stepModel()
{
    PdTest::TestWorkspace ws;
    const QString failed =
        QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline/execution/f8h3n6c2m5zt");
    const Execution e = ws->pipelines().describeExecution(test, failed).value();
    const PipelineDefinition definition =
        PipelineDefinition::fromJson(ws->pipelines().resolve(test, e.pipelineArn)->definition);
    ExecutionStepModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExecution(e, definition);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(column(model, ExecutionStepModel::Name),
             (QStringList{"Preprocess", "Train", "Evaluate", "CheckAccuracy", "CreateModel", "RegisterModel",
                          "BatchTransform"}));
    QCOMPARE(column(model, ExecutionStepModel::Status, 3), (QStringList{"Succeeded", "Failed", "Not started"}));
    QVERIFY(model.index(1, ExecutionStepModel::FailureReason).data().toString().contains("ResourceLimitExceeded"));
    QVERIFY(model.index(2, ExecutionStepModel::Started).data().toString().isEmpty());
}

void TestExecutionModels::timelineAndParameters()
{
    PdTest::TestWorkspace ws;
    const QString failed =
        QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline/execution/f8h3n6c2m5zt");
    const Execution e = ws->pipelines().describeExecution(test, failed).value();
    ExecutionTimelineModel timeline;
    QAbstractItemModelTester timelineTester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    timeline.setExecution(e);
    QCOMPARE(column(timeline, ExecutionTimelineModel::Event),
             (QStringList{"Execution started by admin as 222222222222", "Step Preprocess started",
                          "Step Preprocess ended: Succeeded", "Step Train started", "Step Train ended: Failed",
                          "Execution ended: Failed"}));
    ExecutionParameterModel parameters;
    QAbstractItemModelTester parameterTester(&parameters, QAbstractItemModelTester::FailureReportingMode::QtTest);
    parameters.setParameters(e.parameters);
    QCOMPARE(column(parameters, ExecutionParameterModel::Name),
             (QStringList{"TrainingInstanceType", "ProcessingInstanceType", "ProcessingInstanceCount", "InputData"}));
    QCOMPARE(parameters.index(2, ExecutionParameterModel::Value).data().toString(), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestExecutionModels)
#include "tst_executionmodels.moc"
