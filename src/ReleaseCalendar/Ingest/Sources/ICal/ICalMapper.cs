using CultureInfo = System.Globalization.CultureInfo;
using System.Runtime.Serialization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using NodaTime;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest.Sources.ICal;

/// <summary>Recurring events are expanded between these dates (both included), at most <see cref="MaxOccurrences"/>
/// occurrences each.</summary>
public sealed record ICalWindow(DateOnly From, DateOnly To, DateOnly Today, int MaxOccurrences)
{
    public static ICalWindow Around(DateTimeOffset now, ICalOptions options)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return new(today.AddDays(-options.PastDays), today.AddDays(options.FutureDays), today, options.MaxOccurrences);
    }
}

/// <summary>What a calendar gave: its items, and the events left out with why (no SUMMARY, no UID, no DTSTART, a
/// recurrence Ical.Net could not expand).</summary>
public sealed record ICalMapping(IReadOnlyList<IncomingItem> Items, IReadOnlyList<string> Skipped);

/// <summary>
/// An iCalendar body → items. Pure: the text, the source's subjects and the window are all it reads.
/// Times: VALUE=DATE stays a date; TZID=… keeps the local time in that zone (tzdb, Windows or a vendor-prefixed id);
/// a TZID tzdb does not know is read through the calendar's VTIMEZONE to an instant; UTC (…Z) is an instant. An
/// instant goes out in X-WR-TIMEZONE when the calendar names one, else in Etc/UTC. Floating times are read in
/// X-WR-TIMEZONE, and without it keep only their date: a zone would be a guess. A local time the clocks skip is
/// moved forward by the gap, as RFC 5545 §3.3.5 reads it, so every item holds a time that exists.
/// </summary>
public static class ICalMapper
{
    public const int MaxDescriptionChars = 4000;
    // Ical.Net gives up on a rule that matches nothing for this many increments (e.g. FEB 30) instead of spinning.
    const int MaxUnmatchedIncrements = 5000;
    // Past occurrences looked at, per allowed occurrence, before the walk through the past stops.
    const int PastWalkFactor = 20;

    // subjectNames: the subjects' names, taken off the front of a title that opens with one ("aespa — Whiplash" is
    // "Whiplash": a feed shows the act beside the title already).
    public static ICalMapping Map(string text, IReadOnlyList<string> subjects, ICalWindow window, IReadOnlyList<string>? subjectNames = null)
    {
        var calendar = Parse(text);
        var zones = new ICalZones(calendar);
        var items = new List<IncomingItem>();
        var skipped = new List<string>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);

        void Add(IncomingItem item)
        {
            if (seenIds.Add(item.ExternalId)) items.Add(item);
            else skipped.Add($"{item.ExternalId}: a second event with the same UID");
        }

