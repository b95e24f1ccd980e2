// The corpus of the document fuzzers (tests/fuzz/corpus/jsondocument and yaml), run with every
// build through the fuzzers' own checks (tests/fuzz/documentfuzz.h), so that the documents at and
// just past the size and depth limits stay read and refused as they should without a clang build.
#include "../fuzz/documentfuzz.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestDocumentCorpus : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
};

void TestDocumentCorpus::corpus_data()
{
    QTest::addColumn<QByteArray>("text");
    int files = 0;
    for (const char *folder : {"jsondocument", "yaml"}) {
        const QDir dir(QStringLiteral(PD_SOURCE_DIR "/tests/fuzz/corpus/") + QLatin1String(folder));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(file.fileName()));
            QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(folder), name))) << file.readAll();
            ++files;
        }
    }
    if (files < 20)
        qFatal("the document corpus is missing (%d files)", files);
}

void TestDocumentCorpus::corpus()
{
    QFETCH(QByteArray, text);
    const auto *data = reinterpret_cast<const uint8_t *>(text.constData());
    // Each reader on every file: a YAML file is a document too, and JSON is YAML.
    const char *json = PdFuzz::exerciseJsonDocument(data, size_t(text.size()));
    QVERIFY2(!json, json);
    const char *yaml = PdFuzz::exerciseYaml(data, size_t(text.size()));
    QVERIFY2(!yaml, yaml);
}

QTEST_GUILESS_MAIN(TestDocumentCorpus)
#include "tst_documentcorpus.moc"
