// What the schedule wizard and the preview say while a schedule is written, offscreen: errors
// name the field as the page labels it, a zone given by another name shows its canonical name.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "testworkspace.h"

#include "core/language.h"
#include "core/session.h"
#include "views/schedules/schedulepreviewwidget.h"
#include "views/schedules/schedulewizard.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

using namespace Pd;

namespace {
const QString test = QStringLiteral("222222222222");

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}
} // namespace

class TestScheduleWizardChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::instance()->setLanguage(QStringLiteral("en")); }

    void previewNamesTheFieldAsLabelled()
    {
        ManualClock clock(PdTest::demoNow());
        SchedulePreviewWidget widget(&clock);
        widget.setExpression("rate(1 hour)", "Nowhere/Else");
        QCOMPARE(widget.errorText(), "Time zone: “Nowhere/Else” is not a known time zone (IANA such as Asia/Seoul, or "
                                     "Windows such as Pacific Standard Time)");
        widget.setExpression("every(1 hour)", "UTC");
        QCOMPARE(widget.errorText(), "Expression: unknown type “every”; use at(), rate(), cron(), crontab() or "
                                     "recurrence() (at character 1)");
        // A part of the expression keeps its own name.
        widget.setExpression("cron(0 8 ? * 9 *)", "UTC");
        QCOMPARE(widget.errorText(), "day-of-week: 9 is out of range 1–7 (at character 14)");
    }

    void wizardNamesTheFieldAsLabelled()
    {
        const Error zone = Error::invalid("timezone", "timezone: “X” is not a known time zone");
        QCOMPARE(ScheduleWizard::onPage(zone).message, "Time zone: “X” is not a known time zone");
        const Error expression = Error::invalid("expression", "expression: day-of-week: 9 is out of range 1–7");
        QCOMPARE(ScheduleWizard::onPage(expression).message, "Expression: day-of-week: 9 is out of range 1–7");
        const Error other = Error::conflict("A schedule named “x” already exists.");
        QCOMPARE(ScheduleWizard::onPage(other).message, other.message);
    }

    void previewShowsTheCanonicalZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("shown");
        QTest::newRow("link") << "Asia/Calcutta"
                              << "Time zone: Asia/Calcutta (Asia/Kolkata)";
        QTest::newRow("windows") << "Nepal Standard Time"
                                 << "Time zone: Nepal Standard Time (Asia/Kathmandu)";
        QTest::newRow("canonical: nothing to add") << "Asia/Seoul" << QString();
    }

    void previewShowsTheCanonicalZone()
    {
        QFETCH(QString, zone);
        QFETCH(QString, shown);
        ManualClock clock(PdTest::demoNow());
        SchedulePreviewWidget widget(&clock);
        widget.setExpression("cron(0 9 * * ? *)", zone);
        QVERIFY(widget.isValid());
        QCOMPARE(widget.zoneText(), shown);
    }

    void wizardAcceptsALinkAndReviewsItsCanonicalName()
    {
        PdTest::TestWorkspace ws;
        Session session(test);
        ScheduleWizard wizard(*ws, session);
        wizard.show();
        child<QRadioButton>(&wizard, "cronRadioButton")->setChecked(true);
        wizard.next();
        child<QLineEdit>(&wizard, "nameEdit")->setText("in-india");
        child<QComboBox>(&wizard, "timeZoneCombo")->setCurrentText("India Standard Time");
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        while (wizard.currentId() != ScheduleWizard::ReviewPageId)
            wizard.next();
        const QString summary = child<QLabel>(&wizard, "summaryLabel")->text();
        QVERIFY2(summary.contains("in India Standard Time (Asia/Kolkata)"), qPrintable(summary));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.created());
        // Stored as typed, as EventBridge Scheduler does.
        QCOMPARE(wizard.created()->timeZone, "India Standard Time");
    }

    // An at() in the past: the expression page's preview and the review both say it never fires,
    // and the schedule is still created (as AWS creates it).
    void wizardSaysItNeverFires()
    {
        PdTest::TestWorkspace ws;
        Session session(test);
        ScheduleWizard wizard(*ws, session);
        wizard.show();
        child<QRadioButton>(&wizard, "oneTimeRadioButton")->setChecked(true);
        wizard.next();
        child<QLineEdit>(&wizard, "nameEdit")->setText("too-late");
        child<QLineEdit>(&wizard, "expressionEdit")->setText("at(2020-01-01T09:00:00)");
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        const QString never = "Never fires: 2020-01-01 09:00 UTC is in the past.";
        QVERIFY(child<SchedulePreviewWidget>(&wizard, "schedulePreviewWidget")->warnings().contains(never));
        while (wizard.currentId() != ScheduleWizard::ReviewPageId)
            wizard.next();
        auto *warnings = child<QLabel>(&wizard, "reviewWarningsLabel");
        QVERIFY(warnings->isVisibleTo(&wizard));
        QCOMPARE(warnings->text(), "⚠ " + never);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.created());
    }
};

QTEST_MAIN(TestScheduleWizardChecks)
#include "tst_schedulewizardchecks.moc"