        var overridesByUid = calendar.Events.Where(e => e.RecurrenceIdentifier is not null && !string.IsNullOrWhiteSpace(e.Uid))
            .GroupBy(e => e.Uid!.Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var masterUids = new HashSet<string>(StringComparer.Ordinal);

        foreach (var evt in calendar.Events)
        {
            if (evt.RecurrenceIdentifier is not null) continue;
            var uid = evt.Uid?.Trim();
            if (string.IsNullOrEmpty(uid)) { skipped.Add($"an event without UID ({evt.Summary})"); continue; }
            if (evt.DtStart is null) { skipped.Add($"{uid}: no DTSTART"); continue; }
            masterUids.Add(uid);
            var overrides = overridesByUid.GetValueOrDefault(uid) ?? [];
            try
            {
                if (evt.RecurrenceRule is null && !evt.RecurrenceDates.GetAllDates().Any() && !evt.RecurrenceDates.GetAllPeriods().Any())
                {
                    // A single event keeps its UID as id even when an override of its one instance replaces it.
                    var clock = Clock.Of(evt.DtStart);
                    var key = clock.Key(evt.DtStart);
                    var effective = overrides.FirstOrDefault(o => clock.Key(clock.ToLocal(o.RecurrenceIdentifier!.StartTime, zones)) == key) ?? evt;
                    if (effective.DtStart is not null
                        && ToItem(effective, uid, effective.DtStart, Clock.Of(effective.DtStart), subjects, zones, skipped) is { } single)
                        Add(single);
                }
                else
                {
                    foreach (var item in Expand(evt, uid, overrides, subjects, window, zones, skipped)) Add(item);
                }
            }
            catch (EvaluationException ex)
            {
                skipped.Add($"{uid}: its recurrence can't be expanded ({ex.Message})");
            }
            catch (Exception ex) when (IsUnreadable(ex))
            {
                skipped.Add($"{uid}: its times can't be read ({FirstLine(ex.Message)})");
            }
        }
        // An override whose master is not in the file still states one occurrence.
        foreach (var (uid, orphans) in overridesByUid.Where(o => !masterUids.Contains(o.Key)))
        {
            var stated = new List<(CalDateTime Original, string Key, IncomingItem Item)>();
            foreach (var orphan in orphans)
            {
                try
                {
                    if (orphan.DtStart is null || !InWindow(orphan.DtStart.Date, window)) continue;
                    var original = orphan.RecurrenceIdentifier!.StartTime;
                    var key = Clock.Of(original).Key(original);
                    if (ToItem(orphan, uid + "@" + key, orphan.DtStart, Clock.Of(orphan.DtStart), subjects, zones, skipped) is { } item)
                        stated.Add((original, key, item));
                }
                catch (Exception ex) when (IsUnreadable(ex))
                {
                    skipped.Add($"{uid}: an override's times can't be read ({FirstLine(ex.Message)})");
                }
            }
            foreach (var (_, item) in Keyed(uid, stated)) Add(item);
        }
        var names = (subjectNames ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).OrderByDescending(n => n.Length).ToList();
        return new ICalMapping([.. items.Select(i => i with
        {
            Title = WithoutLeadingName(i.Title, names),
            // A confirmed event whose day has passed is out: released, as the MusicBrainz and TVmaze readers say of theirs.
            Status = i.Status == ReleaseStatus.Confirmed && i.Date < window.Today ? ReleaseStatus.Released : i.Status,
        })], skipped);
    }

    /// <summary>What Ical.Net and NodaTime throw on an event they can't read through (a time that leaves year 9999 in
    /// its zone, a value that contradicts another): one such event is skipped, never the whole calendar.</summary>
    static bool IsUnreadable(Exception ex) => ex is ArgumentException or InvalidOperationException or FormatException or OverflowException;

    static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    static Calendar Parse(string text)
    {
        Calendar? calendar;
        try
        {
            calendar = Calendar.Load(text);
        }
        catch (Exception ex) when (ex is SerializationException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new SourceFormatException($"The body is not iCalendar: {ex.Message}", ex);
        }
        return calendar ?? throw new SourceFormatException("The body is not iCalendar: it holds no VCALENDAR.");
    }

