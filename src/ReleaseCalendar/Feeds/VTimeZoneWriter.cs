using System.Collections.Concurrent;
using NodaTime;

namespace ReleaseCalendar.Feeds;

/// <summary>
/// Writes one VTIMEZONE (RFC 5545 §3.6.5) from tzdb, right by construction for the years a feed spans: one
/// observance per tzdb transition in the span, each with its own DTSTART, so no rule can over-reach. Pure and
/// deterministic: the same zone and years give the same bytes.
/// </summary>
/// <remarks>
/// Not Ical.Net's generator (it reads the clock and keeps only current rules), and no longer yearly RRULEs
/// inferred from the span: those recurred wherever next year's change merely looked alike (the UK's 1993–95
/// "fourth Sunday", Asuncion, Nuuk, Russia from 2015). The only RRULEs are on the last two observances, and only
/// when tzdb itself repeats exactly that pair every year through <see cref="RuleCheckedThrough"/>, so Outlook,
/// which wants a recurring rule for a DST zone, gets one.
/// </remarks>
public static class VTimeZoneWriter
{
    /// <summary>The last year an open-ended RRULE is checked against tzdb (the end of the API's 1900–2100 range).</summary>
    public const int RuleCheckedThrough = 2100;

    /// <summary>Writes the zone for local years <paramref name="firstYear"/> through <paramref name="lastYear"/>.</summary>
    public static void Write(IcsWriter ics, string tzId, DateTimeZone zone, int firstYear, int lastYear)
    {
        var observances = Observances(zone, firstYear, lastYear);
        ics.Begin("VTIMEZONE");
        ics.Property("TZID", tzId);
        foreach (var o in observances)
        {
            WriteObservance(ics, o);
        }
        ics.End("VTIMEZONE");
    }

    /// <summary>An observance: its onset as a local time in <see cref="From"/>, and an optional yearly rule.</summary>
    public sealed record Observance(bool Daylight, Offset From, Offset To, string Name, LocalDateTime Start, YearlyRule? Rule);

    /// <summary>RRULE:FREQ=YEARLY;BYDAY=nDD;BYMONTH=m (ordinal -1 = last such weekday of the month).</summary>
    public sealed record YearlyRule(int Month, IsoDayOfWeek Weekday, int Ordinal);

    public static IReadOnlyList<Observance> Observances(DateTimeZone zone, int firstYear, int lastYear)
    {
        var from = new LocalDate(firstYear, 1, 1).AtStartOfDayInZone(zone).ToInstant();
        var to = new LocalDate(lastYear + 1, 1, 1).AtStartOfDayInZone(zone).ToInstant();
        var intervals = zone.GetZoneIntervals(from, to).ToList();

        // The offset in force when the span opens (an observance with TZOFFSETFROM = TZOFFSETTO).
        var first = intervals[0];
        var observances = new List<Observance>
        {
            new(IsDaylight(first), first.WallOffset, first.WallOffset, first.Name,
                from.WithOffset(first.WallOffset).LocalDateTime, Rule: null),
        };
        var previous = first;
        foreach (var current in intervals.Skip(1))
        {
            // tzdb splits intervals where only the standard/daylight split changes; clients see no change there.
            if (current.WallOffset == previous.WallOffset && current.Name == previous.Name && IsDaylight(current) == IsDaylight(previous))
            {
                continue;
            }
            // DTSTART is the onset in the local time before it (TZOFFSETFROM), RFC 5545 §3.6.5.
            observances.Add(new(IsDaylight(current), previous.WallOffset, current.WallOffset, current.Name,
                current.Start.WithOffset(previous.WallOffset).LocalDateTime, Rule: null));
            previous = current;
        }

        if (observances.Count >= 3 && CheckedPair(zone, observances[^2], observances[^1]) is var (a, b))
        {
            observances[^2] = observances[^2] with { Rule = a };
            observances[^1] = observances[^1] with { Rule = b };
        }
        return observances;
    }

    /// <summary>
    /// Yearly rules for the last two observances when tzdb alternates between exactly those two, on those rules,
    /// every year after them through <see cref="RuleCheckedThrough"/>: predicted onsets equal tzdb's transitions.
    /// </summary>
    // The check walks tzdb to 2100 (~0.1 ms a zone); its answer depends only on the zone and the two onsets.
    static readonly ConcurrentDictionary<(string Zone, LocalDateTime A, LocalDateTime B), (YearlyRule, YearlyRule)?> Checked = new();

    static (YearlyRule, YearlyRule)? CheckedPair(DateTimeZone zone, Observance a, Observance b) =>
        Checked.GetOrAdd((zone.Id, a.Start, b.Start), _ => EternalPair(zone, a, b));

