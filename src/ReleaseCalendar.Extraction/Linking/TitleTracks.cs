using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Linking;

/// <summary>
/// «вернулись с мини-альбомом CRAZY и одноименным заглавным треком. Клип уже на YouTube!», "The title track is a
/// laid-back song, and its music video was released together with the album": a video for the title track of a record
/// stated in the last few sentences comes out on the record's day, even when its sentence states no day. The title
/// track itself is an album track, not a single (Corpus/README; the b part's writer labelled it a single, see there).
/// </summary>
internal static class TitleTracks
{
    const int SentenceReach = 3;

    // origins: per candidate, the index of the sentence it was read from; added candidates get the title-track sentence.
    // Returns each added video with the record it was added for (see <see cref="DropWithTheirRecords"/>).
    public static List<(ReleaseCandidate Video, ReleaseCandidate Record)> Add(IReadOnlyList<SentenceScan> sentences, List<ReleaseCandidate> found,
        List<int> origins)
    {
        List<(ReleaseCandidate, ReleaseCandidate)> added = [];
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            if (!s.Cues.Any(IsTitleTrack))
            {
                continue;
            }
            var record = -1;
            for (var i = 0; i < found.Count; i++)
            {
                if (found[i].Kind is ReleaseKind.Album or ReleaseKind.Ep && origins[i] <= si && si - origins[i] <= SentenceReach
                    && (record < 0 || origins[i] >= origins[record]))
                {
                    record = i;
                }
            }
            if (record < 0)
            {
                continue;
            }
            var r = found[record];
            var cue = s.Cues.First(IsTitleTrack);
            var title = TitleLinker.TitleAfterOrBefore(s, new KindCue(cue.First, cue.End, ReleaseKind.Single, KindStrength.Weak, false));
            var next = si + 1 < sentences.Count && sentences[si + 1].Line == s.Line ? sentences[si + 1] : null;
            var recordSentence = sentences[origins[record]];
            if (HasVideo(s, recordSentence) || HasVideo(recordSentence, recordSentence) || (next is not null && HasVideo(next, recordSentence)))
            {
                Ensure(ReleaseKind.Mv);
            }

            void Ensure(ReleaseKind kind)
            {
                var same = r.ResolvedSubjectSlug ?? ExtractionCatalog.Key(r.Subject);
                if (found.Any(c => c.Date == r.Date && (c.Kind == kind || (kind == ReleaseKind.Single && c.Kind == ReleaseKind.Ost))
                                   && (c.ResolvedSubjectSlug ?? ExtractionCatalog.Key(c.Subject)) == same))
                {
                    return;
                }
                found.Add(r with { Kind = kind, Title = title ?? r.Title, Confidence = Math.Max(0.05, r.Confidence - 0.1) });
                origins.Add(si);
                added.Add((found[^1], r));
            }
        }
        return added;
    }

    /// <summary>
    /// "EXO's album "Universe" … set for the 21st. Neither will appear then. … The song is the title track …": a video added
    /// for a record's title track goes with the record when the record's day is left behind.
    /// </summary>
    public static void DropWithTheirRecords(List<(ReleaseCandidate Video, ReleaseCandidate Record)> added, List<ReleaseCandidate> found, List<int> origins)
    {
        foreach (var (video, record) in added)
        {
            if (!found.Contains(record) && found.IndexOf(video) is var at && at >= 0)
            {
                found.RemoveAt(at);
                origins.RemoveAt(at);
            }
        }
    }

    static bool IsTitleTrack(CueHit c) => c.Cue.Type == CueType.Kind && c.Cue.Value == Words.TitleTrack;

    // A video word in a clause that says it came out: «хотят улучшить качество клипа», «а клип снимали в Японии» are no
    // release, nor is a video its clause moves or calls off ("MV Delayed By A Day"), nor one already out when the record
    // is still to come.
    static bool HasVideo(SentenceScan s, SentenceScan record) =>
        s.Cues.Any(v => v.Cue.Type == CueType.Kind && v.Cue.Kind == ReleaseKind.Mv && v.Cue.Strength == KindStrength.Strong
                        && s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Schedule && s.Clause[c.First] == s.Clause[v.First])
                        && !s.Cues.Any(c => c.Cue.Type is CueType.Postpone or CueType.Cancel && s.Clause[c.First] == s.Clause[v.First])
                        && (s == record || !Resolution.DateResolver.OutBefore(s, s.Clause[v.First], record)));
}
