#pragma once

#include <QString>

namespace Pd::Schedule {

class ScheduleExpression;

// A sentence saying when the schedule fires, in the current UI language (Tr::tr and the default
// QLocale), with the word order of that language:
//   en "at 10:15 UTC on the last Friday of every month", ko "매월 마지막 금요일 10:15 (UTC)".
QString describe(const ScheduleExpression &expression);

} // namespace Pd::Schedule
