// Validation of SageMaker pipeline definitions: each error names what is wrong.
// Test tables are clearer with plain literals; production code keeps the strict cast rules.
#undef QT_NO_CAST_FROM_ASCII
#include "pipelines/pipeline.h"

#include <QTest>

using namespace Pd;

class TestPipelineDefinition : public QObject
{
    Q_OBJECT

private slots:
    void valid();
    void invalid_data();
    void invalid();
    void cycle_data();
    void cycle();
    void noCycle();
    void parameterValue_data();
    void parameterValue();
    void pipelineName_data();
    void pipelineName();
};

namespace {
QByteArray wrap(const char *parameters, const char *steps, const char *version = "\"2020-12-01\"")
{
    return QByteArray("{\"Version\":") + version + ",\"Parameters\":[" + parameters + "],\"Steps\":[" + steps + "]}";
}
const char twoSteps[] = R"({"Name":"A","Type":"Processing"},{"Name":"B","Type":"Training","DependsOn":["A"]})";
} // namespace

void TestPipelineDefinition::valid()
{
    const QByteArray json = wrap(R"({"Name":"S","Type":"String","DefaultValue":"x"},
                                    {"Name":"I","Type":"Integer","DefaultValue":3},
                                    {"Name":"F","Type":"Float","DefaultValue":0.5},
                                    {"Name":"B","Type":"Boolean","DefaultValue":true},
                                    {"Name":"N","Type":"String"})",
                                 R"({"Name":"C","Type":"Condition","DependsOn":["A","B"]},)"
                                 R"({"Name":"A","Type":"Processing"},{"Name":"B","Type":"Training","DependsOn":["A"]})");
    auto parsed = PipelineDefinition::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->parameters.size(), 5);
    QCOMPARE(parsed->parameters.at(1).defaultValue, QStringLiteral("3"));
    QCOMPARE(parsed->parameters.at(3).defaultValue, QStringLiteral("true"));
    QVERIFY(!parsed->parameters.at(4).hasDefault);
    QCOMPARE(parsed->topologicalOrder(), (QStringList{"A", "B", "C"}));
}

void TestPipelineDefinition::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not json") << QByteArray("{\"Version\":") << "pipeline-definition" << "not valid JSON";
    QTest::newRow("not an object") << QByteArray("[1,2]") << "pipeline-definition" << "JSON object";
    QTest::newRow("no version") << QByteArray(R"({"Steps":[]})") << "Version" << "no Version";
    QTest::newRow("unknown version") << wrap("", twoSteps, "\"2019-01-01\"") << "Version" << "2019-01-01";
    QTest::newRow("parameter without name") << wrap(R"({"Type":"String"})", twoSteps) << "Parameters[0]" << "no Name";
    QTest::newRow("unknown parameter type") << wrap(R"({"Name":"P","Type":"Text"})", twoSteps) << "Parameters[0].Type"
                                            << "Text";
    QTest::newRow("duplicate parameter")
        << wrap(R"({"Name":"P","Type":"String"},{"Name":"P","Type":"Integer"})", twoSteps) << "Parameters[1]"
        << "“P” is used twice";
    QTest::newRow("string default is a number")
        << wrap(R"({"Name":"P","Type":"String","DefaultValue":3})", twoSteps) << "Parameters[0].DefaultValue" << "String";
    QTest::newRow("integer default is fractional")
        << wrap(R"({"Name":"P","Type":"Integer","DefaultValue":1.5})", twoSteps) << "Parameters[0].DefaultValue"
        << "Integer";
    QTest::newRow("integer default is text")
        << wrap(R"({"Name":"P","Type":"Integer","DefaultValue":"1"})", twoSteps) << "Parameters[0].DefaultValue"
        << "Integer";
    QTest::newRow("float default is a bool")
        << wrap(R"({"Name":"P","Type":"Float","DefaultValue":true})", twoSteps) << "Parameters[0].DefaultValue" << "Float";
    QTest::newRow("boolean default is text")
        << wrap(R"({"Name":"P","Type":"Boolean","DefaultValue":"true"})", twoSteps) << "Parameters[0].DefaultValue"
        << "Boolean";
    QTest::newRow("no steps") << QByteArray(R"({"Version":"2020-12-01"})") << "Steps" << "list of steps";
    QTest::newRow("step without name") << wrap("", R"({"Type":"Processing"})") << "Steps[0]" << "no Name";
    QTest::newRow("unknown step type") << wrap("", R"({"Name":"A","Type":"Teleport"})") << "Steps[0].Type" << "Teleport";
    QTest::newRow("duplicate step") << wrap("", R"({"Name":"A","Type":"Processing"},{"Name":"A","Type":"Training"})")
                                    << "Steps[1]" << "“A” is used twice";
    QTest::newRow("depends on missing step")
        << wrap("", R"({"Name":"A","Type":"Processing"},{"Name":"B","Type":"Training","DependsOn":["Z"]})")
        << "Steps[1].DependsOn" << "“Z”";
    QTest::newRow("DependsOn not a list") << wrap("", R"({"Name":"A","Type":"Processing","DependsOn":"B"})")
                                          << "Steps[0].DependsOn" << "list";
    QTest::newRow("self cycle") << wrap("", R"({"Name":"A","Type":"Processing","DependsOn":["A"]})") << "Steps"
                                << "cycle: A → A (";
    QTest::newRow("three-step cycle")
        << wrap("", R"({"Name":"R","Type":"Processing"},{"Name":"A","Type":"Processing","DependsOn":["C","R"]},
                       {"Name":"B","Type":"Training","DependsOn":["A"]},{"Name":"C","Type":"Condition","DependsOn":["B"]})")
        << "Steps" << "cycle: A → B → C → A (";
}