    /// <summary>
    /// A recurring event's occurrences inside the window, with RECURRENCE-ID overrides in place of the instances they
    /// replace (matched on the exact original start, RFC 5545 §3.8.4.4) and EXDATEs left out; ids as <see cref="Keyed"/>
    /// gives them. Ical.Net expands floating copies of the times, so it never resolves a zone itself (it throws on a
    /// TZID it does not know); RRULE arithmetic is in local time anyway (RFC 5545 §3.3.10).
    /// </summary>
    static IEnumerable<IncomingItem> Expand(CalendarEvent master, string uid, List<CalendarEvent> overrides,
        IReadOnlyList<string> subjects, ICalWindow window, ICalZones zones, List<string> skipped)
    {
        var clock = Clock.Of(master.DtStart!);
        var overrideByKey = new Dictionary<string, (CalDateTime Original, CalendarEvent Event)>(StringComparer.Ordinal);
        foreach (var o in overrides)
        {
            var original = clock.ToLocal(o.RecurrenceIdentifier!.StartTime, zones);
            overrideByKey.TryAdd(clock.Key(original), (original, o));
        }

        Floating(master, clock, zones);
        var hasTime = master.DtStart!.HasTime;
        var options = new EvaluationOptions { MaxUnmatchedIncrementsLimit = MaxUnmatchedIncrements };
        CalDateTime Bound(DateOnly d) => hasTime ? new CalDateTime(d, TimeOnly.MinValue, null) : new CalDateTime(d);
        IEnumerable<CalDateTime> Starts(DateOnly from) => master.GetOccurrences(Bound(from.AddDays(-1)), options)
            .TakeWhileBefore(Bound(window.To.AddDays(2))).Select(o => o.Period.StartTime)
            .Where(start => InWindow(start.Date, window) && !overrideByKey.ContainsKey(clock.Key(start)));

        // Upcoming ones first, so a rule that recurs more often than MaxOccurrences allows still fills the days ahead;
        // then the latest past ones, from a bounded walk (an hourly rule makes 8,760 a year).
        var starts = Starts(window.Today).Where(start => start.Date >= window.Today).Take(window.MaxOccurrences).ToList();
        var room = window.MaxOccurrences - starts.Count;
        if (room > 0)
        {
            var past = new Queue<CalDateTime>();
            foreach (var start in Starts(window.From).TakeWhile(start => start.Date < window.Today).Take(PastWalkFactor * window.MaxOccurrences))
            {
                past.Enqueue(start);
                if (past.Count > room) past.Dequeue();
            }
            starts.InsertRange(0, past);
        }
        var occurrences = new List<(CalDateTime Original, string Key, IncomingItem Item)>();
        if (string.IsNullOrWhiteSpace(master.Summary))
        {
            skipped.Add($"{uid}: no SUMMARY ({starts.Count} occurrences)");
            starts.Clear();
        }
        foreach (var original in starts)
        {
            // The occurrence is a floating copy: its wall time is read with the master's clock.
            var key = clock.Key(original);
            if (ToItem(master, uid + "@" + key, original, clock, subjects, zones, skipped) is { } item) occurrences.Add((original, key, item));
        }
        foreach (var (key, (original, o)) in overrideByKey)
        {
            if (o.DtStart is null || !InWindow(o.DtStart.Date, window)) continue;
            if (ToItem(o, uid + "@" + key, o.DtStart, Clock.Of(o.DtStart), subjects, zones, skipped) is { } item) occurrences.Add((original, key, item));
        }
        return Cap([.. Keyed(uid, occurrences)], window);
    }

    /// <summary>
    /// Ids of one series' occurrences: "UID@20240517", the date of the original start as its clock writes it, so a series
    /// whose time moves within the day keeps its ids and its releases are updated, not doubled; an override carries the
    /// date of its RECURRENCE-ID. A later occurrence on the same date keeps its whole original start
    /// ("UID@20240517T210000"). Earlier versions gave every timed occurrence that form: the first of a date names that
    /// former prefix ("UID@20240517T"), so a run takes a stored id of that form over instead of adding a second release.
    /// </summary>
    static IEnumerable<(DateOnly Date, IncomingItem Item)> Keyed(string uid, IEnumerable<(CalDateTime Original, string Key, IncomingItem Item)> occurrences) =>
        occurrences.GroupBy(o => o.Original.Date).SelectMany(day => day.OrderBy(o => o.Original.Time ?? TimeOnly.MinValue).Select((o, i) =>
        {
            var dated = uid + "@" + o.Original.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var item = i == 0
                ? o.Item with { ExternalId = dated, FormerKeyPrefix = o.Original.HasTime ? dated + "T" : null }
                : o.Item with { ExternalId = uid + "@" + o.Key };
            return (item.Date, item);
        }));