    static (YearlyRule, YearlyRule)? EternalPair(DateTimeZone zone, Observance a, Observance b)
    {
        if (a.From != b.To || a.To != b.From || a.Daylight == b.Daylight) return null;
        var (ruleA, ruleB) = (RuleOf(a.Start.Date), RuleOf(b.Start.Date));
        var since = b.Start.WithOffset(b.From).ToInstant();
        var end = new LocalDate(RuleCheckedThrough + 1, 1, 1).AtStartOfDayInZone(zone).ToInstant();

        // What a client expands from the two rules after the span, in order...
        var predicted = new List<(Instant Onset, Observance By)>();
        for (var year = a.Start.Year + 1; year <= RuleCheckedThrough; year++) predicted.Add((Onset(year, ruleA, a), a));
        for (var year = b.Start.Year + 1; year <= RuleCheckedThrough; year++) predicted.Add((Onset(year, ruleB, b), b));
        predicted.RemoveAll(p => p.Onset >= end);
        predicted.Sort((x, y) => x.Onset.CompareTo(y.Onset));

        // ...must be exactly tzdb's transitions after the span, each to the same offset, name and kind.
        var actual = zone.GetZoneIntervals(since, end).Skip(1).ToList();
        if (actual.Count != predicted.Count) return null;
        var before = b.To;
        for (var i = 0; i < actual.Count; i++)
        {
            var (onset, by) = predicted[i];
            var interval = actual[i];
            if (interval.Start != onset || before != by.From || interval.WallOffset != by.To
                || interval.Name != by.Name || IsDaylight(interval) != by.Daylight)
            {
                return null;
            }
            before = interval.WallOffset;
        }
        return (ruleA, ruleB);
    }

    static Instant Onset(int year, YearlyRule rule, Observance o) =>
        NthWeekday(year, rule).At(o.Start.TimeOfDay).WithOffset(o.From).ToInstant();

    static bool IsDaylight(NodaTime.TimeZones.ZoneInterval interval) => interval.Savings != Offset.Zero;

    static YearlyRule RuleOf(LocalDate date) => new(date.Month, date.DayOfWeek,
        date.Day + 7 > date.Calendar.GetDaysInMonth(date.Year, date.Month) ? -1 : (date.Day - 1) / 7 + 1);

    static LocalDate NthWeekday(int year, YearlyRule rule)
    {
        if (rule.Ordinal < 0)
        {
            var last = new LocalDate(year, rule.Month, 1).PlusMonths(1).PlusDays(-1);
            return last.DayOfWeek == rule.Weekday ? last : last.Previous(rule.Weekday);
        }
        var first = new LocalDate(year, rule.Month, 1);
        first = first.DayOfWeek == rule.Weekday ? first : first.Next(rule.Weekday);
        return first.PlusWeeks(rule.Ordinal - 1);
    }

    static void WriteObservance(IcsWriter ics, Observance o)
    {
        var component = o.Daylight ? "DAYLIGHT" : "STANDARD";
        ics.Begin(component);
        ics.Name("DTSTART");
        ics.DateTime(o.Start.Year, o.Start.Month, o.Start.Day, o.Start.Hour, o.Start.Minute, o.Start.Second, utc: false);
        ics.EndLine();
        if (o.Rule is { } rule)
        {
            ics.Name("RRULE");
            ics.Raw(FormattableString.Invariant($"FREQ=YEARLY;BYDAY={rule.Ordinal}{DayCodes[(int)rule.Weekday]};BYMONTH={rule.Month}"));
            ics.EndLine();
        }
        ics.Property("TZNAME", o.Name);
        ics.Name("TZOFFSETFROM");
        ics.Raw(FormatOffset(o.From));
        ics.EndLine();
        ics.Name("TZOFFSETTO");
        ics.Raw(FormatOffset(o.To));
        ics.EndLine();
        ics.End(component);
    }

    /// <summary>RFC 5545 §3.3.10 weekday codes, indexed by <see cref="IsoDayOfWeek"/> (Monday = 1).</summary>
    static readonly string[] DayCodes = ["", "MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>RFC 5545 §3.3.14 utc-offset: +HHMM, with seconds only when there are any (tzdb's LMT offsets).</summary>
    static string FormatOffset(Offset offset)
    {
        var seconds = offset.Seconds;
        var sign = seconds < 0 ? '-' : '+';
        var t = TimeSpan.FromSeconds(Math.Abs(seconds));
        return t.Seconds == 0
            ? FormattableString.Invariant($"{sign}{t.Hours:D2}{t.Minutes:D2}")
            : FormattableString.Invariant($"{sign}{t.Hours:D2}{t.Minutes:D2}{t.Seconds:D2}");
    }
}
