#pragma once

#include "eventpatterns/eventpattern.h"

#include <QJsonObject>

#include <cstdint>
#include <memory>
#include <vector>

namespace Pd::Events {

// An event flattened once for matching against many patterns: its leaf values keyed by dotted
// path ("detail.metrics.latency"), arrays expanded, in a form the matcher can walk without
// re-reading JSON.
class FlatEvent
{
public:
    FlatEvent();
    ~FlatEvent();
    FlatEvent(FlatEvent &&) noexcept;
    FlatEvent &operator=(FlatEvent &&) noexcept;

    static FlatEvent fromJson(const QJsonObject &event);

    struct Data;
    const Data &data() const { return *m_data; }

private:
    std::unique_ptr<Data> m_data;
};

// Many patterns compiled together, once, so that one event is matched against all of them in
// one pass (field names first, then the values each field's patterns test), instead of a loop
// that interprets every pattern for every event. Rebuild after adding or removing patterns.
class PatternMatcher
{
public:
    PatternMatcher();
    ~PatternMatcher();
    PatternMatcher(PatternMatcher &&) noexcept;
    PatternMatcher &operator=(PatternMatcher &&) noexcept;

    // Adds a pattern under an id chosen by the caller (a rule's index). Ids may repeat (a rule
    // whose pattern is several $or branches is one id).
    void add(std::uint32_t id, const EventPattern &pattern);
    void clear();
    int size() const;
    // Builds the shared indexes; call after the last add() and before match().
    void build();

    // The ids of every pattern the event matches, ascending, without repeats (out is cleared).
    void match(const FlatEvent &event, std::vector<std::uint32_t> &out) const;
    std::vector<std::uint32_t> match(const QJsonObject &event) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace Pd::Events
