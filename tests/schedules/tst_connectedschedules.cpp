// A connected account's schedules are EventBridge Scheduler's: the local engine never fires them,
// and every local change through ScheduleService (create, update, enable, disable, delete, run now,
// put-triggers) is refused as a Conflict (exit code 2) naming the schedule, the account and the
// profile. Create, update, enable, disable and delete go to the cloud through CloudActions instead
// (tst_cloudscheduleactions, tst_connectedschedulescli, tst_connectedcli).
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "accounts/accountservice.h"
#include "accounts/accountstore.h"
#include "pipelines/pipelineservice.h"
#include "scheduler/engine.h"
#include "schedules/scheduleservice.h"
#include "store/database.h"

using namespace Pd;
using PdTest::runCli;

namespace {
const QString test = QStringLiteral("222222222222");
const QString serial = QStringLiteral("serial-inference-pipeline");
constexpr qint64 minute = 60 * 1000;

void setProfile(PdTest::TestWorkspace &ws, const QString &accountId, const QString &profile)
{
    Account account = ws->accounts().account(accountId).value();
    account.profile = profile;
    const Status written = ws->database().transaction([&] { return AccountStore(ws->database()).update(account); });
    if (!written)
        qFatal("%s", qPrintable(written.error().message));
}

ScheduleInput every5(const QString &name)
{
    ScheduleInput input;
    input.name = name;
    input.expression = QStringLiteral("rate(5 minutes)");
    input.targetPipeline = serial;
    return input;
}

template<typename T> Status statusOf(const Result<T> &r)
{
    return r ? Status() : Status(r.error());
}

void verifyRefused(const Status &status, const QString &what)
{
    QVERIFY(!status);
    QCOMPARE(status.error().code, Error::Code::Conflict);
    QCOMPARE(status.error().exitCode(), 2);
    QVERIFY2(status.error().message.contains(what), qPrintable(status.error().message));
    QVERIFY2(status.error().message.contains("connected account test (222222222222) (profile prod-test)"),
             qPrintable(status.error().message));
}
} // namespace

class TestConnectedSchedules : public QObject
{
    Q_OBJECT

private slots:
    void theEngineNeverFiresThem()
    {
        PdTest::TestWorkspace ws;
        QVERIFY(ws->schedules().create(test, every5("nightly")));
        setProfile(ws, test, "prod-test");
        {
            Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
            QVERIFY(engine.start());
            ws.clock.advance(30 * minute);
            QCOMPARE(engine.processDue().value(), 0);
            QCOMPARE(ws->schedules().history(test, "nightly", {}, 100)->size(), 0);
        }
        // The same schedule, local again, fires: the connection was what held it.
        setProfile(ws, test, QString());
        Engine engine(ws->context(), ws->pipelines(), ws->schedules(), ws->rules(), Engine::Kind::Gui);
        QVERIFY(engine.start());
        ws.clock.advance(5 * minute);
        QVERIFY(engine.processDue().value() >= 1);
        QVERIFY(ws->schedules().history(test, "nightly", {}, 100)->size() >= 1);
    }

    void localChangesAreRefused()
    {
        PdTest::TestWorkspace ws;
        QVERIFY(ws->schedules().create(test, every5("nightly")));
        setProfile(ws, test, "prod-test");
        const int changesBefore = ws->database().changeCount();
        verifyRefused(statusOf(ws->schedules().create(test, every5("hourly"))), "Schedule hourly");
        ScheduleInput change;
        change.name = "nightly";
        change.description = QStringLiteral("changed");
        verifyRefused(statusOf(ws->schedules().update(test, change)), "Schedule nightly");
        verifyRefused(statusOf(ws->schedules().setEnabled(test, "nightly", {}, false)), "Schedule nightly");
        verifyRefused(statusOf(ws->schedules().runNow(test, "nightly")), "Schedule nightly");
        TriggersInput triggers;
        triggers.pipeline = serial;
        triggers.names = {"t1"};
        triggers.expression = "rate(1 hour)";
        const Status put = statusOf(ws->schedules().putTriggers(test, triggers));
        QVERIFY(!put);
        QCOMPARE(put.error().code, Error::Code::Conflict);
        QVERIFY2(put.error().message.contains("profile prod-test"), qPrintable(put.error().message));
        QCOMPARE(ws->database().changeCount(), changesBefore);
        QVERIFY(ws->schedules().history(test, "nightly", {}, 100)->isEmpty());

        // Create, update, enable, disable and delete go to the cloud (tst_connectedschedulescli,
        // tst_connectedcli); running a slot now is the local engine's, which never fires a
        // connected account's schedule.
        auto cli = runCli({"--workspace", ws.path(), "--identity", test, "schedules", "run-now", "--name", "nightly"});
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains("belongs to the connected account test (222222222222)"), qPrintable(cli.err));
    }
};

QTEST_GUILESS_MAIN(TestConnectedSchedules)
#include "tst_connectedschedules.moc"
