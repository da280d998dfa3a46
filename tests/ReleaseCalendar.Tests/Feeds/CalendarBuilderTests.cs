using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Feeds;

public sealed class CalendarBuilderTests
{
    static readonly FeedHeader Header = new("RM — releases", "Albums, singles and videos by RM");

    [Fact]
    public void Build_Calendar_HasVersionProdIdScaleMethodNamesAndRefreshHints()
    {
        var bytes = CalendarBuilder.Build(Header, [FeedSamples.RmAlbum()], FeedSamples.Options(refresh: TimeSpan.FromHours(6)));

        var calendar = FeedSamples.Parse(bytes);
        Assert.Equal("2.0", calendar.Version);
        Assert.Equal(CalendarBuilder.ProductId, calendar.ProductId);
        Assert.Equal("GREGORIAN", calendar.Scale);
        Assert.Equal("PUBLISH", calendar.Method);
        var lines = FeedSamples.Lines(bytes);
        Assert.Contains("X-WR-CALNAME:RM — releases", lines);
        Assert.Contains("X-WR-CALDESC:Albums\\, singles and videos by RM", lines);
        Assert.Contains("NAME:RM — releases", lines);
        Assert.Contains("DESCRIPTION:Albums\\, singles and videos by RM", lines);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT6H", lines);
        Assert.Contains("X-PUBLISHED-TTL:PT6H", lines);
    }

    [Theory]
    [InlineData(0, 30, "PT30M")]
    [InlineData(1, 0, "PT1H")]
    [InlineData(24, 0, "P1D")]
    [InlineData(25, 30, "P1DT1H30M")]
    public void Build_RefreshInterval_IsRfc5545Duration(int hours, int minutes, string expected)
    {
        var bytes = CalendarBuilder.Build(Header, [], FeedSamples.Options(refresh: new TimeSpan(hours, minutes, 0)));

        Assert.Contains($"REFRESH-INTERVAL;VALUE=DURATION:{expected}", FeedSamples.Lines(bytes));
        Assert.Contains($"X-PUBLISHED-TTL:{expected}", FeedSamples.Lines(bytes));
    }

    [Fact]
    public void Build_MonthAndYearPrecision_AreNotEmitted()
    {
        var month = FeedSamples.Make(2, "Comeback", ReleaseKind.Album, new DateOnly(2024, 9, 1), subjects: FeedSamples.Bts());
        month.Precision = DatePrecision.Month;
        var year = FeedSamples.Make(3, "Reunion", ReleaseKind.Album, new DateOnly(2025, 1, 1), subjects: FeedSamples.Bts());
        year.Precision = DatePrecision.Year;

        var calendar = FeedSamples.Parse(CalendarBuilder.Build(Header, [FeedSamples.RmAlbum(), month, year], FeedSamples.Options()));

        var evt = Assert.Single(calendar.Events);
        Assert.StartsWith(FeedSamples.RmAlbum().PublicId.ToString("N"), evt.Uid);
    }

    [Fact]
    public void Build_Event_UidStampsAndSequenceComeFromTheRelease()
    {
        var release = FeedSamples.RmAlbum();
        release.Sequence = 4;

        var bytes = CalendarBuilder.Build(Header, [release], FeedSamples.Options());

        var evt = Assert.Single(FeedSamples.Parse(bytes).Events);
        Assert.Equal($"{release.PublicId:N}@releases.example.org", evt.Uid);
        Assert.Equal(4, evt.Sequence);
        var lines = FeedSamples.Lines(bytes);
        Assert.Contains("DTSTAMP:20240520T093000Z", lines);
        Assert.Contains("LAST-MODIFIED:20240520T093000Z", lines);
        Assert.Contains("CREATED:20240301T120000Z", lines);
    }

    [Fact]
    public void Build_UnspecifiedKindTimestamps_AreTreatedAsUtc()
    {
        // EF Core's SQLite provider returns DateTime with Kind=Unspecified; those are UTC by our convention.
        var release = FeedSamples.RmAlbum();
        release.UpdatedUtc = new DateTime(2024, 5, 20, 9, 30, 0, DateTimeKind.Unspecified);

        Assert.Contains("DTSTAMP:20240520T093000Z", FeedSamples.Lines(CalendarBuilder.Build(Header, [release], FeedSamples.Options())));
    }

