#include "views/accounts/identitystatemodel.h"

#include "accounts/accountservice.h"
#include "core/language.h"
#include "itemmodels/columntablemodel.h"

namespace Pd {

IdentityStateModel::IdentityStateModel(AccountService &accounts, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_accounts(accounts)
{
    connect(&accounts, &AccountService::connectionStateChanged, this, &IdentityStateModel::stateChanged);
    // Item models get no LanguageChange event: the texts are asked again.
    connect(Language::instance(), &Language::languageChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
    });
}

IdentityStateModel::State IdentityStateModel::stateOf(const QString &accountId) const
{
    auto status = m_accounts.mirrorStatus(accountId, MirrorKind::Pipelines);
    if (!status || !status->isConnected())
        return {QStringLiteral("local"), {}, {}};
    switch (status->state) {
    case ConnectionState::Online: break;
    case ConnectionState::Offline: return {QStringLiteral("offline"), status->profile, status->offlineReason};
    case ConnectionState::Expired: return {QStringLiteral("expired"), status->profile, status->offlineReason};
    case ConnectionState::Error: return {QStringLiteral("error"), status->profile, status->offlineReason};
    }
    return {QStringLiteral("connected"), status->profile, {}};
}

QVariant IdentityStateModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != StatusRole)
        return QIdentityProxyModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const State state = stateOf(QIdentityProxyModel::data(index, IdRole).toString());
    if (role == StatusRole)
        return state.kind;
    if (role == Qt::ToolTipRole) {
        const QString email = QIdentityProxyModel::data(index, role).toString();
        if (state.kind == QLatin1String("offline"))
            return tr("Offline: %1").arg(state.reason);
        if (state.kind == QLatin1String("expired"))
            return tr("Credentials expired: %1").arg(state.reason);
        if (state.kind == QLatin1String("error"))
            return tr("Cannot connect: %1").arg(state.reason);
        return email;
    }
    const QString label = QIdentityProxyModel::data(index, role).toString();
    if (state.kind == QLatin1String("connected"))
        return tr("%1 · connected, profile %2").arg(label, state.profile);
    if (state.kind == QLatin1String("offline"))
        return tr("%1 · offline, profile %2").arg(label, state.profile);
    if (state.kind == QLatin1String("expired"))
        return tr("%1 · credentials expired, profile %2").arg(label, state.profile);
    if (state.kind == QLatin1String("error"))
        return tr("%1 · connection error, profile %2").arg(label, state.profile);
    return tr("%1 · local").arg(label);
}

QModelIndexList IdentityStateModel::match(const QModelIndex &start, int role, const QVariant &value, int hits,
                                          Qt::MatchFlags flags) const
{
    return QAbstractItemModel::match(start, role, value, hits, flags);
}

void IdentityStateModel::stateChanged(const QString &accountId)
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex changed = index(row, 0);
        if (QIdentityProxyModel::data(changed, IdRole).toString() == accountId)
            emit dataChanged(changed, changed, {Qt::DisplayRole, Qt::ToolTipRole, StatusRole});
    }
}

} // namespace Pd
