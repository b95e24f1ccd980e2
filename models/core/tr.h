#pragma once

#include <QCoreApplication>

namespace Pd {

// Translation context for code in models/ that is not a QObject (Qt Creator's "struct Tr" idiom).
// lupdate sees Tr::tr("...") calls and files them under the "Pd" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Pd)
};

} // namespace Pd
