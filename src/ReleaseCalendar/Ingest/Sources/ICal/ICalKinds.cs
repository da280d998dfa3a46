using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest.Sources.ICal;

/// <summary>CATEGORIES → kind. A category counts only when it is a kind's name as a whole ("Album", "альбом",
/// "music video"), so "K-pop" or "Album of the year" name none.</summary>
public static class ICalKinds
{
    static readonly Dictionary<string, ReleaseKind> ByName = Build(
        (ReleaseKind.Album, "album, albums, full album, studio album, альбом, альбомы, полноформатный альбом, 앨범, 정규, 정규앨범"),
        (ReleaseKind.Ep, "ep, eps, mini album, mini-album, мини альбом, мини-альбом, 미니앨범, 미니 앨범"),
        (ReleaseKind.Single, "single, singles, digital single, сингл, синглы, цифровой сингл, 싱글, 디지털 싱글"),
        (ReleaseKind.Mv, "mv, m/v, music video, клип, клипы, видеоклип, музыкальное видео, 뮤직비디오, 뮤비"),
        (ReleaseKind.Ost, "ost, soundtrack, саундтрек, ост, 오에스티"),
        (ReleaseKind.Drama, "drama, k-drama, kdrama, series, tv series, дорама, дорамы, сериал, 드라마"),
        (ReleaseKind.Episode, "episode, episodes, серия, серии, эпизод, выпуск, 회차, 에피소드"),
        (ReleaseKind.Film, "film, movie, фильм, кино, 영화"));

    public static ReleaseKind FromCategories(IEnumerable<string> categories)
    {
        foreach (var category in categories)
        {
            if (ByName.TryGetValue(Key(category), out var kind)) return kind;
        }
        return ReleaseKind.Other;
    }

    // Case, "ё", runs of spaces and "_" do not matter: "Mini_Album", "Mini  album" and "mini album" are one name.
    static string Key(string name) =>
        string.Join(' ', name.Trim().ToLowerInvariant().Replace('ё', 'е').Replace('_', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    static Dictionary<string, ReleaseKind> Build(params (ReleaseKind Kind, string Names)[] rows)
    {
        var map = new Dictionary<string, ReleaseKind>(StringComparer.Ordinal);
        foreach (var (kind, names) in rows)
        {
            foreach (var name in names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                map.Add(Key(name), kind);
        }
        return map;
    }
}
