using System.Diagnostics;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Ingest.Sources.MusicBrainz;
using ReleaseCalendar.Ingest.Sources.TvMaze;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Bench.Ingest;

/// <summary>In process, on one thread: parse + map (+ the fingerprint the runner compares for every item) of the same
/// payloads the fake serves, timed with a Stopwatch and measured with GC.GetAllocatedBytesForCurrentThread.</summary>
public static class MapperAllocations
{
    public sealed record Figure(string Name, int Items, long BodyBytes, double MsPerPass, double BytesPerItem, double ItemsPerSecond);

    public static IReadOnlyList<Figure> Measure(int episodes, int groups, int passes, int batch)
    {
        var show = FakeUpstream.ShowJson(1, 0);
        var episodeBody = FakeUpstream.EpisodesJson(1, episodes, 0);
        const string artist = "3f0e1a2b-0000-4000-8000-00000000be0c";
        var pages = Enumerable.Range(0, (groups + 99) / 100)
            .Select(p => FakeUpstream.ReleaseGroupPageJson(artist, groups, 100, p * 100, 0)).ToList();
        var now = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
        string[] showSubjects = ["bench-show"];
        string[] artistSubjects = ["bench-mb"];

        int TvMaze(bool fingerprint)
        {
            var parsedShow = TvMazeMapper.ParseShow(show, "http://fake/shows/1");
            var parsed = TvMazeMapper.ParseEpisodes(episodeBody, "http://fake/shows/1/episodes");
            var items = TvMazeMapper.Map(parsedShow, parsed, "1", showSubjects, now).Items;
            if (fingerprint) foreach (var i in items) _ = IngestWriter.Fingerprint(i);
            return items.Count;
        }
        int MusicBrainz(bool fingerprint)
        {
            var all = new List<MusicBrainzReleaseGroup>();
            foreach (var page in pages) all.AddRange(MusicBrainzMapper.ParseReleaseGroupPage(page, "http://fake/ws/2/release-group").Groups);
            var items = MusicBrainzMapper.Map(all, artistSubjects, DateOnly.FromDateTime(now.UtcDateTime)).Items;
            if (fingerprint) foreach (var i in items) _ = IngestWriter.Fingerprint(i);
            return items.Count;
        }

        return
        [
            Run("TVmaze parse + map", () => TvMaze(false), episodeBody.Length + show.Length, passes),
            Run("TVmaze parse + map + fingerprints", () => TvMaze(true), episodeBody.Length + show.Length, passes),
            Run("MusicBrainz parse + map", () => MusicBrainz(false), pages.Sum(p => (long)p.Length), passes),
            Run("MusicBrainz parse + map + fingerprints", () => MusicBrainz(true), pages.Sum(p => (long)p.Length), passes),
            MatchLoop(TvMazeMapper.Map(TvMazeMapper.ParseShow(show, "s"), TvMazeMapper.ParseEpisodes(episodeBody, "e"), "1", showSubjects, now)
                .Items.Take(batch).ToList(), passes),
        ];
    }

    /// <summary>What IngestWriter.MergeAsync does for the fresh items of one batch: IngestWriter.Match of each item against
    /// the candidates, to which every release created earlier in the batch is added (IngestWriter.cs, candidates.Add).</summary>
    static Figure MatchLoop(IReadOnlyList<IncomingItem> items, int passes)
    {
        var subject = new Subject { Id = 1, Slug = "bench-show", NameEn = "Bench Show" };
        Subject[] subjects = [subject];
        int Pass()
        {
            var candidates = new List<Release>(items.Count);
            var matched = 0;
            foreach (var item in items)
            {
                if (IngestWriter.Match(item, subjects, candidates) is not null) { matched++; continue; }
                var release = new Release
                {
                    Id = candidates.Count + 1, Title = item.Title, Kind = item.Kind, Date = item.Date, Precision = item.Precision,
                    Season = item.Season, Episode = item.Episode, CreatedBy = "bench", UpdatedBy = "bench",
                };
                release.Subjects.Add(new ReleaseSubject { SubjectId = subject.Id });
                candidates.Add(release);
            }
            return items.Count - matched;
        }
        return Run($"IngestWriter.Match over one {items.Count:N0}-item batch of fresh episodes (candidates grow)", Pass, 0,
            Math.Max(1, passes / 5));
    }

    static Figure Run(string name, Func<int> pass, long bodyBytes, int passes)
    {
        for (var i = 0; i < 3; i++) pass(); // JIT and tiering
        GC.Collect();
        var items = 0;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < passes; i++) items = pass();
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
        var ms = clock.Elapsed.TotalMilliseconds / passes;
        return new Figure(name, items, bodyBytes, ms, (double)allocated / passes / items, items / (ms / 1000));
    }
}
