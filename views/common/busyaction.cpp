#include "views/common/busyaction.h"

#include "accounts/connectedaccounts.h"
#include "connected/cloudactions.h"
#include "views/common/messagebox.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace Pd {

QString localChangeRefusal(Workspace &workspace, const QString &identity)
{
    const Status status =
        ConnectedAccounts::checkLocalChange(workspace.database(), identity, CloudObjectKind::Rule, QString());
    return status ? QString() : status.error().message;
}

BusyAction::BusyAction(QWidget *parent)
    : QWidget(parent)
    , m_what(new QLabel)
    , m_bar(new QProgressBar)
    , m_cancel(new QPushButton)
{
    setObjectName(QStringLiteral("busyAction"));
    m_what->setObjectName(QStringLiteral("busyActionLabel"));
    m_bar->setObjectName(QStringLiteral("busyActionBar"));
    m_cancel->setObjectName(QStringLiteral("cancelActionButton"));
    // The cloud says nothing about progress until it answers: a busy bar, not a percentage.
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_what);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, this, &BusyAction::cancel);
    retranslateUi();
    hide();
}

void BusyAction::track(CloudJob *job, const QString &what)
{
    m_job = job;
    m_cancelled = false;
    m_what->setText(what);
    m_cancel->setEnabled(true);
    if (job->isFinished()) {
        done();
        return;
    }
    connect(job, &CloudJob::finished, this, &BusyAction::done);
    show();
}

void BusyAction::cancel()
{
    if (!m_job)
        return;
    m_cancelled = true;
    m_job->cancel();
}

QString BusyAction::outcome(const Status &status, const QString &done)
{
    if (status)
        return done;
    if (m_cancelled)
        return tr("Cancelled. The cloud may have done it all the same; refresh (F5) to see.");
    // The cloud's own words, with its request id to copy; a local refusal needs no box.
    if (!status.error().details.isEmpty())
        MessageBox::showError(window(), tr("The cloud refused"), status.error().message, status.error().details);
    return status.error().message;
}

void BusyAction::done()
{
    m_job = nullptr;
    hide();
}

void BusyAction::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BusyAction::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop waiting for the cloud's answer."));
}

} // namespace Pd
