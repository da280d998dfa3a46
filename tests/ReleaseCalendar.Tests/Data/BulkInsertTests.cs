using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Data;

/// <summary>The bulk path writes what SaveChanges would, byte for byte in the SQLite file, takes keys across the graph,
/// and refuses what it cannot do rather than writing half of it.</summary>
public sealed class BulkInsertTests : IAsyncLifetime
{
    readonly AppFactory _app = new AppFactory().With("Data:SeedDemo", "false");
    int _subject, _source, _run;

    public async Task InitializeAsync()
    {
        await using var db = await Db();
        var subject = new Subject { Slug = "bulk-artist", NameEn = "Bulk Artist" };
        var source = new Source { Type = SourceType.TvMaze, ExternalId = "1", Subjects = ["bulk-artist"], Schedule = "0 0 * * * ?" };
        db.AddRange(subject, source);
        await db.SaveChangesAsync();
        var run = new IngestRun { SourceId = source.Id, Trigger = "cli" };
        db.Runs.Add(run);
        await db.SaveChangesAsync();
        (_subject, _source, _run) = (subject.Id, source.Id, run.Id);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    Task<AppDbContext> Db() => _app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    Release NewRelease(string title) => new()
    {
        PublicId = Guid.NewGuid(), Title = title, TitleEn = "Right Place", TitleRu = "Правильное место", TitleKo = "맞는 곳",
        Kind = ReleaseKind.Album, Date = new DateOnly(2024, 5, 24), Precision = DatePrecision.Day, Time = new TimeOnly(13, 0),
        TimeZone = "Asia/Seoul", Status = ReleaseStatus.Confirmed, Season = 2, Episode = 7, Description = "Строка 1\nline 2; «q»",
        Links = ["https://example.org/a", "https://example.org/б"], Pinned = ["title"], CreatedBy = "tvmaze:1",
        CreatedUtc = new DateTime(2024, 5, 20, 1, 2, 3, DateTimeKind.Utc), UpdatedBy = "tvmaze:1",
        UpdatedUtc = new DateTime(2024, 5, 20, 1, 2, 4, DateTimeKind.Utc), Revision = 3, Sequence = 1,
        CancelledUtc = new DateTime(2024, 5, 21, 0, 0, 0, DateTimeKind.Utc),
        Subjects = [new ReleaseSubject { SubjectId = _subject, Position = 0 }],
    };

    SourceItem NewItem(string key, Release release) => new()
    {
        SourceId = _source, ExternalId = key, Release = release, Fingerprint = "abc",
        Values = new StatedValues { Fields = new() { ["title"] = "X", ["time"] = null } }, Evidence = "ев", Link = "https://example.org/s",
        FirstSeenUtc = new DateTime(2024, 5, 20, 0, 0, 0, DateTimeKind.Utc), LastSeenUtc = new DateTime(2024, 5, 20, 0, 0, 0, DateTimeKind.Utc),
        FirstRunId = _run, LastRunId = _run,
    };

    [Fact]
    public async Task Insert_ReleaseGraph_StoresTheRowsSaveChangesWouldStore()
    {
        int tracked, bulk;
        Guid efGuid, bulkGuid;
        await using (var db = await Db())
        {
            var viaEf = NewRelease("Same");
            db.Releases.Add(viaEf);
            db.SourceItems.Add(NewItem("ef", viaEf));
            await db.SaveChangesAsync();
            (tracked, efGuid) = (viaEf.Id, viaEf.PublicId);
        }
        await using (var db = await Db())
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            var viaBulk = NewRelease("Same");
            db.Inserts.Add(viaBulk);
            db.Inserts.Add(NewItem("bulk", viaBulk));
            await BulkInsert.InsertAsync(db, db.Inserts, CancellationToken.None);
            await tx.CommitAsync();
            (bulk, bulkGuid) = (viaBulk.Id, viaBulk.PublicId);
            Assert.True(bulk > tracked);
            Assert.Equal(bulk, Assert.Single(viaBulk.Subjects).ReleaseId);
            Assert.Empty(db.Inserts.Roots);
            Assert.Empty(db.ChangeTracker.Entries());
        }

        var efRow = await RowAsync("SELECT * FROM \"Releases\" WHERE \"Id\" = " + tracked);
        var bulkRow = await RowAsync("SELECT * FROM \"Releases\" WHERE \"Id\" = " + bulk);
        foreach (var column in efRow.Keys.Except(["Id", "PublicId"]))
            Assert.True(Equals(Stored(efRow[column]), Stored(bulkRow[column])), $"{column}: EF stored {Stored(efRow[column])}, bulk {Stored(bulkRow[column])}");
        // The public id differs by design; its stored form (the text pages and the API look up) must not.
        var efText = Stored(efRow["PublicId"]) as string;
        var upper = efText == efGuid.ToString().ToUpperInvariant();
        Assert.True(upper || efText == efGuid.ToString(), efText);
        Assert.Equal(upper ? bulkGuid.ToString().ToUpperInvariant() : bulkGuid.ToString(), Stored(bulkRow["PublicId"]));
        await using (var model = await Db()) // every column of the table compared, not a handful
            Assert.Equal(model.Model.FindEntityType(typeof(Release))!.GetProperties().Count(), efRow.Count);
        Assert.Equal(await RowAsync($"SELECT \"SubjectId\", \"Position\" FROM \"ReleaseSubjects\" WHERE \"ReleaseId\" = {tracked}"),
            await RowAsync($"SELECT \"SubjectId\", \"Position\" FROM \"ReleaseSubjects\" WHERE \"ReleaseId\" = {bulk}"));
        var efItem = await RowAsync($"SELECT * FROM \"SourceItems\" WHERE \"ReleaseId\" = {tracked}");
        var bulkItem = await RowAsync($"SELECT * FROM \"SourceItems\" WHERE \"ReleaseId\" = {bulk}");
        foreach (var column in efItem.Keys.Except(["Id", "ExternalId", "ReleaseId"]))
            Assert.True(Equals(Stored(efItem[column]), Stored(bulkItem[column])), $"{column}: EF stored {Stored(efItem[column])}, bulk {Stored(bulkItem[column])}");

        // And EF reads the bulk row back as the same release.
        await using var read = await Db();
        var back = await read.Releases.Include(r => r.Subjects).SingleAsync(r => r.PublicId == bulkGuid);
        Assert.Equal(bulk, back.Id);
        Assert.Equal(["https://example.org/a", "https://example.org/б"], back.Links);
        Assert.Equal(new TimeOnly(13, 0), back.Time);
        Assert.Equal(ReleaseStatus.Confirmed, back.Status);
        Assert.Equal("X", (await read.SourceItems.SingleAsync(s => s.ReleaseId == bulk)).Values.Fields["title"]);
    }

