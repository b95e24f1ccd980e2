// Item models behind the Pipelines page and the identity switcher.
#include "accounts/accountlistmodel.h"
#include "core/language.h"
#include "core/session.h"
#include "itemmodels/collatingproxymodel.h"
#include "itemmodels/columntablemodel.h"
#include "modelhelpers.h"
#include "pipelines/pipelinemodels.h"
#include "pipelines/pipelineservice.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Pd;

namespace {
const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::instance()->setLanguage(QStringLiteral("en")); }

    void accountsListEveryAccount()
    {
        PdTest::TestWorkspace ws;
        AccountListModel model(ws->accounts());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(PdTest::column(model),
                 QStringLiteral("dev (111111111111), test (222222222222), shared-services (333333333333)"));
        QCOMPARE(model.rowOf(test), 1);
        QCOMPARE(model.rowOf(QStringLiteral("999999999999")), -1);
        QCOMPARE(model.index(2).data(IdRole).toString(), QStringLiteral("333333333333"));
    }

    void pipelinesFollowTheIdentity()
    {
        PdTest::TestWorkspace ws;
        Session session(test);
        PipelineTableModel model(ws->pipelines(), session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(PdTest::column(model), QStringLiteral("abalone-training-pipeline, serial-inference-pipeline"));
        QCOMPARE(PdTest::headers(model), QStringLiteral("Name|Description|Created|Last modified"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        session.setIdentity(dev);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(PdTest::column(model), QStringLiteral("churn-prediction-pipeline"));
        QCOMPARE(model.index(0, 0).data(IdRole).toString(),
                 QStringLiteral("arn:aws:sagemaker:us-east-1:111111111111:pipeline/churn-prediction-pipeline"));
        // Times are shown with their zone, and sort by the raw instant.
        const QString created = model.index(0, PipelineTableModel::Created).data().toString();
        QVERIFY2(!created.isEmpty() && created.contains(QRegularExpression(QStringLiteral("[A-Z]{2,}|UTC"))),
                 qPrintable(created));
        QCOMPARE(model.index(0, PipelineTableModel::Created).data(SortRole).toLongLong(),
                 ws.clock.nowMs() - 20LL * 24 * 3600 * 1000);
    }

    void headersRetranslate()
    {
        PdTest::TestWorkspace ws;
        Session session(test);
        PipelineTableModel model(ws->pipelines(), session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        const QString english = PdTest::headers(model);
        Language::instance()->setLanguage(QStringLiteral("ko"));
        QCOMPARE(headers.count(), 1);
        QVERIFY(PdTest::headers(model) != english);
        Language::instance()->setLanguage(QStringLiteral("en"));
        QCOMPARE(PdTest::headers(model), english);
    }

    void definitionModels()
    {
        PdTest::TestWorkspace ws;
        auto pipeline = ws->pipelines().resolve(test, QStringLiteral("serial-inference-pipeline"));
        QVERIFY(pipeline.ok());
        const PipelineDefinition definition = PipelineDefinition::fromJson(pipeline->definition);
        ParameterTableModel parameters;
        StepTableModel steps;
        QAbstractItemModelTester t1(&parameters, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        parameters.setDefinition(definition);
        steps.setDefinition(definition);
        QCOMPARE(PdTest::column(parameters),
                 QStringLiteral("TrainingInstanceType, ProcessingInstanceType, ProcessingInstanceCount, InputData"));
        QCOMPARE(PdTest::column(parameters, ParameterTableModel::Type), QStringLiteral("String, String, Integer, String"));
        QCOMPARE(PdTest::column(steps, StepTableModel::DependsOn),
                 QStringLiteral(", Preprocess, Train, Evaluate, CheckAccuracy, CheckAccuracy, CreateModel"));
        parameters.setDefinition({});
        QCOMPARE(parameters.rowCount(), 0);
    }

    void recentExecutionsNewestFirst()
    {
        PdTest::TestWorkspace ws;
        Session session(test);
        RecentExecutionsModel model(ws->pipelines(), session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setPipeline(serialArn);
        QCOMPARE(PdTest::column(model, RecentExecutionsModel::Status),
                 QStringLiteral("Executing, Stopping, Stopped, Failed, Succeeded"));
        QCOMPARE(PdTest::column(model, RecentExecutionsModel::Status, StatusRole),
                 QStringLiteral("Executing, Stopping, Stopped, Failed, Succeeded"));
        // The stopped one was started by another account, which the table says.
        QVERIFY(model.index(2, RecentExecutionsModel::StartedBy).data().toString().contains(QLatin1String("333333333333")));
        // dev sees the executions through the demo's read-only share, but nothing of a pipeline
        // that is not shared with it.
        session.setIdentity(dev);
        model.setPipeline(serialArn);
        QCOMPARE(model.rowCount(), 5);
        model.setPipeline(QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/abalone-training-pipeline"));
        QCOMPARE(model.rowCount(), 0);
    }

    void proxySortsNaturallyAndByRawValue()
    {
        QStandardItemModel source;
        const QList<std::pair<QString, qint64>> rows = {
            {QStringLiteral("run-10"), 3}, {QStringLiteral("run-2"), 1}, {QStringLiteral("Run-3"), 2},
            {QStringLiteral("가나"), 5}, {QStringLiteral("나다"), 4}};
        for (const auto &[text, value] : rows) {
            auto *name = new QStandardItem(text);
            auto *time = new QStandardItem(QString::number(value * 1000));
            time->setData(value, SortRole);
            source.appendRow({name, time});
        }
        CollatingProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.sort(0);
        QCOMPARE(PdTest::column(proxy), QStringLiteral("run-2, Run-3, run-10, 가나, 나다"));
        proxy.sort(1, Qt::DescendingOrder);
        QCOMPARE(PdTest::column(proxy), QStringLiteral("가나, 나다, run-10, Run-3, run-2"));
        proxy.setFilterFixedString(QStringLiteral("RUN"));
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