    /// <summary>At most MaxOccurrences: the ones from today on first, then the most recent past ones.</summary>
    static IEnumerable<IncomingItem> Cap(List<(DateOnly Date, IncomingItem Item)> occurrences, ICalWindow window)
    {
        var ordered = occurrences.OrderBy(o => o.Date).ThenBy(o => o.Item.ExternalId, StringComparer.Ordinal).ToList();
        if (ordered.Count <= window.MaxOccurrences) return ordered.Select(o => o.Item);
        var upcoming = ordered.Where(o => o.Date >= window.Today).Take(window.MaxOccurrences).ToList();
        var past = ordered.Where(o => o.Date < window.Today).TakeLast(window.MaxOccurrences - upcoming.Count);
        return past.Concat(upcoming).Select(o => o.Item);
    }

    static bool InWindow(DateOnly date, ICalWindow window) => date >= window.From && date <= window.To;

    /// <summary>Rewrites the master's times as floating local times of its own clock, for Ical.Net to expand.</summary>
    static void Floating(CalendarEvent master, Clock clock, ICalZones zones)
    {
        master.DtStart = Float(master.DtStart!);
        // Only starts are read. Removed, not set to null: Ical.Net's DTEND and DURATION setters throw while the other
        // is present, and a VEVENT may carry either (RFC 5545 §3.6.1).
        master.Properties.Remove("DTEND");
        master.Properties.Remove("DURATION");
        var exdates = master.ExceptionDates.GetAllDates().Select(d => Float(clock.ToLocal(d, zones))).ToList();
        master.ExceptionDates.Clear();
        master.ExceptionDates.AddRange(exdates);
        var rdates = master.RecurrenceDates.GetAllDates()
            .Concat(master.RecurrenceDates.GetAllPeriods().Select(p => p.StartTime))
            .Select(d => Float(clock.ToLocal(d, zones))).ToList();
        master.RecurrenceDates.Clear();
        master.RecurrenceDates.AddRange(rdates);
        // An UNTIL in year 9999 ("for ever" in effect) overflows Ical.Net as it steps towards it.
        if (master.RecurrenceRule?.Until is { } u) master.RecurrenceRule.Until = u.Date.Year >= 9999 ? null : Float(clock.ToLocal(u, zones));
    }

    /// <summary>"aespa — Whiplash (5th mini album)", "IVE: IVE SWITCH" → the title after the act's name and its separator
    /// (a dash, colon or bar); a title that is only the name, or that goes on without a separator ("IVE SWITCH"), stays.</summary>
    public static string WithoutLeadingName(string title, IReadOnlyList<string> namesLongestFirst)
    {
        foreach (var name in namesLongestFirst)
        {
            if (!title.StartsWith(name, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = title.AsSpan(name.Length).TrimStart();
            if (rest.Length < 2 || rest[0] is not ('—' or '–' or '-' or ':' or '|') || (rest[0] == '-' && !char.IsWhiteSpace(title[name.Length]))) continue;
            var after = rest[1..].Trim();
            if (after.Length > 0) return after.ToString();
        }
        return title;
    }

    static CalDateTime Float(CalDateTime dt) => dt.HasTime ? new CalDateTime(dt.Date, dt.Time, null) : new CalDateTime(dt.Date);

    static IncomingItem? ToItem(CalendarEvent evt, string id, CalDateTime start, Clock clock, IReadOnlyList<string> subjects,
        ICalZones zones, List<string> skipped)
    {
        var title = evt.Summary?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            skipped.Add($"{id}: no SUMMARY");
            return null;
        }
        var (date, time, zone) = When(start, clock, zones);
        return new IncomingItem
        {
            ExternalId = id,
            Subjects = subjects,
            Title = title,
            Kind = ICalKinds.FromCategories(evt.Categories),
            Date = date,
            Time = time,
            TimeZone = zone,
            Status = StatusOf(evt.Status),
            Description = Description(evt.Description),
            Links = evt.Url is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                ? [url.AbsoluteUri] : [],
        };
    }

    static ReleaseStatus StatusOf(string? status) => status?.Trim().ToUpperInvariant() switch
    {
        "CANCELLED" => ReleaseStatus.Cancelled,
        "TENTATIVE" => ReleaseStatus.Announced,
        _ => ReleaseStatus.Confirmed,
    };

    static string? Description(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length <= MaxDescriptionChars) return trimmed;
        var cut = char.IsHighSurrogate(trimmed[MaxDescriptionChars - 1]) ? MaxDescriptionChars - 1 : MaxDescriptionChars;
        return trimmed[..cut].TrimEnd();
    }