    /// <summary>Rows after the first reuse the first row's parameters with new values (SQLite): rows that differ in every
    /// column — a value after a null and a null after a value, other enums, empty and longer lists — each store what
    /// SaveChanges stores for the same release.</summary>
    [Fact]
    public async Task Insert_RowsDifferingInEveryColumn_EachStoresWhatSaveChangesStores()
    {
        Release Sparse(string title)
        {
            var r = NewRelease(title);
            (r.TitleEn, r.TitleRu, r.TitleKo, r.Time, r.TimeZone, r.Season, r.Episode, r.Description, r.CancelledUtc) =
                (null, null, null, null, null, null, null, null, null);
            (r.Kind, r.Precision, r.Status, r.Links, r.Pinned, r.Revision) =
                (ReleaseKind.Episode, DatePrecision.Month, ReleaseStatus.Announced, [], [], 1);
            return r;
        }
        Release Other(string title)
        {
            var r = NewRelease(title);
            (r.TitleRu, r.Time, r.TimeZone, r.Date, r.Kind, r.Status, r.Season) =
                ("Другое", new TimeOnly(18, 30), "Europe/Moscow", new DateOnly(2025, 1, 31), ReleaseKind.Mv, ReleaseStatus.Postponed, 11);
            r.Links = ["https://example.org/x", "https://example.org/y", "https://example.org/z"];
            return r;
        }
        Func<string, Release>[] shapes = [NewRelease, Sparse, Other, Sparse, NewRelease];
        var viaEf = new List<int>();
        await using (var db = await Db())
            foreach (var (make, i) in shapes.Select((m, i) => (m, i)))
            {
                var release = make($"Row {i}");
                db.Releases.Add(release);
                await db.SaveChangesAsync();
                viaEf.Add(release.Id);
            }
        var viaBulk = shapes.Select((make, i) => make($"Row {i}")).ToList();
        await using (var db = await Db())
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            foreach (var release in viaBulk) db.Inserts.Add(release);
            await BulkInsert.InsertAsync(db, db.Inserts, CancellationToken.None);
            await tx.CommitAsync();
        }

