// Two local runners on one workspace (the GUI and `executions start --wait`, say) never run a step
// twice: each applies a transition in one write transaction from the state stored, so the second
// finds it applied. The runner takes no lease, and needs none for this (issue 12).
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "pipelines/localrunner.h"
#include "pipelines/pipelineservice.h"

using namespace Pd;

namespace {
const QString test = QStringLiteral("222222222222");
const QString serial = QStringLiteral("serial-inference-pipeline");

// "Name:Status#attempt@start-end" in ms after t0, in the order the steps started.
QString timeline(const Execution &e, qint64 t0)
{
    QStringList parts;
    for (const StepExecution &s : e.steps)
        parts.append(QStringLiteral("%1:%2#%3@%4-%5")
                         .arg(s.name, toApiString(s.status))
                         .arg(s.attempt)
                         .arg(s.startTime - t0)
                         .arg(s.endTime ? s.endTime - t0 : -1));
    return parts.join(QLatin1Char(' ')) + QStringLiteral(" => ") + toApiString(e.status);
}

// Runs an execution of the serial pipeline (CreateModel fails once) to its end with `runners`
// runners ticking every 300 ms.
QString runWith(int runners)
{
    PdTest::TestWorkspace first;
    StepSimulation failing;
    failing.failAttempts = 1;
    if (!first->pipelines().setStepSimulation(test, serial, "CreateModel", failing))
        qFatal("cannot set the simulation");
    // The second program: its own connection to the same file, its own clock.
    Pd::ManualClock otherClock{PdTest::demoNow()};
    Pd::Workspace::Options options;
    options.clock = &otherClock;
    auto second = Pd::Workspace::open(first.path(), options);
    if (!second)
        qFatal("cannot open the workspace again: %s", qPrintable(second.error().message));
    LocalRunner a(first->context(), first->pipelines());
    LocalRunner b((*second)->context(), (*second)->pipelines());

    StartRequest request;
    request.pipeline = serial;
    const QString arn = first->pipelines().start(test, request).value();
    const qint64 t0 = first.clock.nowMs();
    for (int i = 0; i < 400; ++i) {
        first.clock.advance(300);
        // In turn, the second runner ticks first with its clock ahead, or after the first with its
        // clock behind: each applies transitions the other has not, and finds done what it has.
        const bool secondFirst = runners == 2 && i % 2 == 1;
        otherClock.set(first.clock.now().addMSecs(secondFirst ? 120 : -120));
        if (secondFirst && !b.tick())
            qFatal("tick failed");
        if (!a.tick())
            qFatal("tick failed");
        if (runners == 2 && !secondFirst && !b.tick())
            qFatal("tick failed");
        if (isTerminal(first->pipelines().describeExecution(test, arn)->status))
            break;
    }
    return timeline(first->pipelines().describeExecution(test, arn).value(), t0);
}
} // namespace

class TestTwoRunners : public QObject
{
    Q_OBJECT

private slots:
    void secondRunnerRunsNoStepTwice();
};

void TestTwoRunners::secondRunnerRunsNoStepTwice()
{
    const QString alone = runWith(1);
    QVERIFY2(alone.endsWith(" => Failed"), qPrintable(alone));
    QVERIFY2(alone.contains("CreateModel:Failed#1@"), qPrintable(alone));
    const QString together = runWith(2);
    QCOMPARE(together, alone);
    // Every step once, each in its first attempt.
    QCOMPARE(together.count(QStringLiteral("Preprocess:")), 1);
    QVERIFY(!together.contains(QStringLiteral("#2@")));
}

QTEST_GUILESS_MAIN(TestTwoRunners)
#include "tst_tworunners.moc"
