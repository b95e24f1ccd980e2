// The Activity page driven as a user would: its filters, paging as the table scrolls, rows coming
// in when a service writes, and the details of the selected row.
#include "testworkspace.h"

#include "audit/auditmodel.h"
#include "audit/auditservice.h"
#include "pipelines/pipelineservice.h"
#include "store/database.h"
#include "store/servicecontext.h"
#include "views/audit/activitypage.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>

using namespace Pd;

namespace {

const QString dev = QStringLiteral("111111111111");
const QString test = QStringLiteral("222222222222");
const QString pipeline = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");
const QString rule = QStringLiteral("arn:aws:events:us-east-1:222222222222:rule/nightly-retrain");

} // namespace

class TestActivityPage : public QObject
{
    Q_OBJECT

    // 250 rows a second apart (more than two of the model's pages): test starts executions,
    // dev is refused every tenth time, and the engine skips missed runs of the rule.
    static void writeRows(PdTest::TestWorkspace &ws)
    {
        QSqlQuery clear(ws->database().db());
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM audit_log")));
        AuditLog &log = ws->context().audit();
        for (int i = 0; i < 250; ++i) {
            ws.clock.advance(1000);
            if (i % 10 == 0)
                log.record(dev, QStringLiteral("sagemaker:StartPipelineExecution"), pipeline,
                           Error::denied(QStringLiteral("read-only share")));
            else if (i % 25 == 1)
                log.record(test, QStringLiteral("SkipMissedRuns"), rule, Status(), QStringLiteral("3 slot(s)"),
                           QStringLiteral("engine"));
            else
                log.record(test, QStringLiteral("sagemaker:StartPipelineExecution"),
                           pipeline + QStringLiteral("/execution/e%1").arg(i), Status());
        }
        QCoreApplication::processEvents();
    }

    static int loadAll(QTableView *table)
    {
        // Scrolling to the end is what makes a view fetch the next page.
        for (int i = 0; i < 20 && table->model()->canFetchMore({}); ++i) {
            table->scrollToBottom();
            QCoreApplication::processEvents();
        }
        return table->model()->rowCount();
    }

private slots:
    void filtersPagingAndDetails()
    {
        PdTest::TestWorkspace ws;
        writeRows(ws);
        ActivityPage page(*ws);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("activityTable"));
        auto *object = page.findChild<QLineEdit *>(QStringLiteral("objectFilterEdit"));
        auto *identity = page.findChild<QComboBox *>(QStringLiteral("identityFilterCombo"));
        auto *action = page.findChild<QComboBox *>(QStringLiteral("actionFilterCombo"));
        auto *outcome = page.findChild<QComboBox *>(QStringLiteral("outcomeFilterCombo"));
        auto *detail = page.findChild<QPlainTextEdit *>(QStringLiteral("detailText"));
        QVERIFY(table && object && identity && action && outcome && detail);

        // A page at first; the rest as the table scrolls, each row once.
        QCOMPARE(table->model()->rowCount(), AuditTableModel::defaultPageSize);
        QCOMPARE(loadAll(table), 250);
        QSet<qint64> ids;
        for (int row = 0; row < 250; ++row)
            ids.insert(page.model()->entryAt(row).id);
        QCOMPARE(ids.size(), 250);

        // The account combo lists the demo's accounts by name.
        QCOMPARE(identity->count(), 4);
        identity->setCurrentIndex(identity->findData(dev));
        QCOMPARE(loadAll(table), 25);
        QCOMPARE(table->model()->index(0, AuditTableModel::Identity).data().toString(),
                 QStringLiteral("dev (111111111111)"));
        outcome->setCurrentIndex(outcome->findData(true));
        QCOMPARE(table->model()->rowCount(), 0);
        outcome->setCurrentIndex(0);
        identity->setCurrentIndex(0);

        // The action combo shows readable names; the recorded name is its data.
        const int skips = action->findData(QStringLiteral("SkipMissedRuns"));
        QVERIFY(skips > 0);
        QCOMPARE(action->itemText(skips), QStringLiteral("Missed runs skipped"));
        action->setCurrentIndex(skips);
        QCOMPARE(loadAll(table), 10);
        QCOMPARE(table->model()->index(0, AuditTableModel::Actor).data().toString(),
                 QStringLiteral("Scheduler engine"));
        QCOMPARE(table->model()->index(0, AuditTableModel::Target).data().toString(),
                 QStringLiteral("nightly-retrain"));
        QCOMPARE(table->model()->index(0, AuditTableModel::Target).data(Qt::ToolTipRole).toString(), rule);
        action->setCurrentIndex(0);

        // The object: an execution's ARN, then the pipeline's name (the pipeline and its executions).
        QTest::keyClicks(object, pipeline + QStringLiteral("/execution/e42"));
        QCOMPARE(table->model()->rowCount(), 1);
        object->clear();
        QTest::keyClicks(object, QStringLiteral("nightly-retrain"));
        QCOMPARE(loadAll(table), 10);
        object->clear();
        QCOMPARE(table->model()->rowCount(), AuditTableModel::defaultPageSize);

        // Selecting a row shows all of it; double-clicking moves the focus to the details.
        table->setCurrentIndex(table->model()->index(0, 0));
        const AuditEntry newest = page.model()->entryAt(0);
        QVERIFY(detail->toPlainText().contains(newest.target));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("sagemaker:StartPipelineExecution")));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("UTC")));
        const QRect cell = table->visualRect(table->model()->index(0, AuditTableModel::Action));
        // A real double-click starts with a press: the view checks the pressed index.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(detail->hasFocus());

        // A change through a service comes in at the top by itself, with the selection kept.
        table->setCurrentIndex(table->model()->index(3, 0));
        const qint64 selected = page.model()->entryAt(3).id;
        ws.clock.advance(1000);
        StartRequest request;
        request.pipeline = QStringLiteral("abalone-training-pipeline");
        QVERIFY(ws->pipelines().start(test, request).ok());
        QTRY_COMPARE(page.model()->entryAt(0).target.contains(QLatin1String("abalone-training-pipeline")), true);
        QCOMPARE(page.model()->entryAt(table->currentIndex().row()).id, selected);
        QCOMPARE(table->model()->index(0, AuditTableModel::Outcome).data().toString(), QStringLiteral("Succeeded"));
    }
};

QTEST_MAIN(TestActivityPage)
#include "tst_activitypage.moc"
