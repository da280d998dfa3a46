using System.Security.Cryptography;
using System.Text;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Bench.Feeds;

/// <summary>What to generate. The same values always give the same catalog (seeded <see cref="Random"/>).</summary>
public sealed record CatalogShape(int Releases, int Subjects, int HeavyEvents, DateOnly Anchor, int Seed = 20240524)
{
    /// <summary>Releases fall uniformly in [Anchor - 6 years, Anchor + 6 years).</summary>
    public DateOnly First => Anchor.AddYears(-6);
    public int SpanDays => Anchor.AddYears(6).DayNumber - First.DayNumber;
}

/// <summary>A deterministic catalog of artists, groups and shows with ru/en names and titles. Subject 1 is the
/// "heavy" artist with <see cref="CatalogShape.HeavyEvents"/> releases; the rest share the others evenly.</summary>
public sealed class Catalog
{
    public const string HeavySlug = "artist-0001";

    public required IReadOnlyList<Subject> Subjects { get; init; }
    public required IReadOnlyList<Membership> Memberships { get; init; }
    public required IReadOnlyList<Release> Releases { get; init; }

    static readonly (string En, string Ru)[] Families =
    [
        ("Kim", "Ким"), ("Lee", "Ли"), ("Park", "Пак"), ("Choi", "Чхве"), ("Jung", "Чон"), ("Kang", "Кан"),
        ("Han", "Хан"), ("Yoon", "Юн"), ("Shin", "Шин"), ("Song", "Сон"), ("Moon", "Мун"), ("Bae", "Пэ"),
    ];

    static readonly (string En, string Ru)[] Syllables =
    [
        ("ji", "джи"), ("woo", "у"), ("min", "мин"), ("seo", "со"), ("yeon", "ён"), ("soo", "су"), ("hyun", "хён"),
        ("eun", "ын"), ("bin", "бин"), ("na", "на"), ("ra", "ра"), ("yu", "ю"), ("tae", "тэ"), ("jun", "джун"),
        ("hee", "хи"), ("sol", "соль"), ("da", "да"), ("ri", "ри"), ("mi", "ми"), ("rin", "рин"), ("ho", "хо"),
    ];

    static readonly (string En, string Ru)[] Phrases =
    [
        ("Midnight Bloom", "Полночное цветение"), ("Blue Hour", "Синий час"), ("Paper Moon", "Бумажная луна"),
        ("Right Place", "Правильное место"), ("Summer Rain", "Летний дождь"), ("Silver Line", "Серебряная линия"),
        ("Neon Heart", "Неоновое сердце"), ("First Snow", "Первый снег"), ("Golden Hour", "Золотой час"),
        ("Echo", "Эхо"), ("Wildflower", "Полевой цветок"), ("Starlight", "Звёздный свет"), ("Run Away", "Побег"),
        ("Seoul Nights", "Ночи Сеула"), ("Butterfly", "Бабочка"), ("Daydream", "Грёзы"), ("Ocean Eyes", "Глаза океана"),
        ("Come Back Home", "Вернись домой"), ("Firework", "Фейерверк"), ("Late Autumn", "Поздняя осень"),
        ("Queen of Hearts", "Королева сердец"), ("Moonlit Court", "Лунный двор"), ("Hospital Days", "Больничные будни"),
        ("The Last Letter", "Последнее письмо"), ("Crash Landing", "Аварийная посадка"), ("Spring Day", "Весенний день"),
    ];

    // Titles that calendar clients and our escaping must survive (RFC 5545 §3.3.11).
    static readonly (string En, string Ru)[] Awkward =
    [
        ("Love; Hate, Repeat", "Любовь; ненависть, повтор"), ("\"Quoted\" \\ Back", "«Кавычки» \\ обратно"),
        ("Purple 💜 Ocean", "Фиолетовый 💜 океан"), ("Ёлка, ёжик; ёмко", "Ёлка, ёжик; ёмко"),
    ];

    public static Catalog Generate(CatalogShape shape)
    {
        if (shape.Subjects < 10) throw new ArgumentOutOfRangeException(nameof(shape), "At least 10 subjects.");
        if (shape.HeavyEvents > shape.Releases) throw new ArgumentOutOfRangeException(nameof(shape), "HeavyEvents > Releases.");
        var rng = new Random(shape.Seed);
        var stamp = shape.First.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);

