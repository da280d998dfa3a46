namespace ReleaseCalendar.Extraction.Filtering;

/// <summary>
/// Background releases are not news (issue #9 §1.5): "her first album "Ruby" came out on March 7" in a story about a
/// new single, «альбом D-DAY, который выпустил 21 апреля 2023 года» in a story about the end of military service, a
/// drama's premiere in its finale's ratings report. News of a release is told on its day or within days of it, so a
/// release dated more than a week before the article is context the reader is reminded of, never the article's news;
/// and when the article announces a release still to come, that is its news, and one already out days before
/// ("В Корее фильм вышел 22 февраля", "the B-side, whose video was released on April 27") is context too.
/// </summary>
internal static class BackgroundReleases
{
    // Reviews of a premiere and "released last Friday" come within a week; anything older is a reminder.
    const int NewsWindowDays = 7;
    // "Released yesterday" is still the news of a story that also names what comes next.
    const int RecentDays = 1;

    public static void Drop(List<ReleaseCandidate> found, List<int> origins, DateOnly publishedOn)
    {
        var oldest = publishedOn.AddDays(-NewsWindowDays);
        var announcesLater = found.Exists(c => c.Date > publishedOn);
        var recent = publishedOn.AddDays(-RecentDays);
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (found[i].Date < oldest || (announcesLater && found[i].Date < recent))
            {
                found.RemoveAt(i);
                origins.RemoveAt(i);
            }
        }
    }
}
