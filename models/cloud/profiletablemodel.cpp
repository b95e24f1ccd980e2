#include "cloud/profiletablemodel.h"

#include "cloud/profileservice.h"
#include "core/timeformat.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace Pd {

ProfileTableModel::ProfileTableModel(ProfileService &profiles, QObject *parent)
    : ColumnTableModel(parent)
    , m_service(profiles)
{
    connect(&profiles, &ProfileService::profilesChanged, this, &ProfileTableModel::reload);
    reload();
}

QString ProfileTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name: return tr("Profile");
    case Region: return tr("Region");
    case Kind: return tr("Credentials");
    case AccountId: return tr("Account ID");
    case Tested: return tr("Last tested");
    case State: return tr("State");
    case ColumnCount: break;
    }
    return QString();
}

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile &p = m_profiles.at(index.row());
    if (role == IdRole)
        return p.name;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name: return p.name;
        case Region: return p.region;
        case Kind: return p.isAssumeRole() ? tr("Role from %1").arg(p.sourceProfile) : profileKindLabel(p.kind);
        case AccountId: return p.accountId;
        case Tested:
            if (p.testedAt == 0)
                return tr("Never");
            return displayDateTimeMs(p.testedAt, QTimeZone::systemTimeZone(), QLocale()); // with its zone
        case State:
            switch (stateOf(p).state) {
            case ConnectionState::NeverTested: return tr("Never tested");
            case ConnectionState::Tested: return tr("Tested");
            case ConnectionState::Connected: return tr("Connected");
            case ConnectionState::Offline: return tr("Offline");
            case ConnectionState::Expired: return tr("Expired");
            case ConnectionState::Error: return tr("Error");
            }
            break;
        case ColumnCount: break;
        }
        break;
    case SortRole:
        switch (column) {
        case Tested: return p.testedAt;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (column) {
        case Kind: return p.isAssumeRole() ? QVariant(p.roleArn) : QVariant();
        case AccountId: return p.callerArn.isEmpty() ? QVariant() : QVariant(p.callerArn);
        case Name: return p.endpointUrl.isEmpty() ? QVariant() : QVariant(tr("Endpoint: %1").arg(p.endpointUrl));
        case State: {
            const QString detail = stateOf(p).detail;
            return detail.isEmpty() ? QVariant() : QVariant(detail);
        }
        default: break;
        }
        break;
    case StatusRole:
        if (column == State)
            return stateName(stateOf(p).state);
        break;
    default: break;
    }
    return {};
}

int ProfileTableModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return i;
    }
    return -1;
}

ProfileTableModel::StateInfo ProfileTableModel::stateOf(const Profile &profile) const
{
    const auto known = m_states.constFind(profile.name);
    if (known != m_states.constEnd())
        return *known;
    return {profile.testedAt == 0 ? ConnectionState::NeverTested : ConnectionState::Tested, QString()};
}

QString ProfileTableModel::stateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::NeverTested: return QStringLiteral("never-tested");
    case ConnectionState::Tested: return QStringLiteral("tested");
    case ConnectionState::Connected: return QStringLiteral("connected");
    case ConnectionState::Offline: return QStringLiteral("offline");
    case ConnectionState::Expired: return QStringLiteral("expired");
    case ConnectionState::Error: return QStringLiteral("error");
    }
    return QString();
}

void ProfileTableModel::setStates(const QHash<QString, StateInfo> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    if (!m_profiles.isEmpty())
        emit dataChanged(index(0, State), index(int(m_profiles.size()) - 1, State));
}

void ProfileTableModel::reload()
{
    beginResetModel();
    auto profiles = m_service.profiles();
    m_profiles = profiles ? profiles.value() : QList<Profile>();
    endResetModel();
}

} // namespace Pd
