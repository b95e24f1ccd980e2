// The shared widget seams of views/common: the message box a test can answer, and the message
// label whose colours come from the palette and read on light and dark ones.
#include "views/common/messagebox.h"
#include "views/common/messagelabel.h"

#include <QPalette>
#include <QTest>
#include <QWidget>

using namespace Pd;

class TestCommonWidgets : public QObject
{
    Q_OBJECT

private slots:
    void nextAnswerIsReturnedWithoutABox();
    void messageColoursFollowThePalette();
};

void TestCommonWidgets::nextAnswerIsReturnedWithoutABox()
{
    MessageBox::setNextAnswer(QMessageBox::No);
    QCOMPARE(MessageBox::question(nullptr, QStringLiteral("Title"), QStringLiteral("Delete it?")), QMessageBox::No);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Delete it?"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QCOMPARE(MessageBox::warning(nullptr, QStringLiteral("Title"), QStringLiteral("Careful"),
                                 QMessageBox::Yes | QMessageBox::Cancel),
             QMessageBox::Cancel);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Careful"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::about(nullptr, QStringLiteral("About"), QStringLiteral("Pipeline Desk"));
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Pipeline Desk"));
}

void TestCommonWidgets::messageColoursFollowThePalette()
{
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, Qt::white);

    QWidget parent;
    parent.setPalette(light);
    auto *label = new MessageLabel(MessageLabel::Kind::Error, &parent);
    label->setText(QStringLiteral("Refused"));
    const QColor onLight = label->palette().color(QPalette::WindowText);
    QVERIFY(onLight.lightnessF() < 0.5);
    QVERIFY(onLight.red() > onLight.green() && onLight.red() > onLight.blue());

    parent.setPalette(dark);
    const QColor onDark = label->palette().color(QPalette::WindowText);
    QVERIFY(onDark.lightnessF() > 0.5);
    QVERIFY(onDark.red() > onDark.green() && onDark.red() > onDark.blue());

    label->setMessage(QStringLiteral("Valid"), MessageLabel::Kind::Success);
    const QColor success = label->palette().color(QPalette::WindowText);
    QVERIFY(success.green() > success.red());
    QCOMPARE(label->text(), QStringLiteral("Valid"));

    // Without a kind the label has the palette's own text colour again.
    label->setMessage(QStringLiteral("Done"), MessageLabel::Kind::None);
    QCOMPARE(label->palette().color(QPalette::WindowText), QColor(Qt::white));
    parent.setPalette(light);
    QCOMPARE(label->palette().color(QPalette::WindowText), QColor(Qt::black));
}

QTEST_MAIN(TestCommonWidgets)
#include "tst_commonwidgets.moc"
