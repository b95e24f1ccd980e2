#pragma once

#include "rules/ruleinterchange.h"
#include "schedules/scheduleinterchange.h"
#include "views/interchange/exportdialog.h"

#include <QCoreApplication>

namespace Pd {

// The import/export formats as the dialogs show them: translated names, file suffixes, and the
// format lists ExportDialog takes. Ids are the CLI's --format values (toCliString).
struct InterchangeFormats
{
    Q_DECLARE_TR_FUNCTIONS(Pd::InterchangeFormats)

public:
    static QString name(RuleFormat format);
    static QString name(ScheduleFormat format);
    static QString fileSuffix(RuleFormat format);
    static QString fileSuffix(ScheduleFormat format);
    static QList<ExportDialog::Format> ruleFormats();
    static QList<ExportDialog::Format> scheduleFormats();
};

} // namespace Pd
