// A pipeline shared with the identity is named by its ARN: a bare name means the identity's own
// account, and when no own pipeline has that name but a shared one does, the error says so and
// gives the ARN (issue 12).
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "pipelines/pipelineservice.h"

using namespace Pd;
using PdTest::runCli;

namespace {
const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString shared = QStringLiteral("333333333333");
const QString serialArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
} // namespace

class TestSharedPipelineNames : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_ws = std::make_unique<PdTest::TestWorkspace>(); }
    void cleanup() { m_ws.reset(); }

    void bareNameOfSharedPipelineGivesItsArn();
    void bareNameOfUnknownPipelineSaysNothingOfShares();
    void arnStillResolves();
    void cliStartAndDescribeNameTheArn();

private:
    std::unique_ptr<PdTest::TestWorkspace> m_ws;
};

void TestSharedPipelineNames::bareNameOfSharedPipelineGivesItsArn()
{
    // The demo shares serial-inference-pipeline of test with dev (read-only) and shared-services
    // (allow-execution); neither owns one of that name.
    for (const QString &identity : {dev, shared}) {
        auto found = (*m_ws)->pipelines().resolve(identity, QStringLiteral("serial-inference-pipeline"));
        QVERIFY(!found.ok());
        QCOMPARE(found.error().code, Error::Code::NotFound);
        const QString message = found.error().message;
        QVERIFY2(message.contains(QStringLiteral("does not exist in account ") + identity), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("named by their ARN")), qPrintable(message));
        QVERIFY2(message.contains(serialArn), qPrintable(message));
    }
    StartRequest request;
    request.pipeline = QStringLiteral("serial-inference-pipeline");
    auto started = (*m_ws)->pipelines().start(shared, request);
    QVERIFY(!started.ok());
    QVERIFY2(started.error().message.contains(serialArn), qPrintable(started.error().message));
}

void TestSharedPipelineNames::bareNameOfUnknownPipelineSaysNothingOfShares()
{
    auto found = (*m_ws)->pipelines().resolve(dev, QStringLiteral("no-such-pipeline"));
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, Error::Code::NotFound);
    QVERIFY2(!found.error().message.contains(QStringLiteral("ARN")), qPrintable(found.error().message));
}

void TestSharedPipelineNames::arnStillResolves()
{
    auto found = (*m_ws)->pipelines().resolve(dev, serialArn);
    QVERIFY2(found.ok(), qPrintable(found.error().message));
    QCOMPARE(found->arn, serialArn);
    // The owner names it by its bare name.
    auto owned = (*m_ws)->pipelines().resolve(test, QStringLiteral("serial-inference-pipeline"));
    QVERIFY2(owned.ok(), qPrintable(owned.error().message));
}

void TestSharedPipelineNames::cliStartAndDescribeNameTheArn()
{
    const QStringList base{"--workspace", m_ws->path(), "--identity", shared};
    auto started = runCli(QStringList(base) << "executions"
                                            << "start"
                                            << "--pipeline-name"
                                            << "serial-inference-pipeline");
    QCOMPARE(started.exitCode, 2);
    QVERIFY2(started.err.contains("named by their ARN: " + serialArn), qPrintable(started.err));
    QVERIFY(started.out.isEmpty());

    auto described = runCli(QStringList(base) << "pipelines"
                                              << "describe"
                                              << "--pipeline-name"
                                              << "serial-inference-pipeline");
    QCOMPARE(described.exitCode, 2);
    QVERIFY2(described.err.contains(serialArn), qPrintable(described.err));

    auto byArn = runCli(QStringList(base) << "executions"
                                          << "start"
                                          << "--pipeline-name" << serialArn);
    QCOMPARE(byArn.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestSharedPipelineNames)
#include "tst_sharedpipelinenames.moc"