        // 1 = heavy artist; then 15% groups, 25% shows, the rest artists.
        var subjects = new List<Subject>(shape.Subjects);
        for (var id = 1; id <= shape.Subjects; id++)
        {
            var kind = id == 1 ? SubjectKind.Artist
                : id % 20 < 3 ? SubjectKind.Group
                : id % 4 == 1 ? SubjectKind.Show
                : SubjectKind.Artist;
            var (en, ru) = kind switch
            {
                SubjectKind.Artist => PersonName(rng),
                SubjectKind.Group => GroupName(rng),
                _ => Pick(rng, Phrases),
            };
            var slug = $"{kind.ToString().ToLowerInvariant()}-{id:D4}";
            var s = new Subject
            {
                Id = id, Slug = slug, Kind = kind, NameEn = en, NameRu = ru,
                CreatedUtc = stamp, UpdatedUtc = stamp, FeedChangedUtc = stamp,
            };
            foreach (var alias in new[] { slug, en, ru }.DistinctBy(NameFolding.Fold))
                s.Aliases.Add(new SubjectAlias { Name = alias, Folded = NameFolding.Fold(alias) });
            subjects.Add(s);
        }

        // Each group takes the next four solo artists (never the heavy one) as members.
        var memberships = new List<Membership>();
        var soloists = subjects.Where(s => s.Kind == SubjectKind.Artist && s.Id != 1).Select(s => s.Id).ToList();
        var nextSoloist = 0;
        foreach (var group in subjects.Where(s => s.Kind == SubjectKind.Group))
        {
            for (var k = 0; k < 4 && nextSoloist < soloists.Count; k++)
                memberships.Add(new Membership { GroupId = group.Id, MemberId = soloists[nextSoloist++] });
        }

