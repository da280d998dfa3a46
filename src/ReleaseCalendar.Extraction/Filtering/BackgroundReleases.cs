namespace ReleaseCalendar.Extraction.Filtering;

/// <summary>
/// Background releases are not news (issue #9 §1.5): "her first album "Ruby" came out on March 7" in a story about a
/// new single, «альбом D-DAY, который выпустил 21 апреля 2023 года» in a story about the end of military service, a
/// drama's premiere in its finale's ratings report. News of a release is told on its day or within days of it, so a
/// release dated more than a week before the article is context the reader is reminded of, never the article's news;
/// and when the article announces a release still to come (or calls off a day to come), that is its news, and one
/// already out days before ("В Корее фильм вышел 22 февраля", "the B-side, whose video was released on April 27") is
/// context too. A recap of
/// a past month is the exception: releases of two or more acts on as many days within a month, none told in a relative
/// clause and nothing still to come, are that article's news; so are a year's, when the headline names that year
/// ("Netflix's Korean originals of 2023", «Итоги 2024 года»).
/// </summary>
internal static class BackgroundReleases
{
    // Reviews of a premiere and "released last Friday" come within a week; anything older is a reminder.
    const int NewsWindowDays = 7;
    // "Released yesterday" is still the news of a story that also names what comes next.
    const int RecentDays = 1;

    // A month's recap ("NMIXX kicked things off on the 11th … NewJeans followed on the 21st …") tells several acts'
    // releases of one past month as its news: this many acts on as many days within a month, and nothing still to come.
    const int RecapActs = 2;
    const int RecapSpanDays = 40;
    // A year's recap walks through more than two ("aespa and ITZY to headline 2024 Waterbomb" names two past releases).
    const int YearRecapActs = 3;

    public static void Drop(
        List<ReleaseCandidate> found, List<int> origins, DateOnly publishedOn, IReadOnlySet<ReleaseCandidate>? inPassing = null, int? frameYear = null,
        (DateOnly From, DateOnly To)? frame = null, bool toldAhead = false)
    {
        var oldest = publishedOn.AddDays(-NewsWindowDays);
        // What comes later, also a day to come that the article calls off ("Episodes 3 and 4 … will now not be broadcast").
        var announcesLater = toldAhead || found.Exists(c => c.Date > publishedOn);
        if (!announcesLater && IsRecap(found, oldest, inPassing, frameYear))
        {
            return;
        }
        var recent = publishedOn.AddDays(-RecentDays);
        for (var i = found.Count - 1; i >= 0; i--)
        {
            // The headline's own range is the frame, not an entry.
            var framed = frame is { } f && found[i].Date >= f.From && found[i].Date <= f.To && origins[i] != 0;
            if (!framed && (found[i].Date < oldest || (announcesLater && found[i].Date < recent)))
            {
                found.RemoveAt(i);
                origins.RemoveAt(i);
            }
        }
    }

    static bool IsRecap(List<ReleaseCandidate> found, DateOnly oldest, IReadOnlySet<ReleaseCandidate>? inPassing, int? frameYear)
    {
        var old = found.Where(c => c.Date < oldest && inPassing?.Contains(c) != true).ToList();
        if (old.Count < RecapActs)
        {
            return false;
        }
        var acts = old.Select(c => c.ResolvedSubjectSlug ?? ExtractionCatalog.Key(c.Subject)).Distinct(StringComparer.Ordinal).Count();
        var days = old.Select(c => c.Date).Distinct().Count();
        return acts >= RecapActs && days >= RecapActs
            && (old.Max(c => c.Date).DayNumber - old.Min(c => c.Date).DayNumber <= RecapSpanDays
                || (acts >= YearRecapActs && days >= YearRecapActs && old.All(c => c.Date.Year == frameYear)));
    }
}
