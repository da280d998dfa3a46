using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Embed;

/// <summary>The iframe alternative: the upcoming list as a small HTML page, right without script (dates in the release's
/// own zone), with a few lines of script adding the visitor's local time and a relative day. Pure: same list, same bytes.</summary>
public static class UpcomingPage
{
    const string Css = """
        :root{color-scheme:light dark;--bg:#fff;--fg:#1d1d1f;--mute:#595d63;--line:#dfe1e6;--badge:#eef0ff;--badgefg:#3730a3;--link:#1a4fd0}
        @media (prefers-color-scheme:dark){:root{--bg:#18181b;--fg:#f2f2f4;--mute:#b4b7bd;--line:#3a3a41;--badge:#2f3060;--badgefg:#d2d9ff;--link:#9cbcff}}
        *{box-sizing:border-box}body{margin:0;padding:12px;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        h1{font-size:1rem;margin:0 0 8px}ol{list-style:none;margin:0;padding:0}li{padding:8px 0;border-top:1px solid var(--line)}
        .when{color:var(--mute);font-size:.875rem;display:flex;flex-wrap:wrap;gap:0 .5em}.rel{font-weight:600;color:var(--fg)}
        .kind{display:inline-block;padding:0 .45em;margin-right:.4em;border-radius:4px;background:var(--badge);color:var(--badgefg);font-size:.8rem}
        .by{color:var(--mute)}a{color:var(--link);overflow-wrap:anywhere}.msg{margin:0;color:var(--mute)}
        """;

    // Each <time datetime> gets the visitor's local time (timed releases) and a relative day (day precision).
    const string Script = """
        (function(){var l=document.documentElement.lang,rt=new Intl.RelativeTimeFormat(l,{numeric:"auto"}),
        df=new Intl.DateTimeFormat(l,{day:"numeric",month:"long"}),tf=new Intl.DateTimeFormat(l,{hour:l==="ru"?"2-digit":"numeric",minute:"2-digit"});
        function day(x){return Date.UTC(x.getFullYear(),x.getMonth(),x.getDate())}var now=day(new Date());
        document.querySelectorAll("li time[datetime]").forEach(function(e){var s=e.getAttribute("datetime"),li=e.closest("li"),n;
        if(s.length===10){var p=s.split("-");n=(Date.UTC(+p[0],p[1]-1,+p[2])-now)/864e5}
        else if(s.length>10){var at=new Date(s);n=(day(at)-now)/864e5;
        li.querySelector(".local").textContent="("+(l==="ru"?"у вас ":"your time: ")+df.format(at)+", "+tf.format(at)+")"}
        else return;li.querySelector(".rel").textContent=rt.format(Math.round(n),"day")})})();
        """;

    /// <summary>The Content-Security-Policy: only this page's own style and script run, and any site may frame it.</summary>
    public static readonly string Policy =
        $"default-src 'none'; style-src '{Hash(Css)}'; script-src '{Hash(Script)}'; base-uri 'none'; form-action 'none'; frame-ancestors *";

    public static byte[] Render(EmbedList list, EmbedRequest request)
    {
        var ru = request.Ru;
        var html = Head(request.Lang, EmbedText.Heading(ru));
        html.Append("<main><h1>").Append(E(EmbedText.Heading(ru))).Append("</h1>");
        if (list.Items.Count == 0) html.Append("<p class=\"msg\">").Append(E(EmbedText.Empty(ru))).Append("</p>");
        else
        {
            html.Append("<ol>");
            foreach (var i in list.Items) Item(html, i, request);
            html.Append("</ol>");
        }
        html.Append("</main><script>").Append(Script).Append("</script></body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>What the frame shows instead of a list when the snippet's options are wrong.</summary>
    public static string Error(string lang, string message)
    {
        var html = Head(lang, EmbedText.Heading(lang == "ru"));
        html.Append("<main><p class=\"msg\" role=\"alert\">").Append(E(message)).Append("</p></main></body></html>");
        return html.ToString();
    }

    static void Item(StringBuilder html, EmbedItem i, EmbedRequest request)
    {
        var ru = request.Ru;
        var datetime = i.StartsAt is { } at
            ? at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : ReleaseDate.Format(i.Date, i.Precision);
        html.Append("<li><div class=\"when\"><time datetime=\"").Append(datetime).Append("\">")
            .Append(E(EmbedText.When(i.Date, i.Precision, i.Time, i.TimeZone, ru))).Append("</time>");
        if (i.StartsAt is not null) html.Append("<span class=\"local\"></span>");
        if (i.Precision == DatePrecision.Day) html.Append("<span class=\"rel\"></span>");
        html.Append("</div><div>");
        var kind = FeedText.KindWord(i.Kind, ru);
        if (kind.Length > 0) html.Append("<span class=\"kind\">").Append(E(kind)).Append("</span>");
        // The frame is a small window into the service: a release opens in its own tab, not inside the frame.
        html.Append("<a href=\"").Append(E(EmbedJson.ReleaseUrl("", i.Id, request.Lang))).Append("\" target=\"_blank\" rel=\"noopener\">")
            .Append(E(i.Title)).Append("</a>");
        if (i.By.Length > 0) html.Append(" <span class=\"by\">— ").Append(E(i.By)).Append("</span>");
        html.Append("</div></li>");
    }

    static StringBuilder Head(string lang, string title) => new StringBuilder(4096)
        .Append("<!doctype html><html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\">")
        .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\"><title>")
        .Append(E(title)).Append("</title><style>").Append(Css).Append("</style></head><body>");

    static string E(string s) => WebUtility.HtmlEncode(s);

    static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