        var releases = new List<Release>(shape.Releases);
        var episodeNo = new Dictionary<int, int>();
        for (var i = 0; i < shape.Releases; i++)
        {
            var subject = i < shape.HeavyEvents ? subjects[0] : subjects[1 + (i - shape.HeavyEvents) % (subjects.Count - 1)];
            releases.Add(MakeRelease(rng, shape, i, subject, subjects, episodeNo));
        }
        return new Catalog { Subjects = subjects, Memberships = memberships, Releases = releases };
    }

    static Release MakeRelease(Random rng, CatalogShape shape, int index, Subject subject, List<Subject> subjects,
        Dictionary<int, int> episodeNo)
    {
        var show = subject.Kind == SubjectKind.Show;
        var kind = show
            ? rng.Next(10) switch { < 7 => ReleaseKind.Episode, < 9 => ReleaseKind.Drama, _ => ReleaseKind.Film }
            : rng.Next(10) switch
            {
                < 2 => ReleaseKind.Album, < 3 => ReleaseKind.Ep, < 6 => ReleaseKind.Single,
                < 8 => ReleaseKind.Mv, < 9 => ReleaseKind.Ost, _ => ReleaseKind.Other,
            };
        var date = shape.First.AddDays(rng.Next(shape.SpanDays));
        var precision = rng.Next(100) switch { < 95 => DatePrecision.Day, < 98 => DatePrecision.Month, _ => DatePrecision.Year };
        if (precision == DatePrecision.Month) date = new DateOnly(date.Year, date.Month, 1);
        if (precision == DatePrecision.Year) date = new DateOnly(date.Year, 1, 1);

        // Most K-pop drops are 18:00 KST, dramas air at 21:10/20:50 KST, streaming premieres at 00:00 Pacific.
        var slot = rng.Next(100);
        (TimeOnly? Time, string? Zone) timing = precision != DatePrecision.Day ? (null, null) : slot switch
        {
            < 45 when !show => (new TimeOnly(18, 0), "Asia/Seoul"),
            < 50 when !show => (new TimeOnly(13, 0), "Asia/Seoul"),
            < 55 when !show => (new TimeOnly(19, 0), "Europe/Moscow"),
            < 50 when show => (new TimeOnly(rng.Next(2) == 0 ? 21 : 20, rng.Next(2) == 0 ? 10 : 50), "Asia/Seoul"),
            < 60 when show => (new TimeOnly(0, 0), "America/Los_Angeles"),
            _ => (null, null),
        };
        var (time, zone) = timing;

        var (en, ru) = rng.Next(100) < 3 ? Pick(rng, Awkward) : Pick(rng, Phrases);
        if (rng.Next(4) == 0)
        {
            var part = rng.Next(2, 5);
            (en, ru) = ($"{en} Pt. {part}", $"{ru}, часть {part}");
        }
        int? season = null, episode = null;
        if (kind == ReleaseKind.Episode)
        {
            var n = episodeNo[subject.Id] = episodeNo.GetValueOrDefault(subject.Id) + 1;
            (season, episode) = ((n - 1) / 16 + 1, (n - 1) % 16 + 1);
            (en, ru) = (subject.NameEn, subject.NameRu!);
        }

        var past = date < shape.Anchor;
        var roll = rng.Next(1000);
        var status = roll switch
        {
            < 20 => ReleaseStatus.Cancelled,
            < 30 => ReleaseStatus.Postponed,
            _ => past ? ReleaseStatus.Released : roll < 500 ? ReleaseStatus.Announced : ReleaseStatus.Confirmed,
        };
        var sequence = rng.Next(4);
        var created = date.AddDays(-30 - rng.Next(60)).ToDateTime(new TimeOnly(rng.Next(24), rng.Next(60), rng.Next(60)), DateTimeKind.Utc);
        var updated = created.AddHours(rng.Next(0, 24 * 20));
        DateTime? deleted = roll is >= 30 and < 35 ? updated : null;
        DateTime? cancelledAt = status == ReleaseStatus.Cancelled || deleted is not null ? updated : null;

        var ruLang = rng.Next(3) == 0;
        string? description = rng.Next(10) < 3
            ? ruLang
                ? $"Новый релиз «{ru}». Предзаказ открыт на всех площадках; тизеры выходят за неделю до даты."
                : $"New release \"{en}\". Pre-orders are open everywhere; teasers drop a week before the date."
            : null;
        var links = rng.Next(2) == 0
            ? new List<string> { $"https://www.youtube.com/watch?v={Token(index, 11)}" }
            : [];
        if (rng.Next(4) == 0) links.Add($"https://open.spotify.com/album/{Token(index + 7, 22)}");

        var release = new Release
        {
            PublicId = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"bench|{shape.Seed}|{index}")).AsSpan(0, 16)),
            Title = en, TitleRu = ruLang || rng.Next(2) == 0 ? ru : null, Kind = kind,
            Date = date, Precision = precision, Time = time, TimeZone = zone,
            Status = status, Season = season, Episode = episode, Description = description, Links = links,
            CreatedBy = "bench", UpdatedBy = "bench", CreatedUtc = created, UpdatedUtc = updated,
            Revision = 1 + sequence, Sequence = sequence, DeletedUtc = deleted, CancelledUtc = cancelledAt,
            Subjects = [new ReleaseSubject { SubjectId = subject.Id, Position = 0 }],
        };
        // A few collaborations credit a second artist (never the heavy one, so its feed stays at HeavyEvents).
        if (subject.Id != 1 && !show && rng.Next(25) == 0)
        {
            var other = subjects[rng.Next(1, subjects.Count)];
            if (other.Id != subject.Id && other.Kind != SubjectKind.Show)
                release.Subjects.Add(new ReleaseSubject { SubjectId = other.Id, Position = 1 });
        }
        return release;
    }

    /// <summary>Points the releases' credits at the subject objects, as the feed query's Include does.</summary>
    public void AttachSubjects()
    {
        var byId = Subjects.ToDictionary(s => s.Id);
        foreach (var credit in Releases.SelectMany(r => r.Subjects)) credit.Subject = byId[credit.SubjectId];
    }

    /// <summary>What /feeds/releases.ics?pastDays=d&amp;futureDays=d emits: day precision, within the window.</summary>
    public IEnumerable<Release> InWindow(DateOnly today, int days) =>
        Releases.Where(r => r.Precision == DatePrecision.Day && r.Date >= today.AddDays(-days) && r.Date <= today.AddDays(days));

    /// <summary>The smallest symmetric window around today that holds at least <paramref name="events"/> feed events.</summary>
    public (int Days, int Events) WindowFor(DateOnly today, int events)
    {
        var distances = Releases.Where(r => r.Precision == DatePrecision.Day)
            .Select(r => Math.Abs(r.Date.DayNumber - today.DayNumber)).Order().ToList();
        if (distances.Count < events) return (distances.Count == 0 ? 0 : distances[^1], distances.Count);
        var days = distances[events - 1];
        return (days, distances.Count(d => d <= days));
    }

    static (string En, string Ru) PersonName(Random rng)
    {
        var (fe, fr) = Pick(rng, Families);
        var (a, ar) = Pick(rng, Syllables);
        var (b, br) = Pick(rng, Syllables);
        return ($"{fe} {char.ToUpperInvariant(a[0])}{a[1..]}{b}", $"{fr} {char.ToUpperInvariant(ar[0])}{ar[1..]}{br}");
    }

    static (string En, string Ru) GroupName(Random rng)
    {
        var (a, ar) = Pick(rng, Syllables);
        var (b, br) = Pick(rng, Syllables);
        var n = rng.Next(2, 10);
        return ($"{a.ToUpperInvariant()}{b.ToUpperInvariant()}{n}", $"{ar.ToUpperInvariant()}{br.ToUpperInvariant()}{n}");
    }

    static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];

    static string Token(int seed, int length)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var hash = SHA256.HashData(BitConverter.GetBytes(seed));
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = Alphabet[hash[i % hash.Length] % Alphabet.Length];
        return new string(chars);
    }
}
