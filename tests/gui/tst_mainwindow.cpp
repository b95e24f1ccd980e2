// The main window, driven as a person would: every page, the identity switcher, the language menu.
#include "core/language.h"
#include "core/session.h"
#include "testworkspace.h"
#include "views/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Pd;

namespace {
// Every text a person can read in the window: labels, list items, window title, header titles.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root) && !label->text().isEmpty())
            texts << label->text();
    }
    for (QListWidget *list : root->findChildren<QListWidget *>()) {
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
    }
    for (QTableView *table : root->findChildren<QTableView *>()) {
        if (!table->isVisibleTo(root) || !table->model())
            continue;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            texts << table->model()->headerData(c, Qt::Horizontal).toString();
    }
    return texts;
}

bool hasHangul(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Language::instance()->setLanguage(QStringLiteral("en"));
    }

    void visitsEveryPage()
    {
        PdTest::TestWorkspace ws;
        Session session(QStringLiteral("222222222222"));
        MainWindow window(*ws, session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        QVERIFY(navigation && stack);
        QCOMPARE(navigation->count(), MainWindow::pageNames().size());
        for (int i = 0; i < navigation->count(); ++i) {
            navigation->setFocus();
            navigation->setCurrentRow(i);
            QTRY_COMPARE(stack->currentIndex(), i);
            QCOMPARE(window.currentPageName(), MainWindow::pageNames().at(i));
            QVERIFY(stack->currentWidget()->isVisible());
        }
        // Keyboard: Ctrl+1 returns to the first page.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(window.currentPageName(), QStringLiteral("pipelines"));
        QVERIFY(window.showPage(QStringLiteral("schedules")));
        QVERIFY(!window.showPage(QStringLiteral("nowhere")));
    }

    void identitySwitcherSwitchesThePipelines()
    {
        PdTest::TestWorkspace ws;
        Session session(QStringLiteral("222222222222"));
        MainWindow window(*ws, session);
        window.show();
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("identityCombo"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("pipelineTable"));
        auto *name = window.findChild<QLabel *>(QStringLiteral("pipelineNameLabel"));
        QVERIFY(combo && table && name);
        QCOMPARE(combo->currentText(), QStringLiteral("test (222222222222) · local")); // each account with its state
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(name->text(), QStringLiteral("abalone-training-pipeline"));
        combo->setCurrentIndex(0);
        QCOMPARE(session.identity(), QStringLiteral("111111111111"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(name->text(), QStringLiteral("churn-prediction-pipeline"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusIdentityLabel"));
        QVERIFY(status->text().contains(QLatin1String("111111111111")));
        // The filter box narrows the table.
        session.setIdentity(QStringLiteral("222222222222"));
        QCOMPARE(combo->currentIndex(), 1);
        // Other pages have filter boxes too: take the Pipelines page's own.
        auto *page = window.findChild<QWidget *>(QStringLiteral("pipelinesPage"));
        QVERIFY(page);
        auto *filter = page->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("serial"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("serial-inference-pipeline"));
    }

    void languageSwitchesAtRunTime()
    {
        PdTest::TestWorkspace ws;
        Session session(QStringLiteral("222222222222"));
        MainWindow window(*ws, session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Pipeline Desk"));
        QStringList englishPages;
        for (const QString &page : MainWindow::pageNames()) {
            QVERIFY(window.showPage(page));
            englishPages << visibleTexts(&window).join(QLatin1Char('\n'));
        }
        QAction *korean = window.findChild<QAction *>(QStringLiteral("languageAction_ko"));
        QVERIFY(korean);
        korean->trigger();
        QCoreApplication::processEvents(); // LanguageChange is posted to the windows
        QCOMPARE(Language::instance()->current(), QStringLiteral("ko"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ko"));
        for (int i = 0; i < MainWindow::pageNames().size(); ++i) {
            QVERIFY(window.showPage(MainWindow::pageNames().at(i)));
            const QString koreanTexts = visibleTexts(&window).join(QLatin1Char('\n'));
            QVERIFY2(koreanTexts != englishPages.at(i), qPrintable(MainWindow::pageNames().at(i) + QLatin1Char('\n') + koreanTexts));
            QVERIFY2(hasHangul(koreanTexts), qPrintable(koreanTexts));
        }
        window.findChild<QAction *>(QStringLiteral("languageAction_en"))->trigger();
        QCoreApplication::processEvents();
        QVERIFY(window.showPage(MainWindow::pageNames().constFirst()));
        QCOMPARE(visibleTexts(&window).join(QLatin1Char('\n')), englishPages.constFirst());
    }

    void geometryIsRemembered()
    {
        PdTest::TestWorkspace ws;
        Session session(QStringLiteral("222222222222"));
        {
            MainWindow window(*ws, session);
            window.resize(1150, 700); // above every page's minimum width
            window.show();
            window.close();
        }
        MainWindow again(*ws, session);
        QCOMPARE(again.size(), QSize(1150, 700));
    }

    void screenshotOptionRendersAPng()
    {
        PdTest::TestWorkspace ws;
        const QString png = ws.dir.filePath(QStringLiteral("shot.png"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), ws.dir.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PD_GUI_PATH), {QStringLiteral("--workspace"), ws.path(), QStringLiteral("--screenshot"), png,
                                                    QStringLiteral("--page"), QStringLiteral("pipelines"),
                                                    QStringLiteral("--language"), QStringLiteral("ko")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
