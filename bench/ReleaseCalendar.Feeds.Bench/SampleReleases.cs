using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Feeds.Bench;

/// <summary>
/// Deterministic in-memory releases shaped like a real combined feed: mostly Asia/Seoul evenings and all-day
/// drops, a few other zones, Russian and English titles, descriptions and links, some cancelled or deleted.
/// </summary>
public static class SampleReleases
{
    public static readonly FeedHeader Header = new("Все релизы — K-pop & K-drama", "Releases, comebacks and premieres; всё, что известно");

    static readonly string[] OtherZones = ["Europe/Berlin", "America/Los_Angeles", "Asia/Tokyo", "Europe/Moscow"];
    static readonly string[] EnTitles = ["Right Place, Wrong Person", "Come Back to Me", "How Sweet", "Armageddon", "Rockstar", "Supernova"];
    static readonly string[] RuTitles = ["Слёзы королевы", "Весенний день", "Ночь; звёзды, «луна»", "Возвращение", "Мечта"];

    public static FeedRenderOptions Options(string lang) =>
        new("releases.example.org", "https://releases.example.org", lang, TimeSpan.FromHours(1), TimeSpan.FromHours(1));

    public static List<Release> Create(int count)
    {
        var subjects = Enumerable.Range(1, 40).Select(i => new Subject
        {
            Id = i,
            Slug = $"artist-{i}",
            Kind = i % 5 == 0 ? SubjectKind.Show : SubjectKind.Artist,
            NameEn = i % 5 == 0 ? $"Drama {i}" : $"Artist {i}",
            NameRu = i % 5 == 0 ? $"Дорама {i}" : null,
            NameKo = $"아티스트 {i}",
        }).ToArray();
        var kinds = Enum.GetValues<ReleaseKind>();
        var updated = new DateTime(2024, 5, 20, 9, 30, 0, DateTimeKind.Utc);
        var first = new DateOnly(2020, 1, 1);

        var releases = new List<Release>(count);
        for (var i = 1; i <= count; i++)
        {
            var subject = subjects[i % subjects.Length];
            var (time, zone) = (i % 10) switch
            {
                < 4 => ((TimeOnly?)null, (string?)null),                       // 40% all-day
                < 9 => (new TimeOnly(18, 0), "Asia/Seoul"),                     // 50% Seoul evening
                _ => (new TimeOnly(20, 30), OtherZones[i / 10 % OtherZones.Length]),
            };
            var russian = i % 3 == 0;
            var r = new Release
            {
                Id = i,
                PublicId = new Guid(i, 0x5eed, 0x4c0d, 0x9a, 0x1e, 0, 0, 0, 0, (byte)(i >> 8), (byte)i),
                Title = russian ? RuTitles[i % RuTitles.Length] : EnTitles[i % EnTitles.Length],
                TitleRu = russian ? null : i % 2 == 0 ? RuTitles[i % RuTitles.Length] : null,
                Kind = kinds[i % kinds.Length],
                Date = first.AddDays(i * 2 % 2400),
                Precision = DatePrecision.Day,
                Time = time,
                TimeZone = zone,
                Status = (ReleaseStatus)(i % 5),
                Season = i % 9 == 0 ? 1 : null,
                Episode = i % 9 == 0 ? i % 16 + 1 : null,
                Description = i % 4 == 0 ? "Pre-release single; teaser, photos and \"concept\" films first.\nТизеры — заранее." : null,
                Links = i % 2 == 0 ? [$"https://youtu.be/v{i:D6}"] : [],
                Subjects = [new ReleaseSubject { ReleaseId = i, SubjectId = subject.Id, Subject = subject, Position = 0 }],
                CreatedBy = "bench",
                CreatedUtc = updated.AddDays(-30),
                UpdatedBy = "bench",
                UpdatedUtc = updated.AddMinutes(i),
                Sequence = i % 7,
            };
            if (i % 50 == 0)
            {
                r.DeletedUtc = r.UpdatedUtc;
                r.CancelledUtc = r.UpdatedUtc;
            }
            releases.Add(r);
        }
        return releases;
    }
}
