#pragma once

// The AWS JSON shapes of schedules as `pipelinedesk-cli schedules ... --json` prints them.

#include "schedules/pipelineschedule.h"

#include <QJsonObject>

#include <optional>

namespace Pd {

// GetSchedule's shape, plus what Pipeline Desk adds (MissedRunPolicy, OverlapPolicy, Orphaned).
QJsonObject scheduleJson(const PipelineSchedule &schedule);
// One entry of ListSchedules' Schedules, with the last firing when there is one.
QJsonObject scheduleSummaryJson(const PipelineSchedule &schedule, const std::optional<Firing> &lastFiring);
// One slot of a schedule's history.
QJsonObject firingJson(const Firing &firing);
// One dead letter: a slot that could not start.
QJsonObject deadLetterJson(const DeadLetter &letter);

} // namespace Pd
