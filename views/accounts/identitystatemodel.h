#pragma once

#include <QIdentityProxyModel>

namespace Pd {

class AccountService;

// The identity switcher's accounts with each one's state beside it: "dev (111111111111) · local",
// "prod (444444444444) · connected, profile prod", "… · offline, profile prod", "… · credentials
// expired, …", "… · connection error, …" (the reason in the tooltip). Over an AccountListModel
// (IdRole the account id); StatusRole says "local", "connected", "offline", "expired" or "error". Follows
// AccountService::connectionStateChanged and the UI language.
class IdentityStateModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    IdentityStateModel(AccountService &accounts, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // QIdentityProxyModel matches in the source, which knows nothing of the states: a combo's
    // findText() and keyboard search must see the texts shown.
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1,
                          Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith | Qt::MatchWrap)) const override;

private:
    struct State
    {
        QString kind; // local, connected, offline, expired, error
        QString profile;
        QString reason;
    };
    State stateOf(const QString &accountId) const;
    void stateChanged(const QString &accountId);

    AccountService &m_accounts;
};

} // namespace Pd
