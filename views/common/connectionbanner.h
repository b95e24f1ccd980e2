#pragma once

#include "accounts/mirrorstatus.h"

#include <QFrame>
#include <QTimer>

#include <optional>

class QLabel;

namespace Pd {

class Session;
class Workspace;

// The slim line above a page of a connected account: through which profile its data was read and
// how old it is ("Connected through profile prod · as of 2026. 11. 23. 오후 2:02 KST, 3 min ago"),
// or, offline, why and that actions are disabled. Hidden for a local account and for pages that
// show no mirrored kind. The age is computed from the workspace's clock and refreshed each minute
// (updateAge()); the read times are read again when the kind's rows or the connection change.
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    ConnectionBanner(Workspace &workspace, Session &session, QWidget *parent = nullptr);

    // The kind of row the current page shows; none: the banner hides (the Activity page).
    void setKind(std::optional<MirrorKind> kind);
    const MirrorStatus &status() const { return m_status; }
    QString text() const;
    // False when the account is connected but offline: pages may disable their actions.
    bool actionsAllowed() const { return !m_status.isConnected() || !m_status.offline; }

public slots:
    void reload();
    void updateAge();

signals:
    void statusChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    Workspace &m_workspace;
    Session &m_session;
    std::optional<MirrorKind> m_kind;
    MirrorStatus m_status;
    QLabel *m_label = nullptr;
    QTimer m_minute;
};

} // namespace Pd
