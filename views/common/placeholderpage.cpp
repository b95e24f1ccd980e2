#include "views/common/placeholderpage.h"

#include "views/common/pagewidgets.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Pd {

PlaceholderPage::PlaceholderPage(const QString &pageName, QWidget *parent) : QWidget(parent), m_pageName(pageName)
{
    setObjectName(pageName + QStringLiteral("Page"));
    m_title = createPageTitle();
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("comingLabel"));
    m_text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch();
    retranslateUi();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslateUi()
{
    if (m_pageName == QLatin1String("executions")) {
        m_title->setText(tr("Executions"));
        m_text->setText(tr("Coming: every execution you may see, with filters, live status, and start, stop and retry."));
    } else if (m_pageName == QLatin1String("rules")) {
        m_title->setText(tr("Rules"));
        m_text->setText(tr("Coming: event rules and scheduled rules that start pipelines, with the create-rule wizard."));
    } else if (m_pageName == QLatin1String("schedules")) {
        m_title->setText(tr("Schedules"));
        m_text->setText(tr("Coming: schedules of every kind, their next runs, history and the local scheduler engine."));
    } else if (m_pageName == QLatin1String("shares")) {
        m_title->setText(tr("Resource shares"));
        m_text->setText(tr("Coming: sharing pipelines with other accounts, organizations and OUs."));
    } else if (m_pageName == QLatin1String("shared-with-me")) {
        m_title->setText(tr("Shared with me"));
        m_text->setText(tr("Coming: invitations, pipelines shared with this account, and their executions."));
    }
}

} // namespace Pd
