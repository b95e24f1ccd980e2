// The connection banner: on the pages of a connected account it says through which profile the
// data was read and how old it is, with the zone, the age following the workspace clock minute by
// minute; offline it says why and that actions are disabled; a local account and the Activity page
// show none. In the main window, above every page. Screenshots with PD_SHOTS_DIR set.
#undef QT_NO_CAST_FROM_ASCII
#include "core/language.h"
#include "core/session.h"
#include "core/timeformat.h"
#include "testworkspace.h"

#include "accounts/accountservice.h"
#include "accounts/accountstore.h"
#include "pipelines/pipelinemirror.h"
#include "pipelines/pipelineservice.h"
#include "store/database.h"
#include "views/common/connectionbanner.h"
#include "views/mainwindow.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Pd;

namespace {
const QString prod = QStringLiteral("444444444444");
const QString dev = QStringLiteral("111111111111");

const char listPipelines[] = R"({"PipelineSummaries": [
    {"PipelineArn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model", "PipelineName": "churn-model",
     "PipelineDisplayName": "Churn model", "PipelineDescription": "Weekly churn retraining",
     "CreationTime": 1763900000, "LastModifiedTime": 1763986400},
    {"PipelineArn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/fraud-detection",
     "PipelineName": "fraud-detection", "CreationTime": 1763000000, "LastModifiedTime": 1763000000}]})";

const char listExecutions[] = R"({"PipelineExecutionSummaries": [
    {"PipelineExecutionArn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model/execution/ab12cd34ef56",
     "StartTime": 1763899200, "PipelineExecutionStatus": "Executing", "PipelineExecutionDisplayName": "weekly-11-23"},
    {"PipelineExecutionArn": "arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model/execution/0a1b2c3d4e5f",
     "StartTime": 1763294400, "PipelineExecutionStatus": "Failed", "PipelineExecutionDisplayName": "weekly-11-16",
     "PipelineExecutionFailureReason": "Step failure: One or multiple steps failed."}]})";
} // namespace

