#pragma once

#include "cloud/profile.h"
#include "itemmodels/columntablemodel.h"

namespace Pd {

class ProfileService;

// The workspace's profiles for the Connections dialog: name, region, kind, the account id and when
// the profile was last tested. IdRole is the profile's name. Reloads on profilesChanged(). Never
// holds a secret: keys stay in the keychain.
class ProfileTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Region, Kind, AccountId, Tested, ColumnCount };

    ProfileTableModel(ProfileService &profiles, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Profile profile(int row) const { return m_profiles.value(row); }
    int rowOf(const QString &name) const;
    void reload();

protected:
    int rows() const override { return int(m_profiles.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;

private:
    ProfileService &m_service;
    QList<Profile> m_profiles;
};

} // namespace Pd