void TestPipelineDefinition::cycle_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("cycle");
    // C only stands behind the cycle: it must not be named.
    QTest::newRow("A and B on each other, C on A")
        << wrap("", R"({"Name":"A","Type":"Processing","DependsOn":["B"]},{"Name":"B","Type":"Training","DependsOn":["A"]},
                       {"Name":"C","Type":"Condition","DependsOn":["A"]})")
        << QStringList{"A", "B", "A"};
    // The walk starts at C, defined first, and still reports the cycle from its first-defined step.
    QTest::newRow("dependent defined first")
        << wrap("", R"({"Name":"C","Type":"Condition","DependsOn":["A"]},{"Name":"B","Type":"Training","DependsOn":["A"]},
                       {"Name":"A","Type":"Processing","DependsOn":["B"]})")
        << QStringList{"B", "A", "B"};
    QTest::newRow("five-step cycle behind a valid start")
        << wrap("", R"({"Name":"Start","Type":"Processing"},
                       {"Name":"S1","Type":"Processing","DependsOn":["Start","S5"]},
                       {"Name":"S2","Type":"Training","DependsOn":["S1"]},
                       {"Name":"S3","Type":"Model","DependsOn":["S2"]},
                       {"Name":"S4","Type":"Transform","DependsOn":["S3"]},
                       {"Name":"S5","Type":"Condition","DependsOn":["S4"]},
                       {"Name":"After","Type":"RegisterModel","DependsOn":["S5","Start"]})")
        << QStringList{"S1", "S2", "S3", "S4", "S5", "S1"};
    QTest::newRow("two cycles: the first-defined one")
        << wrap("", R"({"Name":"X","Type":"Processing","DependsOn":["Y"]},{"Name":"Y","Type":"Processing","DependsOn":["X"]},
                       {"Name":"P","Type":"Processing","DependsOn":["Q"]},{"Name":"Q","Type":"Processing","DependsOn":["P"]})")
        << QStringList{"X", "Y", "X"};
}

void TestPipelineDefinition::cycle()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, cycle);
    const PipelineDefinition definition = PipelineDefinition::fromJson(json);
    QCOMPARE(definition.dependencyCycle(), cycle);
    auto parsed = PipelineDefinition::parse(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field, QStringLiteral("Steps"));
    const QString expected = cycle.join(QStringLiteral(" → "));
    QVERIFY2(parsed.error().message.contains(QStringLiteral("cycle: ") + expected + QStringLiteral(" (")),
             qPrintable(parsed.error().message));
}

void TestPipelineDefinition::noCycle()
{
    QVERIFY(PipelineDefinition::fromJson(wrap("", twoSteps)).dependencyCycle().isEmpty());
}

void TestPipelineDefinition::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    auto parsed = PipelineDefinition::parse(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
    QCOMPARE(parsed.error().field, field);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

void TestPipelineDefinition::parameterValue_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("string anything") << "String" << "ml.m5.xlarge" << true;
    QTest::newRow("integer") << "Integer" << "12" << true;
    QTest::newRow("integer negative") << "Integer" << "-3" << true;
    QTest::newRow("integer fraction") << "Integer" << "1.5" << false;
    QTest::newRow("integer text") << "Integer" << "many" << false;
    QTest::newRow("float") << "Float" << "0.25" << true;
    QTest::newRow("float text") << "Float" << "fast" << false;
    QTest::newRow("boolean true") << "Boolean" << "true" << true;
    QTest::newRow("boolean false") << "Boolean" << "false" << true;
    QTest::newRow("boolean yes") << "Boolean" << "yes" << false;
}

void TestPipelineDefinition::parameterValue()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    const Status status = checkParameterValue(PipelineParameter{QStringLiteral("P"), type, QString(), false}, value);
    QCOMPARE(status.ok(), ok);
    if (!ok) {
        QCOMPARE(status.error().field, QStringLiteral("P"));
        QVERIFY(status.error().message.contains(type));
    }
}

void TestPipelineDefinition::pipelineName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("simple") << "my-pipeline-2" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("leading hyphen") << "-x" << false;
    QTest::newRow("trailing hyphen") << "x-" << false;
    QTest::newRow("underscore") << "a_b" << false;
    QTest::newRow("too long") << QString(257, QLatin1Char('a')) << false;
}

void TestPipelineDefinition::pipelineName()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QCOMPARE(checkPipelineName(name).ok(), ok);
}

QTEST_GUILESS_MAIN(TestPipelineDefinition)
#include "tst_pipelinedefinition.moc"
