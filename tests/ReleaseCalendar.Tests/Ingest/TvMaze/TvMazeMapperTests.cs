using System.Globalization;
using System.Text;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Ingest.Sources.TvMaze;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Ingest.MusicBrainz;

namespace ReleaseCalendar.Tests.Ingest.TvMaze;

public sealed class TvMazeMapperTests
{
    static readonly DateTimeOffset Now = new(2024, 3, 16, 12, 30, 0, TimeSpan.Zero);

    static TvMazeMapping MapFixture(string name, string showId, DateTimeOffset? now = null)
    {
        var show = TvMazeMapper.ParseShow(Fixture.Bytes($"tvmaze/{name}-show.json"), "fixture");
        var episodes = TvMazeMapper.ParseEpisodes(Fixture.Bytes($"tvmaze/{name}-episodes.json"), "fixture");
        return TvMazeMapper.Map(show, episodes, showId, [name], now ?? Now);
    }

    static IncomingItem Episode(TvMazeMapping mapping, int id) => Assert.Single(mapping.Items, i => i.ExternalId == $"ep:{id}");

    [Fact]
    public void Map_KoreanNetwork_EpisodesAtTheAirtimeInSeoul()
    {
        var mapping = MapFixture("kr-network", "990001");

        var first = Episode(mapping, 3000001);
        Assert.Equal(ReleaseKind.Episode, first.Kind);
        Assert.Equal("Chapter 1", first.Title);
        Assert.Equal((1, 1), (first.Season, first.Episode));
        Assert.Equal(new DateOnly(2024, 3, 9), first.Date);
        Assert.Equal(DatePrecision.Day, first.Precision);
        Assert.Equal(new TimeOnly(21, 10), first.Time);
        Assert.Equal("Asia/Seoul", first.TimeZone);
        Assert.Equal(["https://www.tvmaze.com/episodes/3000001/crown-of-tears-1x1"], first.Links);
        Assert.Equal(["kr-network"], first.Subjects);
        Assert.Null(first.Description);
        Assert.Equal(new DateTimeOffset(2024, 3, 9, 12, 10, 0, TimeSpan.Zero), ReleaseTime.Moment(first.Date, first.Time, first.TimeZone)!.StartsAt);
        Assert.Equal(0, mapping.TimesFromAirstamp);
    }

    [Fact]
    public void Map_KoreanNetwork_PremiereIsSeasonOneEpisodeOneAsADrama()
    {
        var mapping = MapFixture("kr-network", "990001");

        var premiere = Assert.Single(mapping.Items, i => i.Kind == ReleaseKind.Drama);
        Assert.Equal("show:990001", premiere.ExternalId);
        Assert.Equal("Crown of Tears", premiere.Title);
        // Not the earlier "Behind the Scenes" special: the first episode of season 1.
        Assert.Equal((new DateOnly(2024, 3, 9), new TimeOnly(21, 10), "Asia/Seoul"), (premiere.Date, premiere.Time, premiere.TimeZone));
        Assert.Null(premiere.Season);
        Assert.Null(premiere.Episode);
        Assert.Equal(["https://www.tvmaze.com/shows/990001/crown-of-tears"], premiere.Links);
        Assert.Equal(ReleaseStatus.Released, premiere.Status);
    }

