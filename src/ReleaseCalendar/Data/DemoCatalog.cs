using ReleaseCalendar.Hosting;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Data;

/// <summary>A few real releases so a fresh `dotnet run` shows a working feed at once (Data:SeedDemo=false turns it off),
/// and a few made-up ones dated from the seed day on, so the upcoming list and the combined feed are not empty on the
/// first run. The made-up ones say so in their title and description and are created by <see cref="DemoActor"/>.</summary>
public static class DemoCatalog
{
    const string Seoul = "Asia/Seoul";

    /// <summary>CreatedBy/UpdatedBy of the made-up releases, so they can be found and removed.</summary>
    public const string DemoActor = "demo";

    /// <summary>Says in every language a feed speaks that the release is invented.</summary>
    public const string DemoDescription = "Демо-данные: вымышленный релиз, чтобы показать ленту. / Demo data: a made-up release to show the feed.";

    /// <remarks>Writes straight to an empty database, not through Catalog/: no feed exists yet to refresh, and the
    /// first catalog write starts its FeedClock from the stamps set here.</remarks>
    public static async Task<int> SeedAsync(AppDbContext db, DateTime nowUtc, bool enableSources, CancellationToken ct)
    {
        var now = nowUtc.WholeSeconds();
        var today = DateOnly.FromDateTime(now);
        Subject S(string slug, SubjectKind kind, string en, string? ru, string? ko, params string[] aliases)
        {
            var s = new Subject { Slug = slug, Kind = kind, NameEn = en, NameRu = ru, NameKo = ko, CreatedUtc = now, UpdatedUtc = now, FeedChangedUtc = now };
            foreach (var name in aliases.Append(slug).Append(en).Concat(new[] { ru, ko }.OfType<string>())
                         .DistinctBy(NameFolding.Fold))
                s.Aliases.Add(new SubjectAlias { Name = name, Folded = NameFolding.Fold(name) });
            db.Subjects.Add(s);
            return s;
        }
        var bts = S("bts", SubjectKind.Group, "BTS", "BTS", "방탄소년단", "Bangtan Boys", "Бантаны");
        var rm = S("rm", SubjectKind.Artist, "RM", "RM", "알엠", "Kim Namjoon", "Ким Нам Джун", "Рэп Монстр");
        var jin = S("jin", SubjectKind.Artist, "Jin", "Джин", "진", "Kim Seokjin", "Ким Сокджин");
        var jhope = S("j-hope", SubjectKind.Artist, "j-hope", "Джей-Хоуп", "제이홉", "Jung Hoseok", "Чон Хосок");
        foreach (var m in new[] { rm, jin, jhope }) bts.Members.Add(new Membership { Member = m });
        var tears = S("queen-of-tears", SubjectKind.Show, "Queen of Tears", "Королева слёз", "눈물의 여왕");
        var squid = S("squid-game", SubjectKind.Show, "Squid Game", "Игра в кальмара", "오징어 게임");

        var count = 0;
        void R(Subject who, ReleaseKind kind, string title, string? titleRu, int y, int mo, int d, int? hour, int? minute = 0,
            int? season = null, int? episode = null, string? link = null)
        {
            db.Releases.Add(new Release
            {
                PublicId = DeterministicId(who.Slug, kind, title, season, episode),
                Title = title, TitleRu = titleRu, Kind = kind,
                Date = new DateOnly(y, mo, d), Precision = DatePrecision.Day,
                Time = hour is null ? null : new TimeOnly(hour.Value, minute ?? 0), TimeZone = hour is null ? null : Seoul,
                Status = ReleaseStatus.Released, Season = season, Episode = episode,
                Links = link is null ? [] : [link],
                Subjects = [new ReleaseSubject { Subject = who, Position = 0 }],
                CreatedBy = "seed", UpdatedBy = "seed", CreatedUtc = now, UpdatedUtc = now,
            });
            count++;
        }
        R(rm, ReleaseKind.Album, "Indigo", null, 2022, 12, 2, 13);
        R(rm, ReleaseKind.Single, "Come Back to Me", null, 2024, 5, 10, 13);
        R(rm, ReleaseKind.Mv, "Come Back to Me", null, 2024, 5, 10, 13);
        R(rm, ReleaseKind.Album, "Right Place, Wrong Person", null, 2024, 5, 24, 13);
        R(jhope, ReleaseKind.Ep, "Hope on the Street Vol.1", null, 2024, 3, 29, 13);
        R(jin, ReleaseKind.Album, "Happy", null, 2024, 11, 15, 13);
        R(bts, ReleaseKind.Single, "Butter", null, 2021, 5, 21, 13);
        R(bts, ReleaseKind.Album, "Proof", null, 2022, 6, 10, 13);
        R(tears, ReleaseKind.Episode, "Queen of Tears", "Королева слёз", 2024, 3, 9, 21, 10, season: 1, episode: 1);
        R(tears, ReleaseKind.Episode, "Queen of Tears", "Королева слёз", 2024, 3, 10, 21, 10, season: 1, episode: 2);
        // Netflix drops at 00:00 Pacific, which is 17:00 in Seoul.
        R(squid, ReleaseKind.Drama, "Squid Game 2", "Игра в кальмара 2", 2024, 12, 26, 17, season: 2);
        R(squid, ReleaseKind.Drama, "Squid Game 3", "Игра в кальмара 3", 2025, 6, 27, 16, season: 3);

        // Made up, relative to the seed day: the real history above is all in the past.
        void Demo(Subject who, ReleaseKind kind, string title, string titleRu, int days, int? hour)
        {
            var date = today.AddDays(days);
            db.Releases.Add(new Release
            {
                PublicId = DeterministicId(who.Slug, kind, title, null, null, date),
                Title = $"{title} (demo)", TitleEn = $"{title} (demo)", TitleRu = $"{titleRu} (демо)", Kind = kind,
                Date = date, Precision = DatePrecision.Day,
                Time = hour is null ? null : new TimeOnly(hour.Value, 0), TimeZone = hour is null ? null : Seoul,
                Status = ReleaseStatus.Announced, Description = DemoDescription,
                Subjects = [new ReleaseSubject { Subject = who, Position = 0 }],
                CreatedBy = DemoActor, UpdatedBy = DemoActor, CreatedUtc = now, UpdatedUtc = now,
            });
            count++;
        }
        Demo(rm, ReleaseKind.Single, "Demo Single", "Демо-сингл", 3, 18);
        Demo(jhope, ReleaseKind.Mv, "Demo Video", "Демо-клип", 10, 13);
        Demo(bts, ReleaseKind.Album, "Demo Album", "Демо-альбом", 30, 13);
        Demo(tears, ReleaseKind.Film, "Demo Special", "Демо-спецвыпуск", 45, null);

        // Where live data comes from: only ids confirmed in public data (BTS's MBID, Squid Game's TVmaze show);
        // RM's, Jin's, j-hope's and Queen of Tears' could not be confirmed offline, so they get none rather than a guess.
        // Enabled in Development, so a newcomer with network access sees live data come in (the first run starts at once).
        foreach (var (type, id, subject, schedule) in DemoSources)
            db.Sources.Add(new Ingest.Source
            {
                Type = type, ExternalId = id, Subjects = [subject], Schedule = schedule, Enabled = enableSources,
                CreatedUtc = now, UpdatedUtc = now,
            });
        await db.SaveChangesAsync(ct);
        return count;
    }

    /// <summary>Real upstream ids of demo subjects; schedules off the hour, as MusicBrainz asks of its clients.</summary>
    public static readonly IReadOnlyList<(Ingest.Sources.SourceType Type, string Id, string Subject, string Schedule)> DemoSources =
    [
        (Ingest.Sources.SourceType.MusicBrainz, "0d79fe8e-ba27-4859-bb8c-2f255f346853", "bts", "0 17 */6 * * ?"),
        (Ingest.Sources.SourceType.TvMaze, "43687", "squid-game", "0 23 */6 * * ?"),
    ];

    /// <summary>The same id on every fresh install (seeded on the same day, for the made-up releases), so a demo feed
    /// re-seeded elsewhere doesn't duplicate in a calendar.</summary>
    static Guid DeterministicId(string slug, ReleaseKind kind, string title, int? season, int? episode, DateOnly? date = null)
    {
        var key = $"demo|{slug}|{kind}|{title}|{season}|{episode}" + (date is { } d ? $"|{d:yyyy-MM-dd}" : "");
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));
        return new Guid(bytes.AsSpan(0, 16));
    }
}