    /// <summary>The item's date, local time and tzdb zone for a start read with its event's clock (see the class).</summary>
    static (DateOnly Date, TimeOnly? Time, string? Zone) When(CalDateTime start, Clock clock, ICalZones zones)
    {
        if (!start.HasTime || start.Time is not { } time) return (start.Date, null, null);
        var local = ReleaseTime.Local(start.Date, time);
        if (clock.Utc) return InCalendarZone(local.InUtc().ToInstant(), zones);
        if (clock.TzId is { } tzid)
        {
            if (zones.Resolve(tzid) is { } zoneId) return InZone(local, zoneId);
            return zones.OffsetFromVTimeZone(tzid, local) is { } offset
                ? InCalendarZone(local.WithOffset(offset).ToInstant(), zones)
                : (start.Date, null, null);
        }
        return zones.CalendarZone is { } calendarZone ? InZone(local, calendarZone) : (start.Date, null, null);
    }

    static (DateOnly, TimeOnly?, string?) InZone(LocalDateTime local, string zoneId)
    {
        var resolved = ReleaseTime.Resolve(local, DateTimeZoneProviders.Tzdb[zoneId]).LocalDateTime;
        return (new DateOnly(resolved.Year, resolved.Month, resolved.Day),
            new TimeOnly(resolved.Hour, resolved.Minute, resolved.Second), zoneId);
    }

    static (DateOnly, TimeOnly?, string?) InCalendarZone(Instant instant, ICalZones zones)
    {
        var zoneId = zones.CalendarZone ?? "Etc/UTC";
        var local = instant.InZone(DateTimeZoneProviders.Tzdb[zoneId]).LocalDateTime;
        return (new DateOnly(local.Year, local.Month, local.Day), new TimeOnly(local.Hour, local.Minute, local.Second), zoneId);
    }

    /// <summary>How an event's times are written: in a TZID, in UTC, or floating. Occurrences share their master's.</summary>
    sealed record Clock(string? TzId, bool Utc)
    {
        public static Clock Of(CalDateTime dt) => dt.IsUtc ? new(null, true) : new(dt.IsFloating ? null : dt.TzId, false);

        /// <summary>An original start as RECURRENCE-ID writes it: "20240517", "20240517T180000" or "20240517T090000Z".</summary>
        public string Key(CalDateTime local) => local.HasTime && local.Time is { } t
            ? local.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T" + t.ToString("HHmmss", CultureInfo.InvariantCulture) + (Utc ? "Z" : "")
            : local.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

        /// <summary>A time written in another clock (an EXDATE or RECURRENCE-ID in UTC beside a TZID start) as the wall
        /// time of this one; unchanged when either zone is unknown.</summary>
        public CalDateTime ToLocal(CalDateTime dt, ICalZones zones)
        {
            if (!dt.HasTime || dt.Time is not { } time || Of(dt) == this) return dt;
            var from = Of(dt);
            var fromZone = from.Utc ? DateTimeZone.Utc : zones.Resolve(from.TzId) is { } f ? DateTimeZoneProviders.Tzdb[f] : null;
            var toZone = Utc ? DateTimeZone.Utc : zones.Resolve(TzId) is { } t ? DateTimeZoneProviders.Tzdb[t] : null;
            if (fromZone is null || toZone is null) return dt;
            var moved = ReleaseTime.Resolve(ReleaseTime.Local(dt.Date, time), fromZone).ToInstant().InZone(toZone).LocalDateTime;
            return new CalDateTime(new DateOnly(moved.Year, moved.Month, moved.Day),
                new TimeOnly(moved.Hour, moved.Minute, moved.Second), Utc ? "UTC" : TzId);
        }
    }
}
