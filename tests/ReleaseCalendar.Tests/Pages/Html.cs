using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ReleaseCalendar.Tests.Pages;

/// <summary>Fetches a page and parses it as a browser would (AngleSharp's HTML5 parser).</summary>
public static class Html
{
    public const string Hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>\"'&";

    public static async Task<(HttpResponseMessage Response, IDocument Document, string Text)> GetAsync(HttpClient client, string url,
        string? acceptLanguage = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var response = await client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(text), text);
    }

    public static string Meta(IDocument doc, string property) =>
        doc.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")
        ?? throw new Xunit.Sdk.XunitException($"No <meta property=\"{property}\">");

    public static string Href(IDocument doc, string selector) =>
        doc.QuerySelector(selector)?.GetAttribute(doc.QuerySelector(selector)!.LocalName == "img" ? "src" : "href")
        ?? throw new Xunit.Sdk.XunitException($"Nothing matches {selector}");

    /// <summary>The page's only script is the site's own file; no element carries an inline handler.</summary>
    public static void AssertNoInjectedMarkup(IDocument doc)
    {
        var scripts = doc.QuerySelectorAll("script").ToList();
        var script = Assert.Single(scripts);
        Assert.StartsWith("/pages/site.js", script.GetAttribute("src"));
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(doc.QuerySelectorAll("img"), i => i.GetAttribute("src") == "x");
    }
}