    [Fact]
    public void Build_DeletedRelease_IsCancelledAndStampedWithTheDeletion()
    {
        var release = FeedSamples.RmAlbum();
        release.DeletedUtc = new DateTime(2024, 6, 1, 8, 0, 0, DateTimeKind.Utc);
        release.CancelledUtc = release.DeletedUtc;

        var bytes = CalendarBuilder.Build(Header, [release], FeedSamples.Options(alarm: TimeSpan.FromHours(1)));

        var evt = Assert.Single(FeedSamples.Parse(bytes).Events);
        Assert.Equal("CANCELLED", evt.Status);
        Assert.Empty(evt.Alarms); // no reminder for something that will not happen
        Assert.Contains("DTSTAMP:20240601T080000Z", FeedSamples.Lines(bytes));
    }

    [Fact]
    public void Build_SameReleases_GiveTheSameBytesWhateverTheInputOrder()
    {
        var releases = FeedSamples.Rich();

        var first = CalendarBuilder.Build(Header, releases, FeedSamples.Options(alarm: TimeSpan.FromHours(1)));
        var second = CalendarBuilder.Build(Header, FeedSamples.Rich().AsEnumerable().Reverse().ToList(),
            FeedSamples.Options(alarm: TimeSpan.FromHours(1)));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Build_Output_IsUtf8WithoutBomWithCrlfLines()
    {
        var bytes = CalendarBuilder.Build(Header, FeedSamples.Rich(), FeedSamples.Options());

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DateWithoutTime_IsAllDayWithExclusiveNextDayEnd()
    {
        var bytes = CalendarBuilder.Build(Header, [FeedSamples.RmSingle()], FeedSamples.Options());

        var lines = FeedSamples.Lines(bytes);
        Assert.Contains("DTSTART;VALUE=DATE:20240510", lines);
        Assert.Contains("DTEND;VALUE=DATE:20240511", lines);
        var evt = Assert.Single(FeedSamples.Parse(bytes).Events);
        Assert.False(evt.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2024, 5, 11), evt.DtEnd!.Date);
        Assert.Empty(FeedSamples.Parse(bytes).TimeZones); // no TZID used, so no VTIMEZONE
    }

    [Fact]
    public void Build_TimedRelease_UsesItsZoneAndLastsOneHour()
    {
        var bytes = CalendarBuilder.Build(Header, [FeedSamples.RmAlbum()], FeedSamples.Options());

        var lines = FeedSamples.Lines(bytes);
        Assert.Contains("DTSTART;TZID=Asia/Seoul:20240524T130000", lines);
        Assert.Contains("DTEND;TZID=Asia/Seoul:20240524T140000", lines);
        var calendar = FeedSamples.Parse(bytes);
        Assert.Equal("Asia/Seoul", Assert.Single(calendar.TimeZones).TzId);
    }

    [Fact]
    public void Build_TimeWithUnknownZone_FallsBackToAllDay()
    {
        var release = FeedSamples.RmAlbum();
        release.TimeZone = "Mars/Olympus_Mons";

        var lines = FeedSamples.Lines(CalendarBuilder.Build(Header, [release], FeedSamples.Options()));

        Assert.Contains("DTSTART;VALUE=DATE:20240524", lines);
        Assert.DoesNotContain(lines, l => l.Contains("TZID", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ReleaseStatus.Announced, false, "TENTATIVE")]
    [InlineData(ReleaseStatus.Confirmed, false, "CONFIRMED")]
    [InlineData(ReleaseStatus.Released, false, "CONFIRMED")]
    [InlineData(ReleaseStatus.Postponed, false, "TENTATIVE")]
    [InlineData(ReleaseStatus.Cancelled, false, "CANCELLED")]
    [InlineData(ReleaseStatus.Confirmed, true, "CANCELLED")]
    public void Build_Status_MapsToRfc5545EventStatusAndIsTransparent(ReleaseStatus status, bool deleted, string expected)
    {
        var release = FeedSamples.RmAlbum();
        release.Status = status;
        if (deleted) release.DeletedUtc = release.UpdatedUtc;

        var bytes = CalendarBuilder.Build(Header, [release], FeedSamples.Options());

        var evt = Assert.Single(FeedSamples.Parse(bytes).Events);
        Assert.Equal(expected, evt.Status);
        Assert.Equal("TRANSPARENT", evt.Transparency);
    }

    [Theory]
    [InlineData("en", ReleaseStatus.Postponed, "[Postponed] RM — album \"Right Place, Wrong Person\"")]
    [InlineData("ru", ReleaseStatus.Postponed, "[Перенесено] RM — альбом «Right Place, Wrong Person»")]
    [InlineData("en", ReleaseStatus.Cancelled, "[Cancelled] RM — album \"Right Place, Wrong Person\"")]
    [InlineData("ru", ReleaseStatus.Cancelled, "[Отменено] RM — альбом «Right Place, Wrong Person»")]
    [InlineData("en", ReleaseStatus.Released, "RM — album \"Right Place, Wrong Person\"")]
    public void Build_Summary_MarksPostponedAndCancelled(string lang, ReleaseStatus status, string expected)
    {
        var release = FeedSamples.RmAlbum();
        release.Status = status;

        var evt = Assert.Single(FeedSamples.Parse(CalendarBuilder.Build(Header, [release], FeedSamples.Options(lang))).Events);

        Assert.Equal(expected, evt.Summary);
    }

    public static TheoryData<string, ReleaseKind, int?, int?, string> SummaryCases => new()
    {
        { "en", ReleaseKind.Album, null, null, "RM — album \"Right Place, Wrong Person\"" },
        { "ru", ReleaseKind.Album, null, null, "RM — альбом «Right Place, Wrong Person»" },
        { "en", ReleaseKind.Ep, null, null, "RM — EP \"Right Place, Wrong Person\"" },
        { "ru", ReleaseKind.Ep, null, null, "RM — мини-альбом «Right Place, Wrong Person»" },
        { "en", ReleaseKind.Single, null, null, "RM — single \"Right Place, Wrong Person\"" },
        { "ru", ReleaseKind.Single, null, null, "RM — сингл «Right Place, Wrong Person»" },
        { "en", ReleaseKind.Mv, null, null, "RM — MV \"Right Place, Wrong Person\"" },
        { "ru", ReleaseKind.Mv, null, null, "RM — клип «Right Place, Wrong Person»" },
        { "en", ReleaseKind.Ost, null, null, "RM — OST \"Right Place, Wrong Person\"" },
        { "ru", ReleaseKind.Ost, null, null, "RM — OST «Right Place, Wrong Person»" },
        { "en", ReleaseKind.Film, null, null, "RM — film \"Right Place, Wrong Person\"" },
        { "ru", ReleaseKind.Film, null, null, "RM — фильм «Right Place, Wrong Person»" },
        { "en", ReleaseKind.Other, null, null, "RM — \"Right Place, Wrong Person\"" },
        { "ru", ReleaseKind.Other, null, null, "RM — «Right Place, Wrong Person»" },
    };

    [Theory]
    [MemberData(nameof(SummaryCases))]
    public void Build_Summary_NamesSubjectKindAndTitleInTheFeedLanguage(
        string lang, ReleaseKind kind, int? season, int? episode, string expected)
    {
        var release = FeedSamples.RmAlbum();
        release.Kind = kind;
        (release.Season, release.Episode) = (season, episode);

        var evt = Assert.Single(FeedSamples.Parse(CalendarBuilder.Build(Header, [release], FeedSamples.Options(lang))).Events);

        Assert.Equal(expected, evt.Summary);
    }

    [Theory]
    [InlineData("en", 1, 5, "Queen of Tears — S1E5")]
    [InlineData("ru", 1, 5, "Королева слёз — 5 серия")]
    [InlineData("en", null, 5, "Queen of Tears — episode 5")]
    [InlineData("ru", null, 5, "Королева слёз — 5 серия")]
    [InlineData("en", 2, 3, "Queen of Tears — S2E3")]
    [InlineData("ru", 2, 3, "Королева слёз — 2 сезон, 3 серия")]
    public void Build_EpisodeSummary_NumbersTheEpisode(string lang, int? season, int episode, string expected)
    {
        var release = FeedSamples.Episode(season, episode);

        var evt = Assert.Single(FeedSamples.Parse(CalendarBuilder.Build(Header, [release], FeedSamples.Options(lang))).Events);

        Assert.Equal(expected, evt.Summary);
    }

    [Theory]
    [InlineData("en", "Queen of Tears — S1E16 \"The Finale\"")]
    [InlineData("ru", "Королева слёз — 16 серия «Финал»")]
    public void Build_EpisodeWithItsOwnTitle_QuotesIt(string lang, string expected)
    {
        var release = FeedSamples.Episode(1, 16);
        (release.Title, release.TitleEn, release.TitleRu) = ("The Finale", "The Finale", "Финал");

        var evt = Assert.Single(FeedSamples.Parse(CalendarBuilder.Build(Header, [release], FeedSamples.Options(lang))).Events);

        Assert.Equal(expected, evt.Summary);
    }

    [Theory]
    [InlineData("en", "Queen of Tears — drama")]
    [InlineData("ru", "Королева слёз — дорама")]
    public void Build_DramaTitledLikeItsShow_DoesNotRepeatTheName(string lang, string expected)
    {
        var release = FeedSamples.Episode(null, null);
        release.Kind = ReleaseKind.Drama;

        var evt = Assert.Single(FeedSamples.Parse(CalendarBuilder.Build(Header, [release], FeedSamples.Options(lang))).Events);

        Assert.Equal(expected, evt.Summary);
    }

    [Theory]
    [InlineData("en", "RM & BTS — single \"Come Back to Me\"")]
    [InlineData("ru", "RM & BTS — сингл «Come Back to Me»")]
    public void Build_SeveralSubjects_AreJoinedWithAmpersandInCreditOrder(string lang, string expected)
    {
        var release = FeedSamples.RmSingle();
        release.Subjects =
        [
            new ReleaseSubject { SubjectId = 2, Subject = FeedSamples.Bts(), Position = 1 },
            new ReleaseSubject { SubjectId = 1, Subject = FeedSamples.Rm(), Position = 0 },
        ];

        var evt = Assert.Single(FeedSamples.Parse(CalendarBuilder.Build(Header, [release], FeedSamples.Options(lang))).Events);

        Assert.Equal(expected, evt.Summary);
    }

    [Fact]
    public void Build_UnknownLanguage_RendersEnglish()
    {
        var evt = Assert.Single(FeedSamples.Parse(CalendarBuilder.Build(Header, [FeedSamples.RmAlbum()], FeedSamples.Options("ko"))).Events);

        Assert.Equal("RM — album \"Right Place, Wrong Person\"", evt.Summary);
    }

    [Theory]
    [InlineData("en", "Time TBA", "Single")]
    [InlineData("ru", "Время уточняется", "Сингл")]
    public void Build_AllDayDescription_SaysTimeTbaAndCarriesLinks(string lang, string tba, string category)
    {
        var release = FeedSamples.RmSingle();

        var evt = Assert.Single(FeedSamples.Parse(CalendarBuilder.Build(Header, [release], FeedSamples.Options(lang))).Events);

        var url = $"https://releases.example.org/releases/{release.PublicId:N}";
        Assert.Equal($"Pre-release single.\n\n{tba}\n\nhttps://youtu.be/example\n{url}", evt.Description);
        Assert.Equal(new Uri(url), evt.Url);
        Assert.Equal([category], evt.Categories);
    }

    [Theory]
    [InlineData("en", "Time: 13:00 (Asia/Seoul)", "Album")]
    [InlineData("ru", "Время: 13:00 (Asia/Seoul)", "Альбом")]
    public void Build_TimedDescription_GivesTheOriginalLocalTime(string lang, string time, string category)
    {
        var release = FeedSamples.RmAlbum();

        var evt = Assert.Single(FeedSamples.Parse(CalendarBuilder.Build(Header, [release], FeedSamples.Options(lang))).Events);

        Assert.DoesNotContain("TBA", evt.Description, StringComparison.Ordinal);
        Assert.StartsWith(time + "\n\n", evt.Description, StringComparison.Ordinal);
        Assert.Equal([category], evt.Categories);
    }

    [Fact]
    public void Build_PublicBaseUrlWithTrailingSlash_GivesOneSlash()
    {
        var release = FeedSamples.RmAlbum();
        var options = FeedSamples.Options() with { PublicBaseUrl = "https://releases.example.org/" };

        var evt = Assert.Single(FeedSamples.Parse(CalendarBuilder.Build(Header, [release], options)).Events);

        Assert.Equal($"https://releases.example.org/releases/{release.PublicId:N}", evt.Url!.ToString());
    }

    [Fact]
    public void Build_Events_AreOrderedByDateThenTimeThenId()
    {
        var late = FeedSamples.Make(30, "Late", ReleaseKind.Mv, new DateOnly(2024, 5, 24), new TimeOnly(18, 0), "Asia/Seoul");
        var early = FeedSamples.Make(40, "Early", ReleaseKind.Mv, new DateOnly(2024, 5, 24), new TimeOnly(9, 0), "Asia/Seoul");
        var allDayB = FeedSamples.Make(21, "B", ReleaseKind.Single, new DateOnly(2024, 5, 24));
        var allDayA = FeedSamples.Make(20, "A", ReleaseKind.Single, new DateOnly(2024, 5, 24));
        var before = FeedSamples.Make(50, "Before", ReleaseKind.Single, new DateOnly(2024, 5, 1));

        var calendar = FeedSamples.Parse(CalendarBuilder.Build(Header, [late, early, allDayB, allDayA, before], FeedSamples.Options()));

        Assert.Equal(["Before", "A", "B", "Early", "Late"],
            calendar.Events.Select(e => e.Summary!.Split('"')[1]).ToArray());
    }

    [Fact]
    public void Build_Alarm_AddsDisplayAlarmBeforeTheStart()
    {
        var bytes = CalendarBuilder.Build(Header, [FeedSamples.RmAlbum()], FeedSamples.Options(alarm: TimeSpan.FromHours(1)));

        var alarm = Assert.Single(Assert.Single(FeedSamples.Parse(bytes).Events).Alarms);
        Assert.Equal("DISPLAY", alarm.Action);
        Assert.Equal("RM — album \"Right Place, Wrong Person\"", alarm.Description);
        var lines = FeedSamples.Lines(bytes);
        Assert.Contains("TRIGGER:-PT1H", lines);
        Assert.Contains("BEGIN:VALARM", lines);
    }

    [Fact]
    public void Build_NoAlarm_HasNoValarm()
    {
        var lines = FeedSamples.Lines(CalendarBuilder.Build(Header, [FeedSamples.RmAlbum()], FeedSamples.Options()));

        Assert.DoesNotContain("BEGIN:VALARM", lines);
    }

    [Fact]
    public void Build_ReleaseWithoutLoadedSubject_Throws()
    {
        var release = FeedSamples.RmAlbum();
        release.Subjects = [new ReleaseSubject { SubjectId = 1 }];

        Assert.Throws<InvalidOperationException>(() => CalendarBuilder.Build(Header, [release], FeedSamples.Options()));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Build_RichFeed_MatchesTheGoldenFile(string lang)
    {
        var bytes = CalendarBuilder.Build(FeedSamples.RichHeader, FeedSamples.Rich(), FeedSamples.Options(lang, TimeSpan.FromHours(1)));
        var name = $"rich.{lang}.ics";

        // RC_UPDATE_GOLDEN=1 rewrites the checked-in file after an intended change; review the diff before committing.
        if (Environment.GetEnvironmentVariable("RC_UPDATE_GOLDEN") == "1" && IcsCheck.RepoRoot is { } root)
        {
            File.WriteAllBytes(Path.Combine(root, "tests", "ReleaseCalendar.Tests", "Fixtures", "feeds", name), bytes);
            return;
        }

        var golden = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "feeds", name));
        if (!golden.AsSpan().SequenceEqual(bytes))
        {
            var expected = Encoding.UTF8.GetString(golden).Split("\r\n");
            var actual = Encoding.UTF8.GetString(bytes).Split("\r\n");
            var i = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(k => expected[k] != actual[k], -1);
            Assert.Fail(i < 0
                ? $"{name}: same lines, different bytes or length ({golden.Length} vs {bytes.Length})"
                : $"{name} line {i + 1}:\n expected: {expected[i]}\n actual:   {actual[i]}");
        }
    }

    [IcsCheckFact]
    public async Task Build_RichFeed_PassesIcsCheck()
    {
        foreach (var lang in new[] { "en", "ru" })
        {
            var bytes = CalendarBuilder.Build(FeedSamples.RichHeader, FeedSamples.Rich(), FeedSamples.Options(lang, TimeSpan.FromMinutes(30)));
            var (exitCode, report) = await IcsCheck.RunAsync(bytes);
            Assert.True(exitCode == 0, report);
        }
    }

    [IcsCheckFact]
    public async Task IcsCheck_BrokenFeed_IsReported()
    {
        // LF line ends and a TZID without VTIMEZONE: proves the check above can fail at all.
        var broken = Encoding.UTF8.GetBytes(string.Join('\n', "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//x//y//EN",
            "BEGIN:VEVENT", "UID:1@x", "DTSTAMP:20240101T000000Z", "DTSTART;TZID=Nowhere/Zone:20240101T100000",
            "END:VEVENT", "END:VCALENDAR", ""));

        var (exitCode, report) = await IcsCheck.RunAsync(broken, keepOnFailure: false);

        Assert.True(exitCode != 0, report);
        Assert.Contains("line-endings", report, StringComparison.Ordinal);
    }
}

/// <summary>Releases built in memory, with fixed ids and timestamps so output is stable.</summary>
internal static class FeedSamples
{
    public static readonly DateTime Updated = new(2024, 5, 20, 9, 30, 0, DateTimeKind.Utc);
    public static readonly DateTime Created = new(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    public static readonly FeedHeader RichHeader = new("BTS; RM & friends, \"all\" releases", "Everything\nwe know — всё, что известно 😀");

    public static FeedRenderOptions Options(string lang = "en", TimeSpan? alarm = null, TimeSpan? refresh = null) =>
        new("releases.example.org", "https://releases.example.org", lang, refresh ?? TimeSpan.FromHours(1), alarm);

    public static Subject Rm() => new() { Id = 1, Slug = "rm", Kind = SubjectKind.Artist, NameEn = "RM", NameRu = "RM", NameKo = "알엠" };
    public static Subject Bts() => new() { Id = 2, Slug = "bts", Kind = SubjectKind.Group, NameEn = "BTS", NameKo = "방탄소년단" };
    public static Subject QueenOfTears() => new()
    { Id = 3, Slug = "queen-of-tears", Kind = SubjectKind.Show, NameEn = "Queen of Tears", NameRu = "Королева слёз", NameKo = "눈물의 여왕" };

    public static Release Make(int id, string title, ReleaseKind kind, DateOnly date, TimeOnly? time = null, string? zone = null,
        ReleaseStatus status = ReleaseStatus.Confirmed, params Subject[] subjects) => new()
    {
        Id = id,
        PublicId = new Guid($"0000{id:D4}-5eed-4c0d-9a1e-00000000{id:D4}"),
        Title = title,
        Kind = kind,
        Date = date,
        Precision = DatePrecision.Day,
        Time = time,
        TimeZone = zone,
        Status = status,
        Subjects = [.. subjects.Select((s, i) => new ReleaseSubject { ReleaseId = id, SubjectId = s.Id, Subject = s, Position = i })],
        CreatedBy = "test",
        CreatedUtc = Created,
        UpdatedBy = "test",
        UpdatedUtc = Updated,
    };

    public static Release RmAlbum() =>
        Make(1, "Right Place, Wrong Person", ReleaseKind.Album, new DateOnly(2024, 5, 24), new TimeOnly(13, 0), "Asia/Seoul",
            subjects: Rm());

    public static Release RmSingle()
    {
        var r = Make(2, "Come Back to Me", ReleaseKind.Single, new DateOnly(2024, 5, 10), subjects: Rm());
        r.Description = "Pre-release single.";
        r.Links = ["https://youtu.be/example"];
        return r;
    }

    public static Release Episode(int? season, int? episode)
    {
        var r = Make(3, "Queen of Tears", ReleaseKind.Episode, new DateOnly(2024, 3, 23), new TimeOnly(21, 10), "Asia/Seoul",
            subjects: QueenOfTears());
        (r.TitleRu, r.Season, r.Episode) = ("Королева слёз", season, episode);
        return r;
    }

    /// <summary>Every shape a feed can hold: timed in several zones, all-day, each status, deleted, hostile text.</summary>
    public static List<Release> Rich()
    {
        var ep5 = Episode(1, 5);
        var cancelled = Make(4, "Yet To Come (Busan)", ReleaseKind.Film, new DateOnly(2023, 2, 1), subjects: Bts());
        cancelled.Status = ReleaseStatus.Cancelled;
        cancelled.Sequence = 2;
        var deleted = Make(5, "Duplicate entry", ReleaseKind.Mv, new DateOnly(2024, 6, 13), new TimeOnly(0, 0), "Asia/Seoul", subjects: Bts());
        deleted.DeletedUtc = new DateTime(2024, 6, 1, 8, 0, 0, DateTimeKind.Utc);
        var postponed = Make(6, "Festa", ReleaseKind.Other, new DateOnly(2024, 6, 13), subjects: Bts());
        postponed.Status = ReleaseStatus.Postponed;
        var hostile = Make(7, "X\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected", ReleaseKind.Single, new DateOnly(2024, 7, 1),
            new TimeOnly(18, 0), "Asia/Seoul", ReleaseStatus.Announced, Rm(), Bts());
        hostile.Description = "a;b,c\\d \"quoted\" 'single' \\n not a newline\r\nDESCRIPTION:evil\tTab\u0007bell";
        hostile.Links = ["https://example.org/?a=1;b=2,c"];
        var emoji = Make(8, "😀 Кириллица и эмодзи 😀 " + string.Concat(Enumerable.Repeat("🎤🎶", 30)), ReleaseKind.Ost,
            new DateOnly(2024, 12, 31), new TimeOnly(23, 30), "Asia/Seoul", subjects: QueenOfTears());
        emoji.TitleRu = "Саундтрек «Слёзы» — " + new string('ё', 60);
        var berlinWinter = Make(9, "Fan meeting (Berlin)", ReleaseKind.Other, new DateOnly(2024, 1, 15), new TimeOnly(20, 0), "Europe/Berlin",
            subjects: Rm());
        var berlinSummer = Make(10, "Fan meeting (Berlin, summer)", ReleaseKind.Other, new DateOnly(2024, 7, 15), new TimeOnly(20, 0),
            "Europe/Berlin", subjects: Rm());
        var la = Make(11, "Live in LA", ReleaseKind.Film, new DateOnly(2024, 11, 3), new TimeOnly(1, 30), "America/Los_Angeles",
            ReleaseStatus.Released, Bts());
        var month = Make(12, "Winter album", ReleaseKind.Album, new DateOnly(2024, 12, 1), subjects: Bts());
        month.Precision = DatePrecision.Month;
        var announced = Make(13, "Indigo 2", ReleaseKind.Ep, new DateOnly(2025, 3, 7), subjects: Rm());
        announced.Status = ReleaseStatus.Announced;
        announced.Sequence = 1;
        return [RmAlbum(), RmSingle(), ep5, cancelled, deleted, postponed, hostile, emoji, berlinWinter, berlinSummer, la, month, announced];
    }

    public static Calendar Parse(byte[] bytes) =>
        Calendar.Load(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes))
        ?? throw new InvalidOperationException("Ical.Net could not load the feed.");

    /// <summary>Logical (unfolded) content lines, RFC 5545 §3.1.</summary>
    public static string[] Lines(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes).Replace("\r\n ", "", StringComparison.Ordinal)
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    public static CalendarEvent Event(Calendar calendar, Release release) =>
        calendar.Events.Single(e => e.Uid!.StartsWith(release.PublicId.ToString("N"), StringComparison.Ordinal));
}
