// RuleService::importRules, the create-or-replace behind "rules import" and the import dialog:
// every rule written or none (a bad second rule leaves no first rule and no event bus behind),
// targets checked before anything is written, and importing again replaces in place; and
// planImport, which says so beforehand.
#include "testworkspace.h"

#include "rules/ruleservice.h"

#include <QSignalSpy>

using namespace Pd;

namespace {

const QString kTest = QStringLiteral("222222222222");
const QString kPipeline = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/serial-inference-pipeline");

Rule busRule(const QString &name)
{
    Rule r;
    r.name = name;
    r.eventBus = QStringLiteral("ml-events");
    r.eventPattern = QStringLiteral(R"({"source":["my.app"]})");
    RuleTarget t;
    t.id = QStringLiteral("infer");
    t.pipelineArn = kPipeline;
    t.parameters = {{QStringLiteral("InputData"), QStringLiteral("$.detail.uri"), true}};
    r.targets = {t};
    return r;
}

} // namespace

class TestRuleImport : public QObject
{
    Q_OBJECT

private slots:
    void createsBusesAndRules();
    void aBadSecondRuleLeavesNothing();
    void aTargetThatCannotStartIsRefusedFirst();
    void planSaysWhatImportWillDo();
};

void TestRuleImport::createsBusesAndRules()
{
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    const qsizetype demoRules = rules.rules(kTest)->size();
    auto outcome = rules.importRules(kTest, {busRule(QStringLiteral("a")), busRule(QStringLiteral("b"))});
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    QCOMPARE(outcome->createdEventBuses, QStringList{QStringLiteral("ml-events")});
    QCOMPARE(outcome->ruleArns,
             (QStringList{QStringLiteral("arn:aws:events:us-east-1:222222222222:rule/ml-events/a"),
                          QStringLiteral("arn:aws:events:us-east-1:222222222222:rule/ml-events/b")}));

    // Again, with a change: the same rules replaced in place, no bus made.
    Rule changed = busRule(QStringLiteral("a"));
    changed.description = QStringLiteral("바뀜");
    outcome = rules.importRules(kTest, {changed});
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    QVERIFY(outcome->createdEventBuses.isEmpty());
    QCOMPARE(rules.rules(kTest)->size(), demoRules + 2);
    QCOMPARE(rules.rule(kTest, QStringLiteral("a"), QStringLiteral("ml-events"))->description, changed.description);
}

void TestRuleImport::aBadSecondRuleLeavesNothing()
{
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    const qsizetype demoRules = rules.rules(kTest)->size();
    Rule bad = busRule(QStringLiteral("bad name!"));
    bad.eventBus = QStringLiteral("other-bus");
    QSignalSpy changed(&rules, &RuleService::rulesChanged);
    QSignalSpy busesChanged(&rules, &RuleService::eventBusesChanged);

    // The name is refused inside the transaction, after the first rule and both buses were written.
    auto outcome = rules.importRules(kTest, {busRule(QStringLiteral("good")), bad});
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, Error::Code::InvalidInput);
    QVERIFY2(outcome.error().message.startsWith(QStringLiteral("rule “bad name!”: ")),
             qPrintable(outcome.error().message));
    QCOMPARE(rules.rules(kTest)->size(), demoRules);
    QVERIFY(!rules.rule(kTest, QStringLiteral("good"), QStringLiteral("ml-events")).ok());
    QCOMPARE(rules.eventBuses(kTest).value(), QStringList{QStringLiteral("default")});
    // Listeners heard about writes the rollback took back, so they are told to read again.
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.constLast().constFirst().toString(), kTest);
    QVERIFY(!busesChanged.isEmpty());
}

void TestRuleImport::aTargetThatCannotStartIsRefusedFirst()
{
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    const qsizetype demoRules = rules.rules(kTest)->size();
    Rule missing = busRule(QStringLiteral("second"));
    missing.targets[0].pipelineArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/does-not-exist");
    QSignalSpy busesChanged(&rules, &RuleService::eventBusesChanged);
    auto outcome = rules.importRules(kTest, {busRule(QStringLiteral("first")), missing});
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.startsWith(QStringLiteral("rule “second”: ")),
             qPrintable(outcome.error().message));
    QCOMPARE(outcome.error().field, QStringLiteral("Targets[0].Arn"));
    QCOMPARE(rules.rules(kTest)->size(), demoRules);
    QCOMPARE(busesChanged.size(), 0); // refused before any write
}

// planImport, the import dialog's preview: what importRules would create, replace and refuse,
// with nothing written.
void TestRuleImport::planSaysWhatImportWillDo()
{
    PdTest::TestWorkspace ws;
    RuleService &rules = ws->rules();
    QVERIFY(rules.importRules(kTest, {busRule(QStringLiteral("a"))}).ok());
    const qsizetype before = rules.rules(kTest)->size();

    Rule onNewBus = busRule(QStringLiteral("b"));
    onNewBus.eventBus = QStringLiteral("new-bus");
    Rule missing = busRule(QStringLiteral("c"));
    missing.targets[0].pipelineArn = QStringLiteral("arn:aws:sagemaker:us-east-1:222222222222:pipeline/does-not-exist");
    Rule alsoMissing = missing;
    alsoMissing.name = QStringLiteral("d");
    alsoMissing.eventBus = QStringLiteral("new-bus");
    QSignalSpy changed(&rules, &RuleService::rulesChanged);
    const RuleImportPlan plan =
        rules.planImport(kTest, {busRule(QStringLiteral("a")), onNewBus, missing, alsoMissing, onNewBus});
    QCOMPARE(plan.replaces, (QList<bool>{true, false, false, false, false}));
    QCOMPARE(plan.newEventBuses, QStringList{QStringLiteral("new-bus")});
    // The first refusal only, as importRules gives it.
    QCOMPARE(plan.refusedRule, 2);
    QVERIFY(plan.refusal.has_value());
    QCOMPARE(plan.refusal->field, QStringLiteral("Targets[0].Arn"));
    QCOMPARE(rules.rules(kTest)->size(), before);
    QCOMPARE(changed.size(), 0);

    const RuleImportPlan clean = rules.planImport(kTest, {busRule(QStringLiteral("x"))});
    QCOMPARE(clean.replaces, QList<bool>{false});
    QVERIFY(clean.newEventBuses.isEmpty());
    QCOMPARE(clean.refusedRule, -1);
    QVERIFY(!clean.refusal);
}

QTEST_GUILESS_MAIN(TestRuleImport)
#include "tst_ruleimport.moc"
