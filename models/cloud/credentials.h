#pragma once

#include "cloud/sigv4.h"
#include "core/result.h"

#include <QDateTime>

#include <functional>

namespace Pd {

// Where a client gets the keys it signs with. Asynchronous: the keychain may prompt and an
// AssumeRole goes over the network. Temporary credentials are held in memory only, and refreshed
// before they expire.
class CredentialsSource
{
public:
    virtual ~CredentialsSource() = default;
    using Got = std::function<void(Result<AwsCredentials>)>;
    // Calls got exactly once, possibly before returning.
    virtual void credentials(Got got) = 0;
    // The service said the credentials are expired or invalid (ExpiredToken…): forget cached ones.
    virtual void invalidate() {}
};

// Fixed keys: tests, and the AWS_* environment variables.
class StaticCredentials final : public CredentialsSource
{
public:
    explicit StaticCredentials(AwsCredentials credentials) : m_credentials(std::move(credentials)) {}
    void credentials(Got got) override { got(m_credentials); }

private:
    AwsCredentials m_credentials;
};

} // namespace Pd