        for (var i = 0; i < shapes.Length; i++)
        {
            var efRow = await RowAsync("SELECT * FROM \"Releases\" WHERE \"Id\" = " + viaEf[i]);
            var bulkRow = await RowAsync("SELECT * FROM \"Releases\" WHERE \"Id\" = " + viaBulk[i].Id);
            foreach (var column in efRow.Keys.Except(["Id", "PublicId"]))
                Assert.True(Equals(Stored(efRow[column]), Stored(bulkRow[column])),
                    $"row {i}, {column}: EF stored {Stored(efRow[column])}, bulk {Stored(bulkRow[column])}");
        }
        // The rows really differ where it matters: a null after a value and back.
        Assert.Null(Stored((await RowAsync("SELECT \"Time\" FROM \"Releases\" WHERE \"Id\" = " + viaBulk[1].Id))["Time"]));
        Assert.NotNull(Stored((await RowAsync("SELECT \"Time\" FROM \"Releases\" WHERE \"Id\" = " + viaBulk[2].Id))["Time"]));
    }

    /// <summary>More rows than one round trip carries where the provider batches them (PostgreSQL): every release gets
    /// its own key, in order, and its credit and source key point at it, not at a neighbour.</summary>
    [Fact]
    public async Task Insert_ManyGraphs_EachRowKeepsItsOwnKeyAndChildren()
    {
        const int count = 1_234;
        var releases = new List<Release>();
        await using (var db = await Db())
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            for (var i = 0; i < count; i++)
            {
                var release = NewRelease($"Many {i:D4}");
                releases.Add(release);
                db.Inserts.Add(release);
                db.Inserts.Add(NewItem($"many-{i:D4}", release));
            }
            await BulkInsert.InsertAsync(db, db.Inserts, CancellationToken.None);
            await tx.CommitAsync();
        }
        Assert.Equal(count, releases.Select(r => r.Id).Distinct().Count());
        Assert.All(releases, r => Assert.Equal(r.Id, Assert.Single(r.Subjects).ReleaseId));

        await using var read = await Db();
        var stored = await read.Releases.Where(r => r.Title.StartsWith("Many ")).Include(r => r.Subjects)
            .ToDictionaryAsync(r => r.Id);
        var items = await read.SourceItems.Where(s => s.ExternalId.StartsWith("many-")).ToDictionaryAsync(s => s.ExternalId, s => s.ReleaseId);
        Assert.Equal(count, stored.Count);
        foreach (var (release, i) in releases.Select((r, i) => (r, i)))
        {
            Assert.Equal($"Many {i:D4}", stored[release.Id].Title);
            Assert.Equal(_subject, Assert.Single(stored[release.Id].Subjects).SubjectId);
            Assert.Equal(release.Id, items[$"many-{i:D4}"]);
        }
    }

    [Fact]
    public async Task Insert_SourceKeyOfStoredRelease_TakesItsKey()
    {
        await using var db = await Db();
        var stored = NewRelease("Stored");
        db.Releases.Add(stored);
        await db.SaveChangesAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        db.Inserts.Add(NewItem("k", stored));
        await BulkInsert.InsertAsync(db, db.Inserts, CancellationToken.None);
        await tx.CommitAsync();

        await using var read = await Db();
        Assert.Equal(stored.Id, (await read.SourceItems.SingleAsync(s => s.ExternalId == "k")).ReleaseId);
    }

    [Fact]
    public async Task Insert_RolledBack_LeavesNothing()
    {
        await using (var db = await Db())
        await using (await db.Database.BeginTransactionAsync())
        {
            var release = NewRelease("Gone");
            db.Inserts.Add(release);
            await BulkInsert.InsertAsync(db, db.Inserts, CancellationToken.None);
            Assert.True(release.Id > 0);
        } // disposed without commit

        await using var read = await Db();
        Assert.False(await read.Releases.AnyAsync(r => r.Title == "Gone"));
        Assert.False(await read.ReleaseSubjects.AnyAsync());
    }

    [Fact]
    public async Task Insert_WithoutTransaction_IsRefused()
    {
        await using var db = await Db();
        db.Inserts.Add(NewRelease("No tx"));
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => BulkInsert.InsertAsync(db, db.Inserts, CancellationToken.None));
        Assert.Contains("transaction", e.Message, StringComparison.Ordinal);
        Assert.False(await db.Releases.AnyAsync(r => r.Title == "No tx"));
    }

    [Fact]
    public async Task Insert_EntityAlsoTracked_IsRefusedBeforeWriting()
    {
        await using var db = await Db();
        await using var tx = await db.Database.BeginTransactionAsync();
        var release = NewRelease("Twice");
        db.Releases.Add(release);
        db.Inserts.Add(release);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => BulkInsert.InsertAsync(db, db.Inserts, CancellationToken.None));
        Assert.Contains("tracked", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Releases.CountAsync());
    }

    [Fact]
    public async Task Insert_DependentOfUnsavedPrincipal_IsRefused()
    {
        await using var db = await Db();
        await using var tx = await db.Database.BeginTransactionAsync();
        var unsaved = NewRelease("Unsaved");
        db.Releases.Add(unsaved); // tracked, not saved: no key yet
        db.Inserts.Add(NewItem("orphan", unsaved));
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => BulkInsert.InsertAsync(db, db.Inserts, CancellationToken.None));
        Assert.Contains("no key yet", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A stored value as comparable text: PostgreSQL hands back arrays (text[]) and uuids where SQLite has text.</summary>
    static object? Stored(object? value) => value switch
    {
        string[] items => "[" + string.Join(",", items) + "]",
        Guid guid => guid.ToString(),
        _ => value,
    };

    async Task<Dictionary<string, object?>> RowAsync(string sql)
    {
        await using var db = await Db();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), sql);
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i));
    }
}