class TestConnectionBanner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PdTest::TestWorkspace> ws;

    void connectAndSync()
    {
        AccountInput input;
        input.id = prod;
        input.name = "prod";
        QVERIFY(ws->workspace->accounts().createAccount(dev, input));
        Account account = ws->workspace->accounts().account(prod).value();
        account.profile = "prod";
        QVERIFY(ws->workspace->database().transaction(
            [&] { return AccountStore(ws->workspace->database()).update(account); }));
        auto mirror = PipelineMirror::begin(ws->workspace->context(), ws->workspace->pipelines(), prod);
        QVERIFY(mirror);
        QVERIFY(mirror.value()->applyPipelines(QJsonDocument::fromJson(listPipelines).object()));
        QVERIFY(mirror.value()->applyExecutions("arn:aws:sagemaker:us-east-1:444444444444:pipeline/churn-model",
                                                QJsonDocument::fromJson(listExecutions).object()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Asia/Seoul");
    }
    void init()
    {
        ws = std::make_unique<PdTest::TestWorkspace>();
        connectAndSync();
        Language::instance()->setLanguage("en");
    }
    void cleanup() { ws.reset(); }

    void saysTheProfileAndTheAgeFromTheClock()
    {
        Session session(prod);
        ConnectionBanner banner(*ws->workspace, session);
        banner.setKind(MirrorKind::Pipelines);
        QVERIFY(!banner.isHidden());
        QVERIFY(banner.actionsAllowed());
        // The read time in the user's zone, with the zone said.
        const QString when = displayDateTime(PdTest::demoNow(), QTimeZone::systemTimeZone(), QLocale());
        QVERIFY(when.endsWith(" " + zoneLabel(QTimeZone::systemTimeZone(), PdTest::demoNow())));
        QCOMPARE(banner.text(), "Connected through profile prod · as of " + when + ", just now");
        auto *label = banner.findChild<QLabel *>("connectionBannerLabel");
        QCOMPARE(label->text(), banner.text());

        ws->clock.advance(3 * 60 * 1000 + 5000);
        banner.updateAge();
        QVERIFY2(label->text().endsWith(", 3 min ago"), qPrintable(label->text()));
        ws->clock.advance(2 * 3600 * 1000);
        banner.updateAge();
        QVERIFY2(label->text().endsWith(", 2 h ago"), qPrintable(label->text()));
        QCOMPARE(banner.status().rows, 2);
    }

    void offlineSaysWhyAndDisablesActions()
    {
        Session session(prod);
        ConnectionBanner banner(*ws->workspace, session);
        banner.setKind(MirrorKind::Executions);
        QSignalSpy changed(&banner, &ConnectionBanner::statusChanged);
        ws->workspace->accounts().setConnectionState(prod, ConnectionState::Offline,
                                                     "The credentials of profile prod expired.");
        QCOMPARE(changed.count(), 1);
        QVERIFY(!banner.actionsAllowed());
        QVERIFY2(banner.text().startsWith("Offline through profile prod · as of "), qPrintable(banner.text()));
        QVERIFY2(banner.text().endsWith("actions are disabled: The credentials of profile prod expired."),
                 qPrintable(banner.text()));
        ws->workspace->accounts().setConnectionState(prod, ConnectionState::Online);
        QVERIFY(banner.actionsAllowed());
        QVERIFY(banner.text().startsWith("Connected"));
    }

    // Each way a connection is unusable says what to do about it; all of them disable actions.
    void expiredAndErrorSayWhatToDo()
    {
        Session session(prod);
        ConnectionBanner banner(*ws->workspace, session);
        banner.setKind(MirrorKind::Executions);
        ws->workspace->accounts().setConnectionState(prod, ConnectionState::Expired, "ExpiredTokenException: gone");
        QVERIFY(!banner.actionsAllowed());
        QVERIFY2(banner.text().startsWith("The credentials of profile prod expired: renew them, then refresh (F5) · "
                                          "as of "),
                 qPrintable(banner.text()));
        QVERIFY2(banner.text().endsWith("actions are disabled: ExpiredTokenException: gone"),
                 qPrintable(banner.text()));
        ws->workspace->accounts().setConnectionState(prod, ConnectionState::Error, "InvalidClientTokenId: bad");
        QVERIFY(!banner.actionsAllowed());
        QVERIFY2(banner.text().startsWith("Profile prod cannot connect: fix it under Connections · as of "),
                 qPrintable(banner.text()));
        ws->workspace->accounts().setConnectionState(prod, ConnectionState::Online);
        QVERIFY(banner.actionsAllowed());
    }

    void notSyncedYet()
    {
        Session session(prod);
        ConnectionBanner banner(*ws->workspace, session);
        banner.setKind(MirrorKind::Schedules);
        QCOMPARE(banner.text(), "Connected through profile prod · not synced yet");
    }

    void hiddenForALocalAccountAndWithoutAKind()
    {
        Session session(dev);
        ConnectionBanner banner(*ws->workspace, session);
        banner.setKind(MirrorKind::Pipelines);
        QVERIFY(banner.isHidden());
        QCOMPARE(banner.text(), QString());
        session.setIdentity(prod);
        QVERIFY(!banner.isHidden());
        banner.setKind(std::nullopt);
        QVERIFY(banner.isHidden());
    }

    void followsASync()
    {
        Session session(prod);
        ConnectionBanner banner(*ws->workspace, session);
        banner.setKind(MirrorKind::Pipelines);
        ws->clock.advance(10 * 60 * 1000);
        banner.updateAge();
        QVERIFY(banner.text().endsWith("10 min ago"));
        auto mirror = PipelineMirror::begin(ws->workspace->context(), ws->workspace->pipelines(), prod);
        QVERIFY(mirror.value()->applyPipelines(QJsonDocument::fromJson(listPipelines).object()));
        QVERIFY2(banner.text().endsWith("just now"), qPrintable(banner.text()));
    }

    void mainWindowShowsItAboveThePages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("ko") << "ko";
    }
    void mainWindowShowsItAboveThePages()
    {
        QFETCH(QString, language);
        Language::instance()->setLanguage(language);
        Session session(prod);
        MainWindow window(*ws->workspace, session);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<ConnectionBanner *>("connectionBanner");
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        ws->clock.advance(3 * 60 * 1000);
        banner->updateAge();
        // The Pipelines page of a connected account: New goes to the cloud through the window's
        // CloudActions, so it is on.
        auto *newButton = window.findChild<QPushButton *>("newPipelineButton");
        QVERIFY(newButton->isEnabled());
        const QByteArray dir = qgetenv("PD_SHOTS_DIR");
        if (!dir.isEmpty())
            window.grab().save(QString::fromLocal8Bit(dir) + "/shots-mirror-pipelines-" + language + ".png");
        QVERIFY(window.showPage("executions"));
        QVERIFY(banner->isVisible());
        ws->workspace->accounts().setConnectionState(prod, ConnectionState::Expired,
                                                     language == "ko"
                                                         ? QStringLiteral("프로필 prod의 자격 증명이 만료되었습니다.")
                                                         : QStringLiteral("The credentials of profile prod expired."));
        if (!dir.isEmpty())
            window.grab().save(QString::fromLocal8Bit(dir) + "/shots-mirror-executions-offline-" + language + ".png");
        QVERIFY(window.showPage("activity"));
        QVERIFY(!banner->isVisible());
        session.setIdentity(dev);
        QVERIFY(window.showPage("pipelines"));
        QVERIFY(!banner->isVisible());
        Language::instance()->setLanguage("en");
    }
};

QTEST_MAIN(TestConnectionBanner)
#include "tst_connectionbanner.moc"
