#include "events/patternmatcher.h"

// Skeleton: replaced by the compiled matcher. Keeps the library linking while it is written.
namespace Pd::Events {

struct FlatEvent::Data
{
    QJsonObject event;
};

FlatEvent::FlatEvent() : m_data(std::make_unique<Data>()) {}
FlatEvent::~FlatEvent() = default;
FlatEvent::FlatEvent(FlatEvent &&) noexcept = default;
FlatEvent &FlatEvent::operator=(FlatEvent &&) noexcept = default;

FlatEvent FlatEvent::fromJson(const QJsonObject &event)
{
    FlatEvent flat;
    flat.m_data->event = event;
    return flat;
}

struct PatternMatcher::Impl
{
    std::vector<std::pair<std::uint32_t, EventPattern>> patterns;
};

PatternMatcher::PatternMatcher() : m_impl(std::make_unique<Impl>()) {}
PatternMatcher::~PatternMatcher() = default;
PatternMatcher::PatternMatcher(PatternMatcher &&) noexcept = default;
PatternMatcher &PatternMatcher::operator=(PatternMatcher &&) noexcept = default;

void PatternMatcher::add(std::uint32_t id, const EventPattern &pattern)
{
    m_impl->patterns.emplace_back(id, pattern);
}

void PatternMatcher::clear()
{
    m_impl->patterns.clear();
}

int PatternMatcher::size() const
{
    return int(m_impl->patterns.size());
}

void PatternMatcher::build() {}

void PatternMatcher::match(const FlatEvent &event, std::vector<std::uint32_t> &out) const
{
    out.clear();
    for (const auto &[id, pattern] : m_impl->patterns) {
        if (pattern.matches(event.data().event))
            out.push_back(id);
    }
}

std::vector<std::uint32_t> PatternMatcher::match(const QJsonObject &event) const
{
    std::vector<std::uint32_t> out;
    match(FlatEvent::fromJson(event), out);
    return out;
}

} // namespace Pd::Events