    [Fact]
    public void Map_KoreanNetwork_SpecialsHaveNoEpisodeNumberAndNamesNeverEmpty()
    {
        var mapping = MapFixture("kr-network", "990001");

        // The significant special is an episode without a number; the insignificant one (unnamed) is left out.
        var named = Episode(mapping, 3000100);
        Assert.Equal("Behind the Scenes", named.Title);
        Assert.Equal((1, (int?)null), (named.Season, named.Episode));
        Assert.DoesNotContain(mapping.Items, i => i.ExternalId == "ep:3000101");
        Assert.Equal(1, mapping.MinorSpecials);
        Assert.Equal("Special", TvMazeMapper.Title(new TvMazeEpisode(3000101, null, "", 1, null, "2024-04-30", null, null, "significant_special")));
        Assert.Equal("Episode 15", Episode(mapping, 3000015).Title);   // name ""
        Assert.Equal("Episode 16", Episode(mapping, 3000016).Title);   // name "TBA"
        Assert.All(mapping.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Title)));
    }

    [Fact]
    public void Map_EpisodeWithoutAirdate_IsSkippedAndCounted()
    {
        var mapping = MapFixture("kr-network", "990001");

        Assert.Equal(1, mapping.WithoutDate);
        Assert.DoesNotContain(mapping.Items, i => i.ExternalId == "ep:3000200");
        Assert.Equal(16 + 1 + 1, mapping.Items.Count);   // episodes, the significant special, premiere
    }

    [Fact]
    public void Map_Status_ReleasedOnceTheInstantHasPassed()
    {
        // Now is 2024-03-16 12:30Z: episode 3 aired at 12:10Z that day, episode 4 airs tomorrow.
        var mapping = MapFixture("kr-network", "990001");

        Assert.Equal(ReleaseStatus.Released, Episode(mapping, 3000003).Status);
        Assert.Equal(ReleaseStatus.Confirmed, Episode(mapping, 3000004).Status);
        var earlier = MapFixture("kr-network", "990001", new DateTimeOffset(2024, 3, 16, 12, 9, 0, TimeSpan.Zero));
        Assert.Equal(ReleaseStatus.Confirmed, Episode(earlier, 3000003).Status);
    }

    [Fact]
    public void Map_UsNetwork_AirtimeInNewYorkAcrossDaylightSaving()
    {
        var mapping = MapFixture("us-network", "990002");

        // 2024-03-10 is the day New York springs forward; 22:00 EDT is 02:00Z next day, as the airstamp says.
        var first = Episode(mapping, 3100001);
        Assert.Equal((new DateOnly(2024, 3, 10), new TimeOnly(22, 0), "America/New_York"), (first.Date, first.Time, first.TimeZone));
        Assert.Equal(new DateTimeOffset(2024, 3, 11, 2, 0, 0, TimeSpan.Zero), ReleaseTime.Moment(first.Date, first.Time, first.TimeZone)!.StartsAt);
        // The first pass of the repeated 01:30 on 2024-11-03 agrees with its airstamp.
        var repeated = Episode(mapping, 3100006);
        Assert.Equal((new DateOnly(2024, 11, 3), new TimeOnly(1, 30), "America/New_York"), (repeated.Date, repeated.Time, repeated.TimeZone));
    }

    [Fact]
    public void Map_AirstampDisagrees_TheAirstampWinsInTheNetworksZone()
    {
        var mapping = MapFixture("us-network", "990002");

        // airdate 2024-05-05 23:00 EDT would be 03:00Z; the airstamp says 04:00Z, i.e. 00:00 on the 6th in New York.
        var overrun = Episode(mapping, 3100003);
        Assert.Equal((new DateOnly(2024, 5, 6), new TimeOnly(0, 0), "America/New_York"), (overrun.Date, overrun.Time, overrun.TimeZone));
        // 02:30 does not exist in New York on 2025-03-09; the airstamp (07:30Z) is 03:30 EDT.
        var skipped = Episode(mapping, 3100004);
        Assert.Equal((new DateOnly(2025, 3, 9), new TimeOnly(3, 30), "America/New_York"), (skipped.Date, skipped.Time, skipped.TimeZone));
        // The airstamp names the second 01:30 of 2024-11-03, which a local time cannot say: given in UTC.
        var second = Episode(mapping, 3100005);
        Assert.Equal((new DateOnly(2024, 11, 3), new TimeOnly(6, 30), "Etc/UTC"), (second.Date, second.Time, second.TimeZone));
        Assert.Equal(3, mapping.TimesFromAirstamp);
    }

    [Fact]
    public void Map_SkippedLocalTimeWithoutAirstamp_KeepsTheDateAlone()
    {
        var mapping = MapFixture("us-network", "990002");

        var lost = Episode(mapping, 3100007);
        Assert.Equal(new DateOnly(2026, 3, 8), lost.Date);
        Assert.Null(lost.Time);
        Assert.Null(lost.TimeZone);
    }

    [Fact]
    public void Map_StreamingDropWithoutAirtime_IsDateOnlyDespiteThePlaceholderAirstamp()
    {
        var mapping = MapFixture("streaming", "990003", new DateTimeOffset(2024, 12, 26, 0, 0, 0, TimeSpan.Zero));

        var drop = Episode(mapping, 3200001);
        Assert.Equal(new DateOnly(2021, 9, 17), drop.Date);
        Assert.Null(drop.Time);
        Assert.Null(drop.TimeZone);
        Assert.Equal(ReleaseStatus.Released, drop.Status);
        // Airing "today" with no time: not released before the day is past.
        Assert.Equal(ReleaseStatus.Confirmed, Episode(mapping, 3200101).Status);
        var premiere = Assert.Single(mapping.Items, i => i.ExternalId == "show:990003");
        Assert.Equal((new DateOnly(2021, 9, 17), (TimeOnly?)null), (premiere.Date, premiere.Time));
    }

    [Fact]
    public void Map_AirtimeButNoZone_UsesTheAirstampInUtc()
    {
        var mapping = MapFixture("streaming", "990003");

        var timed = Episode(mapping, 3200102);
        Assert.Equal((new DateOnly(2024, 12, 26), new TimeOnly(7, 0), "Etc/UTC"), (timed.Date, timed.Time, timed.TimeZone));
    }

    [Fact]
    public void Map_WebChannelWithCountry_UsesItsZoneWhenThereIsNoNetwork()
    {
        var mapping = MapFixture("web-channel", "990004");

        var part = Episode(mapping, 3300001);
        Assert.Equal((new DateOnly(2023, 12, 22), new TimeOnly(12, 0), "Asia/Seoul"), (part.Date, part.Time, part.TimeZone));
    }

    [Theory]
    [InlineData("2024-03-09", "21:10", "2024-03-09T12:10:00+00:00", "Asia/Seoul", "2024-03-09", "21:10", "Asia/Seoul", false)]
    [InlineData("2024-03-09", "21:10", null, "Asia/Seoul", "2024-03-09", "21:10", "Asia/Seoul", false)]
    [InlineData("2024-03-09", "21:10", "2024-03-09T12:10:00+00:00", "Asia/Calcutta", "2024-03-09", "17:40", "Asia/Kolkata", true)]
    [InlineData("2024-03-09", "21:10", "2024-03-09T15:40:00+00:00", "Asia/Calcutta", "2024-03-09", "21:10", "Asia/Kolkata", false)]
    [InlineData("2024-03-09", "21:10", "2024-03-09T12:10:00+00:00", "Not/AZone", "2024-03-09", "12:10", "Etc/UTC", true)]
    [InlineData("2024-03-09", "21:10", null, null, "2024-03-09", null, null, false)]
    [InlineData("2024-03-09", null, "2024-03-09T12:00:00+00:00", "Asia/Seoul", "2024-03-09", null, null, false)]
    [InlineData("2024-03-09", "23:30", "2024-03-09T15:30:00+00:00", "Asia/Seoul", "2024-03-10", "00:30", "Asia/Seoul", true)]
    public void Airing_Rules(string airdate, string? airtime, string? airstamp, string? zone,
        string date, string? time, string? expectedZone, bool fromAirstamp)
    {
        var inv = CultureInfo.InvariantCulture;
        var airing = TvMazeMapper.Airing(DateOnly.Parse(airdate, inv), airtime is null ? null : TimeOnly.Parse(airtime, inv),
            airstamp is null ? null : DateTimeOffset.Parse(airstamp, inv), zone);

        Assert.Equal(new TvMazeAiring(DateOnly.Parse(date, inv), time is null ? null : TimeOnly.Parse(time, inv), expectedZone, fromAirstamp), airing);
    }

    [Fact]
    public void Map_NoSeasonOneEpisodeOne_PremiereIsTheEarliestNumberedEpisode()
    {
        var show = new TvMazeShow(5, "Later Seasons", null, "Asia/Seoul");
        TvMazeEpisode E(int id, int season, int? number, string airdate) => new(id, null, null, season, number, airdate, "", null);
        var mapping = TvMazeMapper.Map(show, [E(1, 3, 2, "2024-02-02"), E(2, 3, 1, "2024-02-01"), E(3, 0, null, "2024-01-01")], "5", ["s"], Now);

        var premiere = Assert.Single(mapping.Items, i => i.Kind == ReleaseKind.Drama);
        Assert.Equal(new DateOnly(2024, 2, 1), premiere.Date);
        Assert.Empty(premiere.Links);
        Assert.Equal("Episode 1", Assert.Single(mapping.Items, i => i.ExternalId == "ep:2").Title);
    }

    [Fact]
    public void Map_NoDatedEpisode_HasNoPremiere()
    {
        var show = new TvMazeShow(5, "Announced", null, "Asia/Seoul");
        var mapping = TvMazeMapper.Map(show, [new TvMazeEpisode(1, null, "TBA", 1, 1, null, null, null)], "5", ["s"], Now);

        Assert.Empty(mapping.Items);
        Assert.Equal(1, mapping.WithoutDate);
    }

    [Fact]
    public void Map_MalformedAirdate_IsSkippedAndCountedApart()
    {
        var show = new TvMazeShow(5, "Odd", null, null);
        var mapping = TvMazeMapper.Map(show, [new TvMazeEpisode(1, null, "x", 1, 1, "2024-02-30", "", null)], "5", ["s"], Now);

        Assert.Empty(mapping.Items);
        Assert.Equal((0, 1), (mapping.WithoutDate, mapping.BadDate));
    }

    [Theory]
    [InlineData("tvmaze/truncated.json", "not JSON")]
    [InlineData("tvmaze/episode-without-id.json", "episode [0] has no 'id' number")]
    [InlineData("tvmaze/kr-network-show.json", "not a JSON array")]
    public void ParseEpisodes_BadBody_ThrowsNamingTvMazeAndTheProblem(string fixture, string expected)
    {
        var e = Assert.Throws<SourceFormatException>(() =>
            TvMazeMapper.ParseEpisodes(Fixture.Bytes(fixture), "https://api.tvmaze.com/shows/1/episodes"));
        Assert.Contains("TVmaze", e.Message);
        Assert.Contains("https://api.tvmaze.com/shows/1/episodes", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Theory]
    [InlineData("""{"id":1}""", "'name'")]
    [InlineData("""{"name":"x"}""", "'id'")]
    [InlineData("""{"id":"1","name":"x"}""", "'id'")]
    public void ParseShow_MissingRequiredField_Throws(string json, string expected)
    {
        var e = Assert.Throws<SourceFormatException>(() => TvMazeMapper.ParseShow(Fixture.Utf8(json), "https://api.tvmaze.com/shows/1"));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void ParseEpisodes_SeasonNotANumber_Throws()
    {
        var e = Assert.Throws<SourceFormatException>(() =>
            TvMazeMapper.ParseEpisodes(Fixture.Utf8("""[{"id":1,"season":"one","number":1}]"""), "u"));
        Assert.Contains("'season'", e.Message);
    }

    [Fact]
    public void Map_TenThousandEpisodes_MapsEachCorrectly()
    {
        const int count = 10_000;
        var json = new StringBuilder("[");
        var start = new DateOnly(2000, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddDays(i);
            var stamp = date.ToDateTime(new TimeOnly(11, 0)).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00";
            if (i > 0) json.Append(',');
            json.Append(CultureInfo.InvariantCulture,
                $$"""{"id":{{100000 + i}},"url":"https://www.tvmaze.com/episodes/{{100000 + i}}/long-runner","name":"Day {{i}}","season":{{1 + i / 100}},"number":{{1 + i % 100}},"type":"regular","airdate":"{{date:yyyy-MM-dd}}","airtime":"20:00","airstamp":"{{stamp}}","runtime":30,"rating":{"average":null},"image":null,"summary":null}""");
        }
        json.Append(']');
        var show = TvMazeMapper.ParseShow(Fixture.Bytes("tvmaze/kr-network-show.json"), "fixture");

        var episodes = TvMazeMapper.ParseEpisodes(Encoding.UTF8.GetBytes(json.ToString()), "generated");
        var mapping = TvMazeMapper.Map(show, episodes, "990001", ["long"], Now);

        Assert.Equal(count + 1, mapping.Items.Count);
        Assert.Equal(count, mapping.Items.Select(i => i.ExternalId).Distinct().Count(i => i.StartsWith("ep:", StringComparison.Ordinal)));
        for (var i = 0; i < count; i += 997)
        {
            var item = Episode(mapping, 100000 + i);
            Assert.Equal($"Day {i}", item.Title);
            Assert.Equal((1 + i / 100, 1 + i % 100), (item.Season!.Value, item.Episode!.Value));
            Assert.Equal((start.AddDays(i), new TimeOnly(20, 0), "Asia/Seoul"), (item.Date, item.Time, item.TimeZone));
        }
        var last = Episode(mapping, 100000 + count - 1);
        Assert.Equal(start.AddDays(count - 1), last.Date);
        Assert.Equal(ReleaseStatus.Confirmed, last.Status);   // 2027, after Now
        Assert.Equal(start, Assert.Single(mapping.Items, i => i.Kind == ReleaseKind.Drama).Date);
    }
}
