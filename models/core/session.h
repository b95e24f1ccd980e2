#pragma once

#include <QObject>
#include <QString>

namespace Pd {

// Who the user acts as now: an account id (and later a role). Every service call takes the
// identity from here, so switching it switches what every page shows.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QString identity = QString(), QObject *parent = nullptr)
        : QObject(parent), m_identity(std::move(identity))
    {}

    QString identity() const { return m_identity; }
    void setIdentity(const QString &accountId)
    {
        if (accountId == m_identity)
            return;
        m_identity = accountId;
        emit identityChanged(m_identity);
    }

    // The OS user name, recorded as who started or changed something.
    static QString userName();

signals:
    void identityChanged(const QString &accountId);

private:
    QString m_identity;
};

} // namespace Pd
