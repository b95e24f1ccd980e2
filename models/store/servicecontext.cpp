#include "store/servicecontext.h"

#include "store/settingsstore.h"

namespace Pd {

QString ServiceContext::region() const
{
    return SettingsStore(m_database).value(QStringLiteral("region"), QStringLiteral("us-east-1"));
}

} // namespace Pd
