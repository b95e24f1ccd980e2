#include "views/accounts/firststartdialog.h"

#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pd {

FirstStartDialog::FirstStartDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent)
    , m_path(workspacePath)
{
    setObjectName(QStringLiteral("firstStartDialog"));
    m_title = new QLabel;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoButton = new QPushButton;
    m_demoButton->setObjectName(QStringLiteral("demoWorkspaceButton"));
    m_demoText = new QLabel;
    m_demoText->setWordWrap(true);
    m_emptyButton = new QPushButton;
    m_emptyButton->setObjectName(QStringLiteral("emptyWorkspaceButton"));
    m_emptyText = new QLabel;
    m_emptyText->setWordWrap(true);
    m_quitButton = new QPushButton;
    m_quitButton->setObjectName(QStringLiteral("quitButton"));

    auto *choices = new QGridLayout;
    choices->setColumnStretch(1, 1);
    choices->setHorizontalSpacing(16);
    choices->setVerticalSpacing(12);
    choices->addWidget(m_demoButton, 0, 0, Qt::AlignTop);
    choices->addWidget(m_demoText, 0, 1);
    choices->addWidget(m_emptyButton, 1, 0, Qt::AlignTop);
    choices->addWidget(m_emptyText, 1, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_quitButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addLayout(choices);
    layout->addStretch(1);
    layout->addLayout(bottom);
    // Only now: a button is the dialog's default once it is inside the dialog; set before, the
    // first auto-default button (Cancel) took Enter.
    m_demoButton->setDefault(true);

    connect(m_demoButton, &QPushButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(m_emptyButton, &QPushButton::clicked, this, [this] { choose(Choice::Empty); });
    connect(m_quitButton, &QPushButton::clicked, this, &FirstStartDialog::reject);
    retranslateUi();
    setMinimumWidth(560);
}

void FirstStartDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Pipeline Desk"));
    m_title->setText(tr("Welcome to Pipeline Desk"));
    m_text->setText(tr("There is no workspace at %1 yet. How should it start?").arg(QDir::toNativeSeparators(m_path)));
    m_demoButton->setText(tr("&Demo workspace"));
    m_demoText->setText(tr("Three accounts in one organization, pipelines with executions, rules, schedules and "
                           "resource shares: everything to try the desk on."));
    m_emptyButton->setText(tr("&Empty workspace"));
    m_emptyText->setText(tr("Nothing yet: you add your first account, then its pipelines."));
    m_quitButton->setText(tr("&Quit"));
}

void FirstStartDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FirstStartDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace Pd
