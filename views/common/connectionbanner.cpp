#include "views/common/connectionbanner.h"

#include "accounts/accountservice.h"
#include "core/clock.h"
#include "core/session.h"
#include "core/timeformat.h"
#include "pipelines/pipelineservice.h"
#include "rules/ruleservice.h"
#include "schedules/scheduleservice.h"
#include "sharing/sharingservice.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>

namespace Pd {

ConnectionBanner::ConnectionBanner(Workspace &workspace, Session &session, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_session(session)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("connectionBannerLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    layout->addWidget(m_label, 1);

    connect(&session, &Session::identityChanged, this, &ConnectionBanner::reload);
    connect(&workspace.accounts(), &AccountService::accountsChanged, this, &ConnectionBanner::reload);
    connect(&workspace.accounts(), &AccountService::connectionStateChanged, this, [this](const QString &account) {
        if (account == m_session.identity())
            reload();
    });
    // A sync writes through the mirror, which announces its pages as local changes are announced.
    auto ifMine = [this](const QString &account) {
        if (account == m_session.identity())
            reload();
    };
    connect(&workspace.pipelines(), &PipelineService::pipelinesChanged, this, ifMine);
    connect(&workspace.pipelines(), &PipelineService::executionsChanged, this, [this](const QString &pipelineArn) {
        if (m_kind == MirrorKind::Executions && pipelineArn.section(QLatin1Char(':'), 4, 4) == m_session.identity())
            reload();
    });
    connect(&workspace.rules(), &RuleService::rulesChanged, this, ifMine);
    connect(&workspace.rules(), &RuleService::eventBusesChanged, this, ifMine);
    connect(&workspace.schedules(), &ScheduleService::schedulesChanged, this, ifMine);
    connect(&workspace.sharing(), &SharingService::sharesChanged, this, ifMine);
    connect(&workspace.sharing(), &SharingService::invitationsChanged, this, ifMine);

    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &ConnectionBanner::updateAge);
    setVisible(false);
}

void ConnectionBanner::setKind(std::optional<MirrorKind> kind)
{
    m_kind = kind;
    reload();
}

void ConnectionBanner::reload()
{
    MirrorStatus status;
    if (m_kind) {
        auto read = m_workspace.accounts().mirrorStatus(m_session.identity(), *m_kind);
        if (read)
            status = read.value();
    }
    m_status = status;
    const bool shown = m_kind && m_status.isConnected();
    if (shown && !m_minute.isActive())
        m_minute.start();
    else if (!shown)
        m_minute.stop();
    setVisible(shown);
    updateAge();
    emit statusChanged();
}

QString ConnectionBanner::text() const
{
    if (!m_status.isConnected())
        return QString();
    // What is wrong with the connection, and what to do: wait and refresh, renew the credentials,
    // or fix the profile.
    QString unusable;
    switch (m_status.state) {
    case ConnectionState::Online: break;
    case ConnectionState::Offline: unusable = tr("Offline through profile %1").arg(m_status.profile); break;
    case ConnectionState::Expired:
        unusable = tr("The credentials of profile %1 expired: renew them, then refresh (F5)").arg(m_status.profile);
        break;
    case ConnectionState::Error:
        unusable = tr("Profile %1 cannot connect: fix it under Connections").arg(m_status.profile);
        break;
    }
    if (m_status.asOf() == 0) {
        return !unusable.isEmpty()
                   ? tr("%1 · not synced yet · actions are disabled: %2").arg(unusable, m_status.offlineReason)
                   : tr("Connected through profile %1 · not synced yet").arg(m_status.profile);
    }
    const QString when = displayDateTimeMs(m_status.asOf(), QTimeZone::systemTimeZone(), QLocale());
    const QString age = readAgeText(m_workspace.clock().nowMs() - m_status.asOf());
    if (!unusable.isEmpty())
        return tr("%1 · as of %2, %3 · actions are disabled: %4").arg(unusable, when, age, m_status.offlineReason);
    return tr("Connected through profile %1 · as of %2, %3").arg(m_status.profile, when, age);
}

void ConnectionBanner::updateAge()
{
    m_label->setText(text());
    // Offline reads as a warning; connected as information.
    setBackgroundRole(m_status.offline ? QPalette::ToolTipBase : QPalette::AlternateBase);
    m_label->setForegroundRole(m_status.offline ? QPalette::ToolTipText : QPalette::WindowText);
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        updateAge();
    QFrame::changeEvent(event);
}

} // namespace Pd
