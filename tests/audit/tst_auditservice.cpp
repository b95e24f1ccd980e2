// The audit log's read side: filters, keyset pages and their tokens, times as people type them,
// the signal after a commit, and the Activity page's model (checked by QAbstractItemModelTester).
#include "testworkspace.h"

#include "accounts/accountservice.h"
#include "audit/auditmodel.h"
#include "audit/auditservice.h"
#include "pipelines/pipelineservice.h"
#include "store/database.h"
#include "store/servicecontext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Pd;

namespace {

const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString pipeline = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
const QString rule = QStringLiteral("arn:aws:events:us-east-1:222222222222:rule/nightly-retrain");

QStringList ids(const QList<AuditEntry> &entries)
{
    QStringList result;
    for (const AuditEntry &e : entries)
        result << QString::number(e.id);
    return result;
}

QStringList actionsOf(const QList<AuditEntry> &entries)
{
    QStringList result;
    for (const AuditEntry &e : entries)
        result << e.action;
    return result;
}

} // namespace

class TestAuditService : public QObject
{
    Q_OBJECT

private:
    // 30 rows a second apart, over two identities, three actions and two objects (one failed),
    // in a workspace whose demo seeding wrote none.
    void writeRows(PdTest::TestWorkspace &ws)
    {
        QSqlQuery clear(ws->database().db());
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM audit_log")));
        AuditLog &log = ws->context().audit();
        for (int i = 0; i < 30; ++i) {
            ws.clock.advance(1000);
            const QString who = i % 3 == 0 ? dev : test;
            if (i % 5 == 0)
                log.record(who, QStringLiteral("EnableRule"), rule, Status());
            else if (i % 2 == 0)
                log.record(who, QStringLiteral("sagemaker:StartPipelineExecution"),
                           pipeline + QStringLiteral("/execution/e%1").arg(i), Status());
            else
                log.record(who, QStringLiteral("sagemaker:UpdatePipeline"), pipeline,
                           i == 7 ? Status(Error::denied(QStringLiteral("refused"))) : Status());
        }
    }

private slots:
    void pagesWalkEveryRowOnceNewestFirst()
    {
        PdTest::TestWorkspace ws;
        writeRows(ws);
        AuditQuery q;
        q.maxItems = 7;
        QStringList seen;
        qint64 previousAt = std::numeric_limits<qint64>::max();
        int pages = 0;
        do {
            auto page = ws->audit().list(q);
            QVERIFY2(page.ok(), qPrintable(page.error().message));
            QVERIFY(page->entries.size() <= 7);
            for (const AuditEntry &e : page->entries) {
                QVERIFY(e.at <= previousAt);
                previousAt = e.at;
            }
            seen << ids(page->entries);
            q.startingToken = page->nextToken;
            ++pages;
        } while (!q.startingToken.isEmpty());
        QCOMPARE(pages, 5); // 7+7+7+7+2: the last page has no token, and no empty page follows
        QCOMPARE(seen.size(), 30);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 30);
    }

    void rowsWrittenWhilePagingNeitherRepeatNorShift()
    {
        PdTest::TestWorkspace ws;
        writeRows(ws);
        AuditQuery q;
        q.maxItems = 10;
        auto first = ws->audit().list(q);
        QVERIFY(first.ok());
        // New rows arrive between pages (the engine firing): the next page goes on from where the
        // first ended, as OFFSET paging would not.
        for (int i = 0; i < 5; ++i) {
            ws.clock.advance(1000);
            ws->context().audit().record(test, QStringLiteral("FireSchedule"), QStringLiteral("x"), Status());
        }
        q.startingToken = first->nextToken;
        auto second = ws->audit().list(q);
        QVERIFY(second.ok());
        QCOMPARE(second->entries.constFirst().id, first->entries.constLast().id - 1);
        QVERIFY(!actionsOf(second->entries).contains(QStringLiteral("FireSchedule")));
    }

    void filters()
    {
        PdTest::TestWorkspace ws;
        writeRows(ws);
        auto count = [&](AuditQuery q) {
            q.maxItems = AuditService::maxPageSize;
            auto page = ws->audit().list(q);
            return page ? int(page->entries.size()) : -1;
        };
        AuditQuery q;
        QCOMPARE(count(q), 30);

        q.identity = dev;
        QCOMPARE(count(q), 10);
        q = {};
        // A bare action name matches its service-prefixed form, as CloudTrail's EventName does.
        q.action = QStringLiteral("StartPipelineExecution");
        QCOMPARE(count(q), 12);
        q.action = QStringLiteral("sagemaker:StartPipelineExecution");
        QCOMPARE(count(q), 12);
        q.action = QStringLiteral("EnableRule");
        QCOMPARE(count(q), 6);
        // The pipeline's ARN finds the pipeline and its executions; an execution's only itself.
        q = {};
        q.target = pipeline;
        QCOMPARE(count(q), 24);
        q.target = pipeline + QStringLiteral("/execution/e2");
        QCOMPARE(count(q), 1);
        q.target = QStringLiteral("nightly-retrain"); // a name
        QCOMPARE(count(q), 6);
        q.target = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial");
        QCOMPARE(count(q), 0); // a prefix of a name is not the object
        q = {};
        q.succeeded = false;
        QCOMPARE(count(q), 1);
        q.succeeded = true;
        QCOMPARE(count(q), 29);
        // since and until are inclusive: rows 1 s apart from demoNow + 1 s.
        q = {};
        const qint64 start = PdTest::demoNow().toMSecsSinceEpoch();
        q.since = start + 11000;
        q.until = start + 20000;
        QCOMPARE(count(q), 10);
        q.identity = test;
        q.action = QStringLiteral("UpdatePipeline");
        QCOMPARE(count(q), 4); // rows 11, 13, 17, 19 (15 is EnableRule, 10..18 step 3 are dev's)
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<int>("maxItems");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("field");
        QTest::newRow("zero items") << 0 << QString() << QString() << "max-items";
        QTest::newRow("too many") << 1001 << QString() << QString() << "max-items";
        QTest::newRow("garbage token") << 5 << "not-a-token" << QString() << "starting-token";
        QTest::newRow("foreign base64") << 5 << "aGVsbG8" << QString() << "starting-token";
        QTest::newRow("unknown action") << 5 << QString() << "StartPipelineExecutions"
                                        << "action";
    }

    void badInputNamesTheField()
    {
        QFETCH(int, maxItems);
        QFETCH(QString, token);
        QFETCH(QString, action);
        QFETCH(QString, field);
        PdTest::TestWorkspace ws;
        AuditQuery q;
        q.maxItems = maxItems;
        q.startingToken = token;
        q.action = action;
        auto page = ws->audit().list(q);
        QVERIFY(!page);
        QCOMPARE(page.error().code, Error::Code::InvalidInput);
        QCOMPARE(page.error().field, field);
        QVERIFY(page.error().message.startsWith(field + QLatin1Char(':')));
    }

    void parsesTimesAsPeopleTypeThem()
    {
        PdTest::TestWorkspace ws;
        const qint64 now = PdTest::demoNow().toMSecsSinceEpoch();
        AuditService &audit = ws->audit();
        QCOMPARE(audit.parseTime(QStringLiteral("2026-11-23T10:00:00Z"), QStringLiteral("--since")).value(),
                 now - 2 * 3600 * 1000);
        QCOMPARE(audit.parseTime(QStringLiteral("2026-11-23T19:00:00+09:00"), QStringLiteral("--since")).value(),
                 now - 2 * 3600 * 1000);
        QCOMPARE(audit.parseTime(QStringLiteral("2026-11-23"), QStringLiteral("--since")).value(),
                 now - 12 * 3600 * 1000);
        QCOMPARE(audit.parseTime(QStringLiteral("15m"), QStringLiteral("--since")).value(), now - 15 * 60 * 1000);
        QCOMPARE(audit.parseTime(QStringLiteral("2h"), QStringLiteral("--since")).value(), now - 2 * 3600 * 1000);
        QCOMPARE(audit.parseTime(QStringLiteral("7d"), QStringLiteral("--since")).value(), now - 7 * 86400 * 1000LL);
        for (const QString &bad :
             {QStringLiteral("yesterday"), QStringLiteral("2026-13-01"), QStringLiteral("5y"), QStringLiteral("")}) {
            auto parsed = audit.parseTime(bad, QStringLiteral("--until"));
            QVERIFY2(!parsed, qPrintable(bad));
            QCOMPARE(parsed.error().field, QStringLiteral("--until"));
            QVERIFY(parsed.error().message.startsWith(QStringLiteral("--until:")));
        }
    }

    void signalsOnceAfterCommitNeverAfterRollback()
    {
        PdTest::TestWorkspace ws;
        QCoreApplication::processEvents(); // the demo's seeding is announced first
        QSignalSpy added(&ws->audit(), &AuditService::entriesAdded);
        // A rolled back change takes its audit row with it: nothing to announce.
        const Status failed = ws->database().transaction([&]() -> Status {
            ws->context().audit().record(test, QStringLiteral("CreateRule"), QStringLiteral("r"), Status());
            return Error::invalid(QStringLiteral("name"), QStringLiteral("name: no"));
        });
        QVERIFY(!failed);
        QCoreApplication::processEvents();
        QCOMPARE(added.count(), 0);
        // A real change through a service, then several rows in a row: one signal for the burst.
        StartRequest request;
        request.pipeline = QStringLiteral("serial-inference-pipeline");
        auto started = ws->pipelines().start(test, request);
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        for (int i = 0; i < 3; ++i)
            ws->context().audit().record(test, QStringLiteral("CreateRule"), QStringLiteral("r"), Status());
        QCOMPARE(added.count(), 0); // not from inside the writer's call
        QTRY_COMPARE(added.count(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(added.count(), 1);
        // A commit that wrote no audit row does not signal.
        QVERIFY(ws->database().transaction([] { return Status(); }));
        QCoreApplication::processEvents();
        QCOMPARE(added.count(), 1);
    }

    void actionsHaveTitlesAndTargetsNames()
    {
        PdTest::TestWorkspace ws;
        writeRows(ws);
        auto actions = ws->audit().actions();
        QVERIFY(actions.ok());
        QVERIFY(actions->contains(QStringLiteral("sagemaker:StartPipelineExecution")));
        QVERIFY(actions->contains(QStringLiteral("FireSchedule"))); // known though never recorded here
        QCOMPARE(AuditService::actionTitle(QStringLiteral("sagemaker:StartPipelineExecution")),
                 QStringLiteral("Start execution"));
        QCOMPARE(AuditService::actionTitle(QStringLiteral("SomethingNew")), QStringLiteral("SomethingNew"));
        QCOMPARE(AuditService::targetName(pipeline), QStringLiteral("serial-inference-pipeline"));
        QCOMPARE(AuditService::targetName(pipeline + QStringLiteral("/execution/abc")),
                 QStringLiteral("serial-inference-pipeline / abc"));
        QCOMPARE(AuditService::targetName(QStringLiteral("arn:aws:scheduler:us-east-1:2:schedule/default/nightly")),
                 QStringLiteral("nightly"));
        QCOMPARE(AuditService::targetName(QStringLiteral("3")), QStringLiteral("3"));
        QCOMPARE(AuditService::resourceType(pipeline), QStringLiteral("AWS::SageMaker::Pipeline"));
        QCOMPARE(AuditService::resourceType(rule), QStringLiteral("AWS::Events::Rule"));
        QCOMPARE(AuditService::resourceType(QStringLiteral("3")), QString());
    }

    void modelPagesLazilyAndTakesNewRowsAtTheTop()
    {
        PdTest::TestWorkspace ws;
        writeRows(ws);
        AuditTableModel model(ws->audit(), ws->accounts());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(8);
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.index(0, AuditTableModel::Identity).data().toString(), QStringLiteral("test (222222222222)"));
        // Newest first: row 29 (UpdatePipeline), then row 28 (an execution's start).
        QCOMPARE(model.index(0, AuditTableModel::Action).data().toString(), QStringLiteral("Update pipeline"));
        QCOMPARE(model.index(1, AuditTableModel::Target).data(Qt::ToolTipRole).toString(),
                 pipeline + QStringLiteral("/execution/e28"));
        QCOMPARE(model.index(1, AuditTableModel::Target).data().toString(),
                 QStringLiteral("serial-inference-pipeline / e28"));
        QCOMPARE(model.index(1, AuditTableModel::Action).data().toString(), QStringLiteral("Start execution"));
        QCOMPARE(model.index(1, AuditTableModel::When).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2026-11-23T12:00:29Z"));
        const QModelIndex failed = model.index(29 - 7, AuditTableModel::Outcome);
        QCOMPARE(failed.data().toString(), QStringLiteral("Failed: refused"));
        QCOMPARE(failed.data(StatusRole).toString(), QStringLiteral("failed"));

        // Rows written later come in at the top on the service's signal; nothing is reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        ws.clock.advance(1000);
        ws->context().audit().record(dev, QStringLiteral("DeleteRule"), rule, Status());
        QTRY_COMPARE(model.rowCount(), 31);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.entryAt(0).action, QStringLiteral("DeleteRule"));

        // A filter reloads from the first page; a row that does not match does not come in.
        AuditQuery q;
        q.identity = dev;
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 8);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 11);
        ws.clock.advance(1000);
        ws->context().audit().record(test, QStringLiteral("DeleteRule"), rule, Status());
        ws.clock.advance(1000);
        ws->context().audit().record(dev, QStringLiteral("CreateRule"), rule, Status());
        QTRY_COMPARE(model.rowCount(), 12);
        QCOMPARE(model.entryAt(0).action, QStringLiteral("CreateRule"));
    }
};

QTEST_GUILESS_MAIN(TestAuditService)
#include "tst_auditservice.moc"
