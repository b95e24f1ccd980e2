// Text from outside: UTF-8 decoded so that what was not UTF-8 stays visible, and the one check of
// free text that refuses it, NUL and the other control characters.
#include "core/text.h"

#include <QTest>

using namespace Pd;

class TestText : public QObject
{
    Q_OBJECT

private slots:
    void decodesValidUtf8AsQtDoes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("ascii") << QByteArray("retrain-nightly");
        QTest::newRow("hangul") << QByteArray("\xec\x9e\xac\xed\x95\x99\xec\x8a\xb5"); // 재학습
        QTest::newRow("two bytes") << QByteArray("caf\xc3\xa9");
        QTest::newRow("four bytes") << QByteArray("\xf0\x9f\x9a\x80 launch");
        QTest::newRow("empty") << QByteArray();
    }
    void decodesValidUtf8AsQtDoes()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(decodeUtf8Escaped(bytes), QString::fromUtf8(bytes));
        QVERIFY(checkText(QStringLiteral("description"), decodeUtf8Escaped(bytes)));
    }

    void escapesEachByteThatIsNotUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("decoded");
        const auto esc = [](std::initializer_list<uchar> bytes) {
            QString text;
            for (uchar b : bytes)
                text += QChar(char16_t(0xDC00 + b));
            return text;
        };
        const auto s = [](const char *ascii) {
            return QString::fromLatin1(ascii);
        };
        QTest::newRow("stray byte") << QByteArray("a\xff") + "b" << s("a") + esc({0xff}) + s("b");
        QTest::newRow("latin-1") << QByteArray("caf\xe9") << s("caf") + esc({0xe9});
        QTest::newRow("lone continuation") << QByteArray("\x80x") << esc({0x80}) + s("x");
        // Truncated: the lead byte is escaped and what follows is decoded on its own.
        QTest::newRow("truncated") << QByteArray("\xe3\x81") << esc({0xe3, 0x81});
        QTest::newRow("truncated then ascii") << QByteArray("\xe3") + "ab" << esc({0xe3}) + s("ab");
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << esc({0xc0, 0xaf});
        QTest::newRow("overlong three") << QByteArray("\xe0\x80\xaf") << esc({0xe0, 0x80, 0xaf});
        QTest::newRow("encoded surrogate") << QByteArray("\xed\xa0\x80") << esc({0xed, 0xa0, 0x80});
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << esc({0xf4, 0x90, 0x80, 0x80});
    }
    void escapesEachByteThatIsNotUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, decoded);
        QCOMPARE(decodeUtf8Escaped(bytes), decoded);
        // QString::fromUtf8 puts U+FFFD there: a rewrite nobody is told of.
        QVERIFY(QString::fromUtf8(bytes).contains(QChar(0xFFFD)));
    }

    void refusesWhatIsNotText()
    {
        const QString field = QStringLiteral("--description");
        const Status invalidUtf8 = checkText(field, decodeUtf8Escaped("caf\xe9 menu"));
        QVERIFY(!invalidUtf8);
        QCOMPARE(invalidUtf8.error().code, Error::Code::InvalidInput);
        QCOMPARE(invalidUtf8.error().field, field);
        QCOMPARE(invalidUtf8.error().position, 3);
        QCOMPARE(invalidUtf8.error().message,
                 QStringLiteral("--description: the text is not valid UTF-8 (the byte 0xE9 at character 4)."));

        const Status nul = checkText(field, QStringLiteral("before") + QChar(0) + QStringLiteral("after"));
        QVERIFY(!nul);
        QCOMPARE(nul.error().field, field);
        QVERIFY2(nul.error().message.startsWith(QStringLiteral("--description: the character U+0000 at character 7")),
                 qPrintable(nul.error().message));

        QVERIFY(!checkText(field, QStringLiteral("bell\a")));
        QVERIFY(!checkText(field, QStringLiteral("escape\x1b[31m")));
        QVERIFY(!checkText(field, QString(QChar(0xFFFF))));
        // A surrogate that is not part of a pair, whoever made it.
        const Status lone = checkText(field, QString(QChar(0xD800)) + QStringLiteral("x"));
        QVERIFY(lone.error().message.contains(QStringLiteral("lone surrogate U+D800")));
        QVERIFY(!checkText(field, QStringLiteral("x") + QChar(0xDFFF)));
    }

    void allowsTheWhitespaceAwsAllows()
    {
        QVERIFY(checkText(QStringLiteral("--description"), QStringLiteral("line one\nline two\r\n\tindented")));
        QVERIFY(checkText(QStringLiteral("--description"), QString()));
        QVERIFY(checkText(QStringLiteral("--description"), QStringLiteral("\U0001F680 a pair")));
    }
};

QTEST_APPLESS_MAIN(TestText)
#include "tst_text.moc"
