using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Ingest.Sources.MusicBrainz;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Tests.Ingest.MusicBrainz;

public sealed class MusicBrainzMapperTests
{
    static readonly DateOnly Today = new(2024, 6, 15);
    static readonly string[] Subjects = ["rm", "bts"];

    static MusicBrainzMapping MapSolo(IReadOnlyDictionary<string, DateOnly>? dayDates = null)
    {
        var page = MusicBrainzMapper.ParseReleaseGroupPage(Fixture.Bytes("musicbrainz/solo-artist-release-groups.json"), "fixture");
        return MusicBrainzMapper.Map(page.Groups, Subjects, Today, dayDates);
    }

    static IncomingItem Item(MusicBrainzMapping mapping, string id) => Assert.Single(mapping.Items, i => i.ExternalId == id);

    [Theory]
    [InlineData("2024-05-24", 2024, 5, 24, DatePrecision.Day)]
    [InlineData("2024-05", 2024, 5, 1, DatePrecision.Month)]
    [InlineData("2015", 2015, 1, 1, DatePrecision.Year)]
    public void ParseDate_PartialDate_KeepsItsPrecisionAndInventsNoDay(string text, int y, int m, int d, DatePrecision precision)
    {
        var date = MusicBrainzMapper.ParseDate(text);
        Assert.Equal(new PartialDate(new DateOnly(y, m, d), precision), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2024-02-30")]
    [InlineData("2024-5")]
    [InlineData("May 2024")]
    public void ParseDate_EmptyOrMalformed_IsNull(string? text) => Assert.Null(MusicBrainzMapper.ParseDate(text));

    [Theory]
    [InlineData("Album", "", ReleaseKind.Album)]
    [InlineData("EP", "", ReleaseKind.Ep)]
    [InlineData("Single", "", ReleaseKind.Single)]
    [InlineData("Broadcast", "", ReleaseKind.Other)]
    [InlineData("Other", "", ReleaseKind.Other)]
    [InlineData(null, "", ReleaseKind.Other)]
    [InlineData("Single", "Soundtrack", ReleaseKind.Ost)]
    [InlineData("Album", "Soundtrack", ReleaseKind.Ost)]
    [InlineData("Album", "Live,Soundtrack", ReleaseKind.Ost)]
    [InlineData("Album", "Compilation", ReleaseKind.Album)]
    [InlineData("Album", "Mixtape/Street", ReleaseKind.Album)]
    [InlineData("EP", "Demo", ReleaseKind.Ep)]
    [InlineData("Album", "Live", ReleaseKind.Other)]
    [InlineData("EP", "Remix", ReleaseKind.Other)]
    [InlineData("Album", "DJ-mix", ReleaseKind.Other)]
    [InlineData("Other", "Interview", ReleaseKind.Other)]
    [InlineData("Album", "Audiobook", ReleaseKind.Other)]
    [InlineData("Album", "Audio drama", ReleaseKind.Other)]
    [InlineData("Album", "Spokenword", ReleaseKind.Other)]
    [InlineData("Album", "Field recording", ReleaseKind.Other)]
    [InlineData("Album", "Compilation,Remix", ReleaseKind.Other)]
    [InlineData("Single", "Some type MusicBrainz adds later", ReleaseKind.Single)]
    [InlineData("album", "soundtrack", ReleaseKind.Ost)]
    public void Kind_PrimaryAndSecondaryTypes_FollowTheRuleTable(string? primary, string secondary, ReleaseKind expected)
    {
        var secondaries = secondary.Split(',', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, MusicBrainzMapper.Kind(primary, secondaries));
    }

    [Fact]
    public void Map_SoloArtist_MapsEachDatedGroupWithKindPrecisionAndLink()
    {
        var mapping = MapSolo();

        var album = Item(mapping, "b3ec7281-edcc-4ed0-9d46-1e4bca57f70c");
        Assert.Equal("Right Place, Wrong Person", album.Title);
        Assert.Equal(ReleaseKind.Album, album.Kind);
        Assert.Equal(new DateOnly(2024, 5, 24), album.Date);
        Assert.Equal(DatePrecision.Day, album.Precision);
        Assert.Null(album.Time);
        Assert.Null(album.TimeZone);
        Assert.Null(album.Description);
        Assert.Equal(Subjects, album.Subjects);
        Assert.Equal(["https://musicbrainz.org/release-group/b3ec7281-edcc-4ed0-9d46-1e4bca57f70c"], album.Links);

        Assert.Equal(ReleaseKind.Single, Item(mapping, "93fbd77d-c8cf-4fe8-bf94-3b78116bde29").Kind);
        Assert.Equal(ReleaseKind.Album, Item(mapping, "46ccc7aa-2fa8-4459-a9d9-89a56d88849a").Kind);   // mixtape
        Assert.Equal(ReleaseKind.Ost, Item(mapping, "5b5ad040-9d1b-4a20-bcc0-00242ed1ee53").Kind);
        Assert.Equal(ReleaseKind.Other, Item(mapping, "39862ef9-4b6d-4001-9cb7-3b9896dd9467").Kind);   // live
        Assert.Equal(ReleaseKind.Other, Item(mapping, "79851e0e-408e-47c3-93e1-1e806fe88765").Kind);   // remix EP
        Assert.Equal(ReleaseKind.Other, Item(mapping, "a798dd04-02d8-4661-9aaf-66da10480ea8").Kind);   // broadcast
        Assert.Equal(ReleaseKind.Album, Item(mapping, "c54ef173-717c-46eb-b895-e98c628627cc").Kind);   // compilation
        Assert.Equal(ReleaseKind.Other, Item(mapping, "1a85cef4-fe87-4711-baa2-b2d6dd9eebb2").Kind);   // no primary type
    }

    [Fact]
    public void Map_PartialDates_KeepMonthOrYearPrecisionWithDayOne()
    {
        var mapping = MapSolo();

        var month = Item(mapping, "5b5ad040-9d1b-4a20-bcc0-00242ed1ee53");
        Assert.Equal((new DateOnly(2024, 6, 1), DatePrecision.Month), (month.Date, month.Precision));
        var year = Item(mapping, "39862ef9-4b6d-4001-9cb7-3b9896dd9467");
        Assert.Equal((new DateOnly(2023, 1, 1), DatePrecision.Year), (year.Date, year.Precision));
    }

    [Fact]
    public void Map_EmptyOrMalformedDate_IsNoItemButCounted()
    {
        var mapping = MapSolo();

        Assert.Equal(1, mapping.WithoutDate);
        Assert.Equal(1, mapping.BadDate);
        Assert.DoesNotContain(mapping.Items, i => i.ExternalId == "9cb7a6e8-440d-4eb0-9bf7-ef4b0251b63c");
        Assert.DoesNotContain(mapping.Items, i => i.ExternalId == "125a620e-ebe1-482f-a30f-296daf1cf2a4");
        Assert.Equal(12, mapping.Items.Count);
    }

    [Fact]
    public void Map_Status_ReleasedOnlyOnceTheWholePeriodIsPast()
    {
        var mapping = MapSolo();

        Assert.Equal(ReleaseStatus.Released, Item(mapping, "b3ec7281-edcc-4ed0-9d46-1e4bca57f70c").Status);  // 2024-05-24
        Assert.Equal(ReleaseStatus.Confirmed, Item(mapping, "c54ef173-717c-46eb-b895-e98c628627cc").Status); // 2025-06-13
        // "2024-06" may still be the 30th: not released on the 15th.
        Assert.Equal(ReleaseStatus.Confirmed, Item(mapping, "5b5ad040-9d1b-4a20-bcc0-00242ed1ee53").Status);
        Assert.Equal(ReleaseStatus.Released, Item(mapping, "c59d0338-9ca1-4685-94bc-06fce6f525f6").Status); // 2020-11
    }

    [Theory]
    [InlineData("2024-06-14", "2024-06-15", ReleaseStatus.Released)]
    [InlineData("2024-06-15", "2024-06-15", ReleaseStatus.Confirmed)]
    [InlineData("2024-05", "2024-05-31", ReleaseStatus.Confirmed)]
    [InlineData("2024-05", "2024-06-01", ReleaseStatus.Released)]
    [InlineData("2024", "2024-12-31", ReleaseStatus.Confirmed)]
    [InlineData("2024", "2025-01-01", ReleaseStatus.Released)]
    public void Status_PartialDate_ComparesTheLastDayItCanMean(string date, string today, ReleaseStatus expected) =>
        Assert.Equal(expected, MusicBrainzMapper.Status(MusicBrainzMapper.ParseDate(date)!, DateOnly.Parse(today)));

    [Fact]
    public void Map_DayFoundInReleases_MakesTheMonthDateDayPrecise()
    {
        var mapping = MapSolo(new Dictionary<string, DateOnly> { ["5b5ad040-9d1b-4a20-bcc0-00242ed1ee53"] = new(2024, 6, 14) });

        var ost = Item(mapping, "5b5ad040-9d1b-4a20-bcc0-00242ed1ee53");
        Assert.Equal((new DateOnly(2024, 6, 14), DatePrecision.Day), (ost.Date, ost.Precision));
        Assert.Equal(ReleaseStatus.Released, ost.Status);
    }

    [Fact]
    public void Map_DayOutsideTheGroupsDate_IsIgnored()
    {
        var mapping = MapSolo(new Dictionary<string, DateOnly> { ["5b5ad040-9d1b-4a20-bcc0-00242ed1ee53"] = new(2024, 7, 1) });

        var ost = Item(mapping, "5b5ad040-9d1b-4a20-bcc0-00242ed1ee53");
        Assert.Equal((new DateOnly(2024, 6, 1), DatePrecision.Month), (ost.Date, ost.Precision));
    }

    [Fact]
    public void DayPreciseDate_Releases_TakesTheEarliestDayInsideTheMonthFromTheArtistsOwnReleases()
    {
        var releases = MusicBrainzMapper.ParseReleases(Fixture.Bytes("musicbrainz/releases-of-month-group.json"), "fixture");

        // 2024-06-07 is a bootleg, 2024-07-01 is outside June, "2024-06" and "" give no day.
        Assert.Equal(new DateOnly(2024, 6, 14), MusicBrainzMapper.DayPreciseDate(MusicBrainzMapper.ParseDate("2024-06")!, releases));
        Assert.Equal(new DateOnly(2024, 6, 14), MusicBrainzMapper.DayPreciseDate(MusicBrainzMapper.ParseDate("2024")!, releases));
        Assert.Null(MusicBrainzMapper.DayPreciseDate(MusicBrainzMapper.ParseDate("2023")!, releases));
    }

    [Fact]
    public void Map_SameGroupTwice_GivesOneItem()
    {
        var page = MusicBrainzMapper.ParseReleaseGroupPage(Fixture.Bytes("musicbrainz/solo-artist-release-groups.json"), "fixture");

        var mapping = MusicBrainzMapper.Map(page.Groups.Concat(page.Groups.Take(3)), Subjects, Today);

        Assert.Equal(12, mapping.Items.Count);
        Assert.Equal(mapping.Items.Count, mapping.Items.Select(i => i.ExternalId).Distinct().Count());
    }

    [Fact]
    public void ParseReleaseGroupPage_UnknownFieldsAndNullTypes_AreTolerated()
    {
        var page = MusicBrainzMapper.ParseReleaseGroupPage(Fixture.Utf8("""
            {"created":"2024-06-15T00:00:00Z","release-group-count":1,"release-group-offset":0,"release-groups":[
              {"id":"D2ACA582-BFCC-4FBA-BBBB-2D02D8FEFDFC","title":"Indigo","primary-type":null,"secondary-types":null,
               "first-release-date":"2022-12-02","rating":{"value":4.5},"tags":[]}]}
            """), "fixture");

        var group = Assert.Single(page.Groups);
        Assert.Equal("d2aca582-bfcc-4fba-bbbb-2d02d8fefdfc", group.Id);
        Assert.Null(group.PrimaryType);
        Assert.Empty(group.SecondaryTypes);
        Assert.Equal(1, page.Count);
    }

    [Theory]
    [InlineData("""{"release-groups":[]}""", "'release-group-count'")]
    [InlineData("""{"release-group-count":1}""", "'release-groups'")]
    [InlineData("""{"release-group-count":1,"release-groups":[{"title":"No id"}]}""", "release-groups[0] has no 'id'")]
    [InlineData("""{"release-group-count":1,"release-groups":[{"id":"not-a-uuid","title":"x"}]}""", "not an MBID")]
    [InlineData("""{"release-group-count":1,"release-groups":[{"id":"d2aca582-bfcc-4fba-bbbb-2d02d8fefdfc"}]}""", "'title'")]
    [InlineData("""[]""", "not a JSON object")]
    public void ParseReleaseGroupPage_MissingRequiredField_ThrowsNamingUpstreamAndField(string json, string expected)
    {
        var e = Assert.Throws<SourceFormatException>(() =>
            MusicBrainzMapper.ParseReleaseGroupPage(Fixture.Utf8(json), "https://musicbrainz.org/ws/2/release-group?x"));
        Assert.Contains("MusicBrainz", e.Message);
        Assert.Contains("https://musicbrainz.org/ws/2/release-group?x", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void ParseReleaseGroupPage_TruncatedJson_ThrowsSourceFormatException()
    {
        var e = Assert.Throws<SourceFormatException>(() =>
            MusicBrainzMapper.ParseReleaseGroupPage(Fixture.Bytes("musicbrainz/truncated.json"), "fixture"));
        Assert.Contains("not JSON", e.Message);
    }

    [Theory]
    [InlineData("https://musicbrainz.org", "https://musicbrainz.org/ws/2/")]
    [InlineData("https://musicbrainz.org/", "https://musicbrainz.org/ws/2/")]
    [InlineData("https://musicbrainz.org/ws/2", "https://musicbrainz.org/ws/2/")]
    [InlineData("https://musicbrainz.org/ws/2/", "https://musicbrainz.org/ws/2/")]
    [InlineData("http://127.0.0.1:5123/mirror", "http://127.0.0.1:5123/mirror/ws/2/")]
    [InlineData("http://127.0.0.1:5123/mirror/ws/2/", "http://127.0.0.1:5123/mirror/ws/2/")]
    public void ApiRoot_BaseUrl_AddsWs2OnlyWhenMissing(string baseUrl, string expected) =>
        Assert.Equal(expected, MusicBrainzUrls.ApiRoot(new Uri(baseUrl)).AbsoluteUri);

    [Theory]
    [InlineData("0D79FE8E-BA27-4859-BB8C-2F255F346853", "0d79fe8e-ba27-4859-bb8c-2f255f346853")]
    [InlineData(" 0d79fe8e-ba27-4859-bb8c-2f255f346853 ", "0d79fe8e-ba27-4859-bb8c-2f255f346853")]
    [InlineData("0d79fe8eba274859bb8c2f255f346853", null)]
    [InlineData("bts", null)]
    [InlineData("", null)]
    public void ArtistId_Text_IsALowerCaseUuidOrNull(string text, string? expected) =>
        Assert.Equal(expected, MusicBrainzUrls.ArtistId(text));
}
