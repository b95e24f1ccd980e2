#include "scheduleexpressions/cronspec.h"

#include "core/tr.h"
#include "scheduleexpressions/civil.h"

#include <QStringList>
#include <QtAlgorithms>

#include <algorithm>

namespace Pd::Schedule {

namespace {

// Field limits: minutes hours dom month dow year. Day-of-week limits differ per dialect.
struct FieldLimits
{
    int min;
    int max;
};

constexpr FieldLimits kLimits[6] = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {1, 7}, {MinYear, MaxYear}};

const char *const kMonthNames[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
const char *const kDayNames[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

enum Field { Minutes, Hours, Dom, Month, Dow, Year };

class FieldParser
{
public:
    FieldParser(int index, const QString &text, int position, bool crontab)
        : m_index(index), m_text(text), m_position(position), m_crontab(crontab)
    {
        m_min = kLimits[index].min;
        m_max = kLimits[index].max;
        if (index == Dow && crontab) {
            m_min = 0;
            m_max = 7;
        }
    }

    Error error(const QString &reason, int offset = 0) const
    {
        return Error::invalid(cronFieldKey(m_index), Tr::tr("%1: %2").arg(cronFieldLabel(m_index), reason), m_position + offset);
    }

    // A number or a three-letter name starting at the token's text.
    Result<int> value(const QString &token, int offset) const
    {
        if (token.isEmpty())
            return error(Tr::tr("a value is missing"), offset);
        bool isNumber = true;
        for (QChar c : token)
            isNumber = isNumber && c.isDigit();
        int v = -1;
        if (isNumber) {
            if (token.size() > 4)
                return error(Tr::tr("%1 is out of range %2–%3").arg(token).arg(m_min).arg(m_max), offset);
            v = token.toInt();
        } else if (m_index == Month || m_index == Dow) {
            const QString upper = token.toUpper();
            if (m_index == Month) {
                for (int i = 0; i < 12; ++i) {
                    if (upper == QLatin1String(kMonthNames[i]))
                        v = i + 1;
                }
            } else {
                for (int i = 0; i < 7; ++i) {
                    if (upper == QLatin1String(kDayNames[i]))
                        v = m_crontab ? i : i + 1;
                }
            }
            if (v < 0)
                return error(Tr::tr("“%1” is not a number or a three-letter name (%2)")
                                 .arg(token, m_index == Month ? QStringLiteral("JAN–DEC") : QStringLiteral("SUN–SAT")),
                             offset);
            return v;
        } else {
            return error(Tr::tr("“%1” is not a number").arg(token), offset);
        }
        if (v < m_min || v > m_max)
            return error(Tr::tr("%1 is out of range %2–%3").arg(v).arg(m_min).arg(m_max), offset);
        return v;
    }

    Result<int> step(const QString &token, int offset) const
    {
        bool ok = false;
        const int s = token.toInt(&ok);
        bool digits = !token.isEmpty() && token.size() <= 4;
        for (QChar c : token)
            digits = digits && c.isDigit();
        if (!ok || !digits || s <= 0)
            return error(Tr::tr("the step after / must be a positive number, not “%1”").arg(token), offset);
        return s;
    }

    int m_index;
    QString m_text;
    int m_position;
    bool m_crontab;
    int m_min;
    int m_max;
};

} // namespace

QString cronFieldLabel(int index)
{
    switch (index) {
    case Minutes:
        return Tr::tr("minutes");
    case Hours:
        return Tr::tr("hours");
    case Dom:
        return Tr::tr("day-of-month");
    case Month:
        return Tr::tr("month");
    case Dow:
        return Tr::tr("day-of-week");
    default:
        return Tr::tr("year");
    }
}

QString cronFieldKey(int index)
{
    static const char *const keys[] = {"minutes", "hours", "day-of-month", "month", "day-of-week", "year"};
    return QLatin1String(keys[qBound(0, index, 5)]);
}


namespace {

// Parses one field into a bit set (bit = value) and, for day fields, the special forms.
Result<quint64> parseField(FieldParser &p, const QString &text, CalendarRule &rule, std::array<quint64, 4> *yearBits)
{
    const int index = p.m_index;
    const bool isYear = index == Year;
    quint64 bits = 0;
    auto set = [&](int v) {
        if (isYear) {
            const int b = v - MinYear;
            // Values were range-checked by the caller; the guard also lets GCC -O2 prove the index
            // is in bounds (it warns with -Warray-bounds otherwise).
            if (b < 0 || b >= 256)
                return;
            (*yearBits)[size_t(b / 64)] |= 1ULL << (b % 64);
        } else {
            bits |= 1ULL << v;
        }
    };

    const QStringList items = text.split(QLatin1Char(','));
    int offset = 0;
    for (const QString &item : items) {
        const int itemOffset = offset;
        offset += int(item.size()) + 1;
        if (item.isEmpty())
            return p.error(Tr::tr("a list has an empty item"), itemOffset);
        const QString upper = item.toUpper();
        const bool special = !p.m_crontab
            && (upper == QLatin1String("L") || upper.endsWith(QLatin1Char('W')) || upper.contains(QLatin1Char('#'))
                || (upper.size() > 1 && upper.endsWith(QLatin1Char('L')) && upper.at(0).isDigit()));
        if (item == QLatin1String("?"))
            return p.error(Tr::tr("? must stand alone"), itemOffset);
        if (special) {
            if (items.size() > 1)
                return p.error(Tr::tr("“%1” must stand alone, not in a list").arg(item), itemOffset);
            if (index == Dom) {
                if (upper == QLatin1String("L")) {
                    rule.domSpecial = CalendarRule::DomSpecial::Last;
                } else if (upper == QLatin1String("LW")) {
                    rule.domSpecial = CalendarRule::DomSpecial::LastWeekday;
                } else if (upper.endsWith(QLatin1Char('W'))) {
                    auto v = p.value(upper.chopped(1), itemOffset);
                    if (!v)
                        return v.error();
                    rule.domSpecial = CalendarRule::DomSpecial::NearestWeekday;
                    rule.domValue = *v;
                } else if (upper.contains(QLatin1Char('#'))) {
                    return p.error(Tr::tr("# is only allowed in day-of-week"), itemOffset + int(upper.indexOf(QLatin1Char('#'))));
                } else {
                    return p.error(Tr::tr("nL is only allowed in day-of-week; use L for the last day of the month"), itemOffset);
                }
                return bits;
            }
            if (index == Dow) {
                if (upper.endsWith(QLatin1Char('W')))
                    return p.error(Tr::tr("W is only allowed in day-of-month"), itemOffset + int(upper.size()) - 1);
                if (upper == QLatin1String("L")) {
                    // Quartz: L alone in day-of-week is the last day of the week, Saturday.
                    set(7);
                    return bits;
                }
                if (upper.contains(QLatin1Char('#'))) {
                    const int hash = int(upper.indexOf(QLatin1Char('#')));
                    auto v = p.value(upper.left(hash), itemOffset);
                    if (!v)
                        return v.error();
                    const QString k = upper.mid(hash + 1);
                    bool ok = false;
                    const int n = k.toInt(&ok);
                    if (!ok || k.size() > 2 || n < 1 || n > 5)
                        return p.error(Tr::tr("# occurrence %1 is out of range 1–5").arg(k), itemOffset + hash + 1);
                    rule.dowSpecial = CalendarRule::DowSpecial::Nth;
                    rule.dowValue = *v - 1;
                    rule.nth = n;
                    return bits;
                }
                auto v = p.value(upper.chopped(1), itemOffset);
                if (!v)
                    return v.error();
                rule.dowSpecial = CalendarRule::DowSpecial::LastOf;
                rule.dowValue = *v - 1;
                return bits;
            }
            if (upper.contains(QLatin1Char('#')))
                return p.error(Tr::tr("# is only allowed in day-of-week"), itemOffset);
            if (upper.endsWith(QLatin1Char('W')))
                return p.error(Tr::tr("W is only allowed in day-of-month"), itemOffset);
            return p.error(Tr::tr("L is only allowed in day-of-month or day-of-week"), itemOffset);
        }

        // base[/step] with base = * | value | value-value
        QString base = item;
        int stepValue = 0;
        const int slash = int(item.indexOf(QLatin1Char('/')));
        if (slash >= 0) {
            auto s = p.step(item.mid(slash + 1), itemOffset + slash + 1);
            if (!s)
                return s.error();
            stepValue = *s;
            base = item.left(slash);
        }
        int from = p.m_min, to = p.m_max;
        bool wrap = false;
        if (base == QLatin1String("*")) {
            if (index == Dow && p.m_crontab)
                to = 6; // 7 is only an alias of Sunday
        } else {
            const int dash = int(base.indexOf(QLatin1Char('-'), 1));
            auto a = p.value(dash >= 0 ? base.left(dash) : base, itemOffset);
            if (!a)
                return a.error();
            from = *a;
            if (dash >= 0) {
                auto b = p.value(base.mid(dash + 1), itemOffset + dash + 1);
                if (!b)
                    return b.error();
                to = *b;
                if (to < from) {
                    if (p.m_crontab)
                        return p.error(Tr::tr("the range %1-%2 runs backwards").arg(from).arg(to), itemOffset);
                    wrap = true; // Quartz wraps around: FRI-MON, 22-2
                }
            } else if (stepValue == 0) {
                to = from;
            }
            // "n/step" runs from n to the field's maximum.
        }
        const int span = p.m_max - p.m_min + 1;
        const int count = wrap ? (to + span - from) : (to - from);
        const int step = stepValue > 0 ? stepValue : 1;
        for (int i = 0; i <= count; i += step) {
            int v = from + i;
            if (v > p.m_max)
                v -= span;
            set(v);
        }
    }
    return bits;
}

} // namespace

Result<CronSpec> parseCron(const QString &body, int bodyOffset, bool crontab)
{
    CronSpec spec;
    spec.crontab = crontab;
    // Split on white space, remembering where each field starts.
    QStringList fields;
    QList<int> positions;
    for (int i = 0; i < body.size();) {
        while (i < body.size() && body.at(i).isSpace())
            ++i;
        if (i >= body.size())
            break;
        const int start = i;
        while (i < body.size() && !body.at(i).isSpace())
            ++i;
        fields.append(body.mid(start, i - start));
        positions.append(bodyOffset + start);
    }
    const int expected = crontab ? 5 : 6;
    if (fields.size() != expected) {
        return Error::invalid(QStringLiteral("expression"),
                              crontab ? Tr::tr("crontab() needs 5 fields (minute hour day-of-month month day-of-week), not %1")
                                            .arg(fields.size())
                                      : Tr::tr("cron() needs 6 fields (minutes hours day-of-month month day-of-week year), not %1")
                                            .arg(fields.size()),
                              bodyOffset);
    }
    CalendarRule &rule = spec.rule;
    std::array<quint64, 4> yearBits{0, 0, 0, 0};
    for (int index = 0; index < expected; ++index) {
        const QString &text = fields.at(index);
        CronFieldInfo &info = spec.fields[size_t(index)];
        info.text = text;
        info.position = positions.at(index);
        FieldParser parser(index, text, info.position, crontab);
        if (text == QLatin1String("?")) {
            if (crontab || (index != Dom && index != Dow))
                return parser.error(crontab ? Tr::tr("? is not part of crontab; use *")
                                            : Tr::tr("? is only allowed in day-of-month or day-of-week"));
            info.question = true;
            continue;
        }
        auto bits = parseField(parser, text, rule, &yearBits);
        if (!bits)
            return bits.error();
        quint64 value = *bits;
        switch (index) {
        case Minutes:
            rule.minutes = value;
            info.star = value == (1ULL << 60) - 1;
            break;
        case Hours:
            rule.hours = quint32(value);
            info.star = value == (1ULL << 24) - 1;
            break;
        case Dom:
            rule.domBits = quint32(value);
            info.star = rule.domSpecial == CalendarRule::DomSpecial::None && value == 0xFFFFFFFEull;
            break;
        case Month:
            rule.months = quint32(value);
            info.star = value == 0x1FFE;
            break;
        case Dow:
            if (crontab) {
                if (value & (1ULL << 7))
                    value = (value | 1) & 0x7F; // 7 is Sunday too
                rule.dowBits = quint32(value);
            } else {
                rule.dowBits = quint32(value >> 1); // 1 = Sunday becomes bit 0
            }
            info.star = rule.dowSpecial == CalendarRule::DowSpecial::None && rule.dowBits == 0x7F;
            break;
        case Year:
            rule.years = yearBits;
            info.star = true;
            for (int y = MinYear; y <= MaxYear; ++y) {
                const int b = y - MinYear;
                if (!(yearBits[size_t(b / 64)] & (1ULL << (b % 64))))
                    info.star = false;
            }
            rule.allYears = info.star;
            break;
        }
    }
    if (crontab) {
        spec.fields[Year] = CronFieldInfo();
        spec.fields[Year].star = true;
        // croniter/Vixie: when both day fields are restricted, either may match.
        rule.logic = !spec.fields[Dom].star && !spec.fields[Dow].star ? CalendarRule::DayLogic::Or : CalendarRule::DayLogic::And;
        return spec;
    }
    const CronFieldInfo &dom = spec.fields[Dom];
    const CronFieldInfo &dow = spec.fields[Dow];
    if (dom.question && dow.question)
        return Error::invalid(cronFieldKey(Dow), Tr::tr("day-of-week: only one of day-of-month and day-of-week may be ?"), dow.position);
    if (!dom.question && !dow.question) {
        if (dow.text == QLatin1String("*"))
            return Error::invalid(cronFieldKey(Dow), Tr::tr("day-of-week: use ? in day-of-week when day-of-month is set"),
                                  dow.position);
        return Error::invalid(cronFieldKey(Dom), Tr::tr("day-of-month: use ? in day-of-month when day-of-week is set"),
                              dom.position);
    }
    rule.logic = dom.question ? CalendarRule::DayLogic::Dow : CalendarRule::DayLogic::Dom;
    return spec;
}

} // namespace Pd::Schedule
