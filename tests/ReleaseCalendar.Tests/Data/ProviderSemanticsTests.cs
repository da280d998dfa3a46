using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Data;

/// <summary>Queries whose meaning could differ between SQLite and PostgreSQL answer alike: this class runs on whichever
/// provider the suite runs on (CI runs it on both; RC_TEST_PROVIDER=postgres).</summary>
public sealed class ProviderSemanticsTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly Seed _seed = new(app.Client(admin: true));

    [Fact]
    public async Task AliasSearch_IgnoresCaseYoAndSpaces_OnEitherProvider()
    {
        var slug = await _seed.SubjectAsync("yozhik", ru: "Ёжик в тумане", aliases: ["Ёжик В Тумане", "고슴도치"]);
        foreach (var q in new[] { "ежик в тумане", "ЁЖИК", "ёжиквтумане", "고슴도치" })
        {
            var found = await (await app.Client().GetAsync("/api/subjects?q=" + Uri.EscapeDataString(q))).ReadAsync<List<SubjectResponse>>();
            Assert.Contains(found, s => s.Slug == slug);
        }
    }

    [Fact]
    public async Task OrderingByName_IsByCodePoint_ForLatinCyrillicAndHangul()
    {
        var names = new[] { "Яблоко", "apple", "방탄", "Ёлка", "Banana", "ёж", "가나", "Жара", "zebra", "ель" };
        var marker = Guid.NewGuid().ToString("N")[..8];
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
            await _seed.SubjectAsync($"order{i}-{marker}", en: name + " " + marker);
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var stored = await db.Subjects.Where(s => s.NameEn.EndsWith(" " + marker)).OrderBy(s => s.NameEn).Select(s => s.NameEn).ToListAsync();
        // On PostgreSQL the test database's default collation is ICU's (PostgresServer), which would put "apple" before
        // "Banana" and "ёж" before "Ёлка": only the columns' "C" collation gives SQLite's order.
        Assert.Equal(names.Select(n => n + " " + marker).Order(StringComparer.Ordinal), stored);
        // Equality is exact too: case and ё/е are told apart by the store (folding is the application's business).
        Assert.Equal(1, await db.Subjects.CountAsync(s => s.NameEn == "ёж " + marker));
        Assert.Equal(0, await db.Subjects.CountAsync(s => s.NameEn == "еж " + marker));
    }

    [Fact]
    public async Task DateWindow_UpcomingFromToday_ComparesDaysMonthsAndYears()
    {
        var slug = await _seed.SubjectAsync("window");
        // The fake clock reads 2024-05-20: yesterday and April are past; May (day TBA), today and later are upcoming.
        foreach (var date in new[] { "2024-05-19", "2024-04", "2023", "2024-05-20", "2024-05", "2024-05-21", "2024-06", "2024" })
            await _seed.ReleaseAsync([slug], "R " + date, "single", date);
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var upcoming = await ReleaseEndpoints.UpcomingQuery(db, new DateOnly(2024, 5, 20))
            .Where(r => r.Subjects.Any(s => s.Subject!.Slug == slug)).Select(r => r.Title).ToListAsync();
        Assert.Equal(["R 2024", "R 2024-05", "R 2024-05-20", "R 2024-05-21", "R 2024-06"], upcoming);
    }
}
