using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Ingest.Sources.ICal;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Tests.Ingest.ICal;

public sealed class ICalMapperTests
{
    static readonly IReadOnlyList<string> Subjects = ["rm"];
    // Around 2024-05-20 with the default options: all of 2024 is inside.
    static readonly ICalWindow Window = ICalWindow.Around(new DateTimeOffset(2024, 5, 20, 0, 0, 0, TimeSpan.Zero), new ICalOptions());

    internal static string FixtureText(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Upstreams", "ical", name));

    static ICalMapping Fixture() => ICalMapper.Map(FixtureText("comebacks.ics"), Subjects, Window);

    static IncomingItem Item(ICalMapping mapping, string id) => Assert.Single(mapping.Items, i => i.ExternalId == id);

    // A calendar around the given lines, CRLF as RFC 5545 §3.1 writes it.
    static string Cal(params string[] lines) =>
        string.Join("\r\n", ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", .. lines, "END:VCALENDAR", ""]);

    static string Event(string uid, string start, params string[] more) =>
        string.Join("\r\n", ["BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20240101T000000Z", start, "SUMMARY:Event " + uid, .. more, "END:VEVENT"]);

    [Fact]
    public void Map_AllDayEvent_GivesDateWithoutTimeAndItsProperties()
    {
        var item = Item(Fixture(), "3kq1v8c0c9m2l5r7b4s6t1u0ab@google.com");

        Assert.Equal(new DateOnly(2024, 5, 24), item.Date);
        Assert.Null(item.Time);
        Assert.Null(item.TimeZone);
        Assert.Equal("RM – Right Place, Wrong Person", item.Title);
        Assert.Equal(ReleaseKind.Album, item.Kind);
        Assert.Equal(ReleaseStatus.Confirmed, item.Status);
        Assert.Equal(["https://ibighit.example/rm/rpwp"], item.Links);
        Assert.Equal("RM's second solo album. Pre-orders open on 16 April.", item.Description);
        Assert.Equal(Subjects, item.Subjects);
        Assert.Equal(DatePrecision.Day, item.Precision);
    }

    [Fact]
    public void Map_TzidEvent_KeepsLocalTimeAndZone()
    {
        var item = Item(Fixture(), "rm-lost-mv-20240524@comebacks.example");

        Assert.Equal((new DateOnly(2024, 5, 24), new TimeOnly(13, 0), "Asia/Seoul"), (item.Date, item.Time, item.TimeZone));
        Assert.Equal(ReleaseStatus.Announced, item.Status);  // TENTATIVE
        Assert.Equal(ReleaseKind.Mv, item.Kind);              // CATEGORIES:клип
    }

    [Fact]
    public void Map_UtcEventWithCalendarZone_ExpressesTheInstantInThatZone()
    {
        var item = Item(Fixture(), "rm-come-back-to-me@comebacks.example");

        // 09:00Z is 18:00 in Seoul (X-WR-TIMEZONE).
        Assert.Equal((new DateOnly(2024, 5, 10), new TimeOnly(18, 0), "Asia/Seoul"), (item.Date, item.Time, item.TimeZone));
        Assert.Equal(ReleaseKind.Single, item.Kind);
        Assert.Empty(item.Links);  // URL:javascript:… is no link
    }

    [Fact]
    public void Map_UtcEventWithoutCalendarZone_IsInEtcUtc()
    {
        var mapping = ICalMapper.Map(Cal(Event("u1", "DTSTART:20240510T090000Z")), Subjects, Window);

        var item = Assert.Single(mapping.Items);
        Assert.Equal((new DateOnly(2024, 5, 10), new TimeOnly(9, 0), "Etc/UTC"), (item.Date, item.Time, item.TimeZone));
    }

    [Fact]
    public void Map_WindowsTzid_BecomesTheTzdbZone()
    {
        var item = Assert.Single(Fixture().Items, i => i.Title == "Jin – Happy (showcase)");

        Assert.Equal((new DateOnly(2024, 6, 1), new TimeOnly(10, 0), "Asia/Seoul"), (item.Date, item.Time, item.TimeZone));
        Assert.StartsWith("040000008200E00074C5B7101A82E008", item.ExternalId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DTSTART;TZID=/mozilla.org/20050126_1/Asia/Seoul:20240601T100000", "Asia/Seoul")]
    [InlineData("DTSTART;TZID=Asia/Calcutta:20240601T100000", "Asia/Kolkata")]
    [InlineData("DTSTART;TZID=Russian Standard Time:20240601T100000", "Europe/Moscow")]
    [InlineData("DTSTART;TZID=asia/seoul:20240601T100000", "Asia/Seoul")]
    public void Map_TzidSpelledOtherwise_BecomesTheCanonicalTzdbId(string start, string zone)
    {
        var item = Assert.Single(ICalMapper.Map(Cal(Event("z", start)), Subjects, Window).Items);

        Assert.Equal((new TimeOnly(10, 0), zone), (item.Time, item.TimeZone));
    }

    [Fact]
    public void Map_UnknownTzidWithVTimeZone_TakesTheInstantFromIt()
    {
        var vtimezone = string.Join("\r\n", "BEGIN:VTIMEZONE", "TZID:Custom Eastern", "BEGIN:STANDARD", "DTSTART:19701101T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE");
        var summer = Event("s", "DTSTART;TZID=Custom Eastern:20240601T100000");
        var winter = Event("w", "DTSTART;TZID=Custom Eastern:20240115T100000");

        var utc = ICalMapper.Map(Cal(vtimezone, summer, winter), Subjects, Window);
        var seoul = ICalMapper.Map(Cal("X-WR-TIMEZONE:Asia/Seoul", vtimezone, summer), Subjects, Window);

        Assert.Equal((new TimeOnly(14, 0), "Etc/UTC"), (Item(utc, "s").Time, Item(utc, "s").TimeZone));   // −04:00 in June
        Assert.Equal((new TimeOnly(15, 0), "Etc/UTC"), (Item(utc, "w").Time, Item(utc, "w").TimeZone));   // −05:00 in January
        Assert.Equal((new DateOnly(2024, 6, 1), new TimeOnly(23, 0), "Asia/Seoul"),
            (Item(seoul, "s").Date, Item(seoul, "s").Time, Item(seoul, "s").TimeZone));
    }

    [Fact]
    public void Map_RecurringEventInUnknownTzid_ReadsEachOccurrenceThroughTheVTimeZone()
    {
        var vtimezone = string.Join("\r\n", "BEGIN:VTIMEZONE", "TZID:Custom Eastern", "BEGIN:STANDARD", "DTSTART:19701101T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE");
        // Saturdays 10:00 across the switch to summer time on 10 March 2024; the second is an EXDATE.
        var ics = Cal(vtimezone, Event("w", "DTSTART;TZID=Custom Eastern:20240302T100000", "RRULE:FREQ=WEEKLY;COUNT=4",
            "EXDATE;TZID=Custom Eastern:20240309T100000"));

        var items = ICalMapper.Map(ics, Subjects, Window).Items;

        Assert.Equal(["w@20240302", "w@20240316", "w@20240323"], items.Select(i => i.ExternalId));
        Assert.Equal([new TimeOnly(15, 0), new TimeOnly(14, 0), new TimeOnly(14, 0)], items.Select(i => i.Time!.Value));
        Assert.All(items, i => Assert.Equal("Etc/UTC", i.TimeZone));
    }

    [Fact]
    public void Map_RecurringEventWithoutSummary_IsSkippedOnce()
    {
        var ics = Cal("BEGIN:VEVENT", "UID:r", "DTSTAMP:20240101T000000Z", "DTSTART;VALUE=DATE:20240601", "RRULE:FREQ=DAILY;COUNT=30", "END:VEVENT");

        var mapping = ICalMapper.Map(ics, Subjects, Window);

        Assert.Empty(mapping.Items);
        Assert.Equal(["r: no SUMMARY (30 occurrences)"], mapping.Skipped);
    }

    [Fact]
    public void Map_UnknownTzidWithoutVTimeZone_KeepsOnlyTheDate()
    {
        var item = Assert.Single(ICalMapper.Map(Cal(Event("x", "DTSTART;TZID=Nowhere Standard:20240601T230000")), Subjects, Window).Items);

        Assert.Equal((new DateOnly(2024, 6, 1), (TimeOnly?)null, (string?)null), (item.Date, item.Time, item.TimeZone));
    }

    [Fact]
    public void Map_FloatingTime_IsReadInTheCalendarZoneOrKeepsOnlyTheDate()
    {
        var floating = Event("f", "DTSTART:20240601T180000");

        var withZone = Assert.Single(ICalMapper.Map(Cal("X-WR-TIMEZONE:Asia/Seoul", floating), Subjects, Window).Items);
        var without = Assert.Single(ICalMapper.Map(Cal(floating), Subjects, Window).Items);

        Assert.Equal((new TimeOnly(18, 0), "Asia/Seoul"), (withZone.Time, withZone.TimeZone));
        Assert.Equal((new DateOnly(2024, 6, 1), (TimeOnly?)null, (string?)null), (without.Date, without.Time, without.TimeZone));
    }

    [Fact]
    public void Map_LocalTimeTheClocksSkip_MovesForwardByTheGap()
    {
        // 2024-03-10 02:30 does not exist in New York (02:00 → 03:00).
        var item = Assert.Single(ICalMapper.Map(Cal(Event("gap", "DTSTART;TZID=America/New_York:20240310T023000")), Subjects, Window).Items);

        Assert.Equal((new DateOnly(2024, 3, 10), new TimeOnly(3, 30), "America/New_York"), (item.Date, item.Time, item.TimeZone));
        Assert.Null(ReleaseTime.Skipped(item.Date, item.Time!.Value, item.TimeZone!));
    }

    [Fact]
    public void Map_WeeklyRule_ExpandsWithExdateLeftOutAndOverridesInPlace()
    {
        var mapping = Fixture();
        var episodes = mapping.Items.Where(i => i.ExternalId.StartsWith("queen-of-tears-episodes@comebacks.example@", StringComparison.Ordinal))
            .ToDictionary(i => i.ExternalId["queen-of-tears-episodes@comebacks.example@".Length..]);

        // COUNT=16 on Saturdays and Sundays from 9 March; 16 March is an EXDATE.
        Assert.Equal(15, episodes.Count);
        Assert.DoesNotContain("20240316", episodes.Keys);
        Assert.Contains("20240317", episodes.Keys);
        Assert.Contains("20240428", episodes.Keys);
        Assert.Equal(ReleaseStatus.Cancelled, episodes["20240323"].Status);
        var moved = episodes["20240324"];
        Assert.Equal((new DateOnly(2024, 3, 24), new TimeOnly(22, 10), "Asia/Seoul"), (moved.Date, moved.Time, moved.TimeZone));
        Assert.Equal("Королева слёз – новая серия (позже из-за спорта)", moved.Title);
        var plain = episodes["20240309"];
        Assert.Equal((new TimeOnly(21, 10), "Asia/Seoul", ReleaseStatus.Released, ReleaseKind.Episode), // aired before the window's today
            (plain.Time, plain.TimeZone, plain.Status, plain.Kind));
    }

    [Theory]
    [InlineData("aespa — Whiplash (5th mini album)", "Whiplash (5th mini album)")]
    [InlineData("AESPA: Whiplash", "Whiplash")]
    [InlineData("Эспа – Whiplash", "Whiplash")]
    [InlineData("aespa - Whiplash", "Whiplash")]
    [InlineData("aespa-Whiplash", "aespa-Whiplash")]          // a hyphen glued to the name may be part of a title
    [InlineData("aespa SYNK: Hyper Line", "aespa SYNK: Hyper Line")] // the name goes on without a separator: a title of its own
    [InlineData("aespa —", "aespa —")]                         // nothing after the separator
    [InlineData("Whiplash — aespa", "Whiplash — aespa")]
    public void WithoutLeadingName_TakesTheSubjectsNameAndSeparatorOffTheFront(string title, string expected) =>
        Assert.Equal(expected, ICalMapper.WithoutLeadingName(title, ["aespa", "Эспа"]));

    /// <summary>Acceptance check B1: a past event was "confirmed" while a past MusicBrainz or TVmaze release is "released".</summary>
    [Fact]
    public void Map_PastConfirmedEvent_IsReleased_FutureCancelledAndTentativeKeepTheirStatus()
    {
        var mapping = ICalMapper.Map(Cal(
            Event("past", "DTSTART;VALUE=DATE:20240519"),
            Event("today", "DTSTART;VALUE=DATE:20240520"),
            Event("past-cancelled", "DTSTART;VALUE=DATE:20240501", "STATUS:CANCELLED"),
            Event("past-tentative", "DTSTART;VALUE=DATE:20240501", "STATUS:TENTATIVE")), Subjects, Window);

        Assert.Equal(ReleaseStatus.Released, Item(mapping, "past").Status);
        Assert.Equal(ReleaseStatus.Confirmed, Item(mapping, "today").Status);
        Assert.Equal(ReleaseStatus.Cancelled, Item(mapping, "past-cancelled").Status);
        Assert.Equal(ReleaseStatus.Announced, Item(mapping, "past-tentative").Status);
    }

    [Fact]
    public void Map_CancelledSingleEvent_IsCancelled()
    {
        Assert.Equal(ReleaseStatus.Cancelled, Item(Fixture(), "jimin-fanmeeting@comebacks.example").Status);
    }

    [Fact]
    public void Map_EventWithoutSummary_IsSkippedAndCounted()
    {
        var mapping = Fixture();

        Assert.DoesNotContain(mapping.Items, i => i.ExternalId == "no-summary@comebacks.example");
        Assert.Contains(mapping.Skipped, s => s.Contains("no-summary@comebacks.example", StringComparison.Ordinal));
        Assert.Single(mapping.Skipped);
    }

    [Fact]
    public void Map_EndlessRule_ExpandsOnlyInsideTheWindow()
    {
        var window = ICalWindow.Around(new DateTimeOffset(2024, 5, 20, 12, 0, 0, TimeSpan.Zero), new ICalOptions { PastDays = 10, FutureDays = 20 });
        var ics = Cal(Event("daily", "DTSTART;TZID=Asia/Seoul:20200101T200000", "RRULE:FREQ=DAILY"));

        var dates = ICalMapper.Map(ics, Subjects, window).Items.Select(i => i.Date).ToList();

        Assert.Equal(Enumerable.Range(0, 31).Select(d => new DateOnly(2024, 5, 10).AddDays(d)), dates);
    }

    [Fact]
    public void Map_MoreOccurrencesThanAllowed_KeepsTheUpcomingFirst()
    {
        var window = ICalWindow.Around(new DateTimeOffset(2024, 5, 20, 0, 0, 0, TimeSpan.Zero), new ICalOptions { PastDays = 100, FutureDays = 100, MaxOccurrences = 5 });
        var ics = Cal(Event("daily", "DTSTART;VALUE=DATE:20200101", "RRULE:FREQ=DAILY"));

        var dates = ICalMapper.Map(ics, Subjects, window).Items.Select(i => i.Date).ToList();

        Assert.Equal(Enumerable.Range(0, 5).Select(d => new DateOnly(2024, 5, 20).AddDays(d)), dates);
    }

    [Fact]
    public void Map_MinutelyRule_StaysWithinTheCapAndKeepsTheUpcoming()
    {
        var window = ICalWindow.Around(new DateTimeOffset(2024, 5, 20, 0, 0, 0, TimeSpan.Zero), new ICalOptions { MaxOccurrences = 50 });
        var ics = Cal(Event("flood", "DTSTART:20200101T000000Z", "RRULE:FREQ=MINUTELY"));

        var items = ICalMapper.Map(ics, Subjects, window).Items;

        Assert.Equal(50, items.Count);
        // The first of a date is keyed by the date, the others by their whole start.
        Assert.Equal(("flood@20240520", "flood@20240520T000100Z"), (items[0].ExternalId, items[1].ExternalId));
        Assert.Equal("flood@20240520T004900Z", items[^1].ExternalId);
    }

    [Fact]
    public void Map_UtcExdateBesideTzidStart_IsHonoured()
    {
        // 20:00 in Seoul is 11:00Z: Google writes EXDATEs in the start's zone, other tools in UTC.
        var ics = Cal(Event("d", "DTSTART;TZID=Asia/Seoul:20240601T200000", "RRULE:FREQ=DAILY;COUNT=3", "EXDATE:20240602T110000Z"));

        var ids = ICalMapper.Map(ics, Subjects, Window).Items.Select(i => i.ExternalId).ToList();

        Assert.Equal(["d@20240601", "d@20240603"], ids);
    }

    [Fact]
    public void Map_RecurringEventWithDuration_ExpandsLikeOneWithDtend()
    {
        // RFC 5545 §3.6.1: a VEVENT has DTEND or DURATION; Google writes DURATION on some recurring events.
        static string Series(string end) => Cal(
            Event("s", "DTSTART;TZID=Asia/Seoul:20240601T211000", end, "RRULE:FREQ=WEEKLY;BYDAY=SA,SU;COUNT=4"),
            Event("s", "DTSTART;TZID=Asia/Seoul:20240602T221000", "DURATION:PT70M", "RECURRENCE-ID;TZID=Asia/Seoul:20240602T211000"));

        var withDuration = ICalMapper.Map(Series("DURATION:PT70M"), Subjects, Window);
        var withDtend = ICalMapper.Map(Series("DTEND;TZID=Asia/Seoul:20240601T222000"), Subjects, Window);

        Assert.Empty(withDuration.Skipped);
        Assert.Equal(["s@20240601", "s@20240602", "s@20240608", "s@20240609"],
            withDuration.Items.Select(i => i.ExternalId));
        Assert.Equal(withDtend.Items.Select(i => (i.ExternalId, i.Date, i.Time, i.TimeZone, i.Title)),
            withDuration.Items.Select(i => (i.ExternalId, i.Date, i.Time, i.TimeZone, i.Title)));
        Assert.Equal(new TimeOnly(22, 10), withDuration.Items[1].Time);
    }

    [Fact]
    public void Map_UntilAtTheEndOfTime_ReadsLikeAnEndlessRule()
    {
        // "For ever" in effect; in Seoul that instant is already in year 10000.
        var window = ICalWindow.Around(new DateTimeOffset(2024, 5, 20, 0, 0, 0, TimeSpan.Zero), new ICalOptions { PastDays = 0, FutureDays = 2 });
        var ics = Cal(Event("d", "DTSTART;TZID=Asia/Seoul:20240501T200000", "RRULE:FREQ=DAILY;UNTIL=99991231T235959Z"));

        var mapping = ICalMapper.Map(ics, Subjects, window);

        Assert.Empty(mapping.Skipped);
        Assert.Equal(["d@20240520", "d@20240521", "d@20240522"], mapping.Items.Select(i => i.ExternalId));
    }

    [Fact]
    public void Map_EventWhoseTimeCannotBeRead_IsSkippedAndTheOthersRead()
    {
        // 9999-12-31 23:59:59Z is in year 10000 in Seoul, past what a date can hold.
        var ics = Cal("X-WR-TIMEZONE:Asia/Seoul", Event("end-of-time", "DTSTART:99991231T235959Z"),
            Event("fine", "DTSTART;VALUE=DATE:20240603"));

        var mapping = ICalMapper.Map(ics, Subjects, Window);

        Assert.Equal("fine", Assert.Single(mapping.Items).ExternalId);
        var reason = Assert.Single(mapping.Skipped);
        Assert.StartsWith("end-of-time: its times can't be read (", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", reason, StringComparison.Ordinal);
    }

    // A weekly series at the given time, COUNT=4 from Saturday 2024-06-01; its third airing is cancelled by an override.
    static string Slot(string time) => Cal(
        Event("slot", $"DTSTART;TZID=Asia/Seoul:20240601T{time}", "RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=4"),
        Event("slot", $"DTSTART;TZID=Asia/Seoul:20240615T{time}", $"RECURRENCE-ID;TZID=Asia/Seoul:20240615T{time}", "STATUS:CANCELLED"));

    [Fact]
    public void Map_SeriesTimeMovedWithinTheDay_KeepsItsIdsAndOverrides()
    {
        var before = ICalMapper.Map(Slot("211000"), Subjects, Window).Items;
        var after = ICalMapper.Map(Slot("205000"), Subjects, Window).Items;

        // RFC 5545 §3.8.4.4: the moved DTSTART redefines the set, so the same four airings, not four more.
        string[] ids = ["slot@20240601", "slot@20240608", "slot@20240615", "slot@20240622"];
        Assert.Equal(ids, before.Select(i => i.ExternalId));
        Assert.Equal(ids, after.Select(i => i.ExternalId));
        Assert.All(after, i => Assert.Equal(new TimeOnly(20, 50), i.Time));
        Assert.Equal(ReleaseStatus.Cancelled, Item(new ICalMapping(after, []), "slot@20240615").Status);
        Assert.Equal(["slot@20240601T", "slot@20240608T", "slot@20240615T", "slot@20240622T"], after.Select(i => i.FormerKeyPrefix));
    }

    [Fact]
    public void Map_TwoOccurrencesOnADate_TheFirstByDateTheSecondByStart()
    {
        var ics = Cal(Event("twice", "DTSTART;TZID=Asia/Seoul:20240601T090000", "RRULE:FREQ=DAILY;BYHOUR=9,21;COUNT=4"));

        var items = ICalMapper.Map(ics, Subjects, Window).Items;

        Assert.Equal(["twice@20240601", "twice@20240601T210000", "twice@20240602", "twice@20240602T210000"], items.Select(i => i.ExternalId));
        Assert.Equal(["twice@20240601T", null, "twice@20240602T", null], items.Select(i => i.FormerKeyPrefix));
    }

    [Fact]
    public void Map_AllDayRule_UsesDateIds()
    {
        var ics = Cal(Event("weekly", "DTSTART;VALUE=DATE:20240603", "RRULE:FREQ=WEEKLY;COUNT=2"));

        var items = ICalMapper.Map(ics, Subjects, Window).Items;

        Assert.Equal(["weekly@20240603", "weekly@20240610"], items.Select(i => i.ExternalId));
        Assert.All(items, i => Assert.Null(i.Time));
        Assert.All(items, i => Assert.Null(i.FormerKeyPrefix));   // dates were their ids already
    }

    [Fact]
    public void Map_OverrideOfASingleEvent_ReplacesItUnderTheSameUid()
    {
        var ics = Cal(Event("one", "DTSTART;TZID=Asia/Seoul:20240603T180000"),
            Event("one", "DTSTART;TZID=Asia/Seoul:20240604T190000", "RECURRENCE-ID;TZID=Asia/Seoul:20240603T180000", "STATUS:CANCELLED"));

        var item = Assert.Single(ICalMapper.Map(ics, Subjects, Window).Items);

        Assert.Equal(("one", new DateOnly(2024, 6, 4), ReleaseStatus.Cancelled), (item.ExternalId, item.Date, item.Status));
    }

    [Fact]
    public void Map_LongDescription_IsCutTo4000Characters()
    {
        var ics = Cal(Event("long", "DTSTART;VALUE=DATE:20240603", "DESCRIPTION:" + new string('a', 5000)));

        Assert.Equal(ICalMapper.MaxDescriptionChars, Assert.Single(ICalMapper.Map(ics, Subjects, Window).Items).Description!.Length);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>Not found</body></html>")]
    [InlineData("{\"events\": []}")]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")]
    [InlineData("")]
    public void Map_BodyThatIsNotICalendar_ThrowsSourceFormatException(string body)
    {
        var ex = Assert.Throws<SourceFormatException>(() => ICalMapper.Map(body, Subjects, Window));

        Assert.Contains("not iCalendar", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Album", ReleaseKind.Album)]
    [InlineData("мини-альбом", ReleaseKind.Ep)]
    [InlineData("Mini  Album", ReleaseKind.Ep)]
    [InlineData("Music Video", ReleaseKind.Mv)]
    [InlineData("ДОРАМА", ReleaseKind.Drama)]
    [InlineData("фильм", ReleaseKind.Film)]
    [InlineData("K-pop", ReleaseKind.Other)]
    [InlineData("Album of the year", ReleaseKind.Other)]
    public void FromCategories_OneCategory_GivesItsKind(string category, ReleaseKind kind)
    {
        Assert.Equal(kind, ICalKinds.FromCategories(["Fan events", category]));
    }
}
