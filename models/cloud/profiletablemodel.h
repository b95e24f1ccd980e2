#pragma once

#include "cloud/profile.h"
#include "itemmodels/columntablemodel.h"

#include <QHash>

namespace Pd {

class ProfileService;

// The workspace's profiles for the Connections dialog: name, region, kind, the account id, when
// the profile was last tested and the state of its connection. IdRole is the profile's name;
// StatusRole of the State column is the state's name (never-tested, tested, connected, offline,
// error). Reloads on profilesChanged(). Never holds a secret: keys stay in the keychain.
//
// The state of the account a profile reaches is not the profiles' business: whoever knows it (the
// dialog, from the accounts and its own tests) says it with setState(); without that a profile is
// "never tested" or "tested".
class ProfileTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Region, Kind, AccountId, Tested, State, ColumnCount };
    enum class ConnectionState { NeverTested, Tested, Connected, Offline, Expired, Error };
    struct StateInfo
    {
        ConnectionState state = ConnectionState::NeverTested;
        QString detail; // the tooltip: the account reached, or why it failed (translated)
        bool operator==(const StateInfo &other) const { return state == other.state && detail == other.detail; }
    };

    ProfileTableModel(ProfileService &profiles, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Profile profile(int row) const { return m_profiles.value(row); }
    int rowOf(const QString &name) const;
    void reload();
    // Replaces what is known of the profiles' connections (by profile name); others: from testedAt.
    void setStates(const QHash<QString, StateInfo> &states);
    StateInfo stateOf(const Profile &profile) const;
    static QString stateName(ConnectionState state);

protected:
    int rows() const override { return int(m_profiles.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    ProfileService &m_service;
    QList<Profile> m_profiles;
    QHash<QString, StateInfo> m_states;
};

} // namespace Pd
