using System.Buffers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Body;

/// <summary>The article body as text plus the line ranges that belong to it (chrome left out).</summary>
internal sealed record ArticleBody(string Text, IReadOnlyList<Range> Lines);

internal static class ArticleBodyReader
{
    // Whole elements that are never article text.
    const string ChromeSelector = "script,style,noscript,template,nav,aside,footer,header,form,iframe,svg,button,select,menu,dialog";

    // Class/id words of blocks around the body: related links, share bars, comments, ads.
    static readonly HashSet<string> NoiseClassWords = Words.Set(
        "related readalso also more share sharing social comment comments sidebar breadcrumb breadcrumbs menu nav navbar " +
        "navigation advert advertisement ads ad promo recommended recommend recommendations subscribe subscription tags tag " +
        "footer header cookie cookies banner popular widget trending teaser teasers newsletter");

    static readonly string[] BlockTags =
        ["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "BR", "TR", "TABLE", "SECTION", "ARTICLE",
         "BLOCKQUOTE", "PRE", "FIGURE", "DD", "DT", "DL", "MAIN", "HR"];

    static readonly string[] StopLines =
        [.. RussianTable.Create().StopLines, .. EnglishTable.Create().StopLines];

    public static ArticleBody FromText(string text) => new(text, BodyLines(text));

    public static ArticleBody FromHtml(string html)
    {
        if (UnclosedTags(html) > MaxUnclosedTags)
        {
            var stripped = StripTags(html);
            return new ArticleBody(stripped, BodyLines(stripped));
        }
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(ChromeSelector).ToList())
        {
            element.Remove();
        }
        var root = PickRoot(document);
        if (root is null)
        {
            return new ArticleBody("", []);
        }
        foreach (var element in root.QuerySelectorAll("*").Where(IsNoise).ToList())
        {
            element.Remove();
        }
        DropBeforeHeadline(root);
        var builder = new StringBuilder(html.Length / 2);
        AppendText(root, builder);
        var text = CollapseLines(builder);
        return new ArticleBody(text, BodyLines(text));
    }

    // AngleSharp's tree building is quadratic in nesting depth ("<div>" × 50,000 takes ~20 s). Pages nest a few dozen
    // levels, so far more opened than closed tags means junk: read it with a linear tag stripper instead.
    const int MaxUnclosedTags = 3000;

    static int UnclosedTags(string html)
    {
        var balance = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var next = html[i + 1];
            balance += next == '/' ? -1 : char.IsAsciiLetter(next) ? 1 : 0;
        }
        return balance;
    }

    static string StripTags(string html)
    {
        var builder = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                builder.Append(html, i, html.Length - i);
                break;
            }
            builder.Append(html, i, open - i);
            var close = html.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }
            var tag = html.AsSpan(open + 1, close - open - 1);
            var skipTo = SkipRawText(html, tag, close);
            builder.Append('\n');
            i = skipTo;
        }
        return CollapseLines(new StringBuilder(System.Net.WebUtility.HtmlDecode(builder.ToString())));
    }

    // <script> and <style> content is never text.
    static int SkipRawText(string html, ReadOnlySpan<char> tag, int close)
    {
        foreach (var raw in (string[])["script", "style"])
        {
            if (tag.StartsWith(raw, StringComparison.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</" + raw, close, StringComparison.OrdinalIgnoreCase);
                return end < 0 ? html.Length : end;
            }
        }
        return close + 1;
    }

    static IElement? PickRoot(IDocument document)
    {
        var best = document.QuerySelectorAll("article, [itemprop=articleBody], main")
            .MaxBy(e => e.TextContent.Length);
        return best is not null && best.TextContent.Trim().Length > 0 ? best : document.Body;
    }

    // A section label or breadcrumb over the headline ("Релизы", "K-Drama › Reviews") is the site's, not the story's:
    // the story starts at its headline, whose first line the rest of the reader takes for the article's topic. Only a
    // label's few words: an <h1> further down (the page's own headline gone with its <header>) heads a section of the
    // story, whose lead stands above it.
    static void DropBeforeHeadline(IElement root)
    {
        if (root.QuerySelector("h1") is not { } headline || headline.TextContent.Trim().Length == 0)
        {
            return;
        }
        var before = new List<INode>();
        for (IElement? node = headline; node is not null && node != root; node = node.ParentElement)
        {
            for (var sibling = node.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
            {
                before.Add(sibling);
            }
        }
        if (before.Sum(n => n.TextContent.Trim().Length) > MaxLabelChars)
        {
            return;
        }
        foreach (var node in before)
        {
            node.RemoveFromParent();
        }
    }

    const int MaxLabelChars = 80;

    static bool IsNoise(IElement element)
    {
        foreach (var attribute in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(attribute))
            {
                continue;
            }
            foreach (var word in attribute.ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (NoiseClassWords.Contains(word))
                {
                    return true;
                }
            }
        }
        return false;
    }

    static void AppendText(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement element)
            {
                // "April 7 (Fri)", "Agust D", ""People Pt.2"" in cells of one row: a dash between them, as a listing writes them.
                if (element.TagName is "TD" or "TH" && element.PreviousElementSibling is not null)
                {
                    builder.Append(" — ");
                }
                var block = Array.IndexOf(BlockTags, element.TagName) >= 0;
                if (block)
                {
                    builder.Append('\n');
                }
                var title = IsItalicTitle(element);
                if (title)
                {
                    builder.Append('“');
                }
                AppendText(element, builder);
                if (title)
                {
                    builder.Append('”');
                }
                if (block)
                {
                    builder.Append('\n');
                }
            }
        }
    }

    // English news sets a work's title in italics where a Russian writer quotes it ("the EP <em>Youth in the Shade</em>"):
    // quotes are the extractor's title cue, so a capitalised italic of a title's length is quoted. Not an italic the
    // writer quoted already, one holding quotes of its own, or one that is its whole block (a caption, a lead set in italics).
    static bool IsItalicTitle(IElement element)
    {
        if (element.TagName is not ("I" or "EM" or "CITE"))
        {
            return false;
        }
        var text = element.TextContent.AsSpan().Trim();
        if (text.Length is 0 or > MaxItalicTitle || text.IndexOfAny(DoubleQuotes) >= 0 || !(char.IsUpper(text[0]) || char.IsDigit(text[0])))
        {
            return false;
        }
        var before = (element.PreviousSibling?.TextContent ?? "").AsSpan().TrimEnd();
        var after = (element.NextSibling?.TextContent ?? "").AsSpan().TrimStart();
        if ((before.Length > 0 && Quotes.Contains(before[^1])) || (after.Length > 0 && Quotes.Contains(after[0])))
        {
            return false;
        }
        var parent = element.ParentElement;
        while (parent is not null && Array.IndexOf(BlockTags, parent.TagName) < 0 && parent.TagName is not "BODY")
        {
            parent = parent.ParentElement;
        }
        return parent is null || parent.TextContent.AsSpan().Trim().Length > text.Length;
    }

    const int MaxItalicTitle = 80;
    static readonly SearchValues<char> Quotes = SearchValues.Create("\"'«»“”„‘’");
    // An apostrophe inside is a possessive's ("Queen In Hyun's Man"), not a quote.
    static readonly SearchValues<char> DoubleQuotes = SearchValues.Create("\"«»“”„");

    // One line per block, whitespace inside a line collapsed, empty lines dropped.
    static string CollapseLines(StringBuilder builder)
    {
        var result = new StringBuilder(builder.Length);
        var lineHasText = false;
        var pendingSpace = false;
        for (var i = 0; i < builder.Length; i++)
        {
            var c = builder[i];
            if (c is '\n' or '\r')
            {
                if (lineHasText)
                {
                    result.Append('\n');
                }
                lineHasText = false;
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = lineHasText;
            }
            else
            {
                if (pendingSpace)
                {
                    result.Append(' ');
                }
                result.Append(c);
                lineHasText = true;
                pendingSpace = false;
            }
        }
        return result.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// Lines of the body: breadcrumb/menu lines are skipped, and the body ends at a "read also" /
    /// "source" line once some real paragraph has been seen (a site may put "Источник" above the text too).
    /// </summary>
    static List<Range> BodyLines(string text)
    {
        var lines = new List<Range>();
        var seenParagraph = false;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0)
            {
                if (seenParagraph && IsStopLine(line))
                {
                    break;
                }
                if (!IsNavigation(line) && !(lines.Count == 0 && IsHandle(line)))
                {
                    AddItems(text, start, end, lines);
                    seenParagraph = seenParagraph || IsParagraph(line);
                }
            }
            start = end + 1;
        }
        return lines;
    }

    // "MUSIC • 6th — SEVENTEEN release … • 13th — Wanna One follow up …": a calendar that runs its days together on one
    // line with bullets; each bullet before a day starts an item of its own, as a line would.
    static void AddItems(string text, int start, int end, List<Range> lines)
    {
        var from = start;
        for (var i = text.IndexOf(" • ", start, end - start, StringComparison.Ordinal); i >= 0;
             i = text.IndexOf(" • ", i + 3, end - i - 3, StringComparison.Ordinal))
        {
            if (i + 3 < end && char.IsAsciiDigit(text[i + 3]))
            {
                lines.Add(new Range(from, i));
                from = i + 3;
            }
        }
        lines.Add(new Range(from, end));
    }

    static bool IsStopLine(ReadOnlySpan<char> line)
    {
        if (line.Length > 60)
        {
            return false;
        }
        // Lower-cased on the stack: most lines are no stop line and should cost no string.
        Span<char> buffer = stackalloc char[line.Length];
        for (var i = 0; i < line.Length; i++)
        {
            buffer[i] = TextNormalizer.Lower(line[i]);
        }
        ReadOnlySpan<char> lower = buffer.TrimEnd([':', '.', ' ', '»', '>', '→']);
        foreach (var marker in StopLines)
        {
            if (lower.SequenceEqual(marker) || (lower.StartsWith(marker, StringComparison.Ordinal) && lower.Length > marker.Length
                                    && lower[marker.Length] is ':' or ' ' or '—' or '-'))
            {
                return true;
            }
        }
        return false;
    }

    // "@dramaholic_jiwoo" alone on a post's first line is who posted it, not its headline: the line after it is.
    static bool IsHandle(ReadOnlySpan<char> line) => line.Length > 1 && line[0] == '@' && !line.ContainsAny(' ', '\t');

    // "Главная » Новости » K-pop", "Home | News | Music": several separators between short words. A table's row, whose
    // first cell is a day ("Mon 23 | SEVENTEEN - 11th mini album … | 6 p.m."), is content.
    static bool IsNavigation(ReadOnlySpan<char> line)
    {
        // Most lines hold no separator at all, and the count starts at the first one.
        var first = line.IndexOfAny(Separators);
        if (first < 0)
        {
            return false;
        }
        if (line.IndexOf(" | ", StringComparison.Ordinal) is > 0 and var cell && line[..cell].IndexOfAnyInRange('0', '9') >= 0 && line.Length > MinTableRow)
        {
            return false;
        }
        var separators = 0;
        var hasOpenQuote = line.Contains('«');
        for (var i = Math.Max(1, first); i + 1 < line.Length; i++)
        {
            var c = line[i];
            if (line[i - 1] == ' ' && line[i + 1] == ' ' && (c is '|' or '›' or '•' or '·' or '/' or '>' || (c == '»' && !hasOpenQuote)))
            {
                separators++;
            }
        }
        return separators >= 2 && !HasSentenceBreak(line);
    }

    // "… led by "Clap." The same day Super Junior return …": a sentence ending inside the line, after a word of three
    // letters or more (not "Dr. Romantic"), makes the line prose, whatever separators it holds.
    static bool HasSentenceBreak(ReadOnlySpan<char> line)
    {
        for (var i = 3; i + 2 < line.Length; i++)
        {
            if (line[i] is not ('.' or '!' or '?'))
            {
                continue;
            }
            var next = line[i + 1] is '"' or '”' or '»' ? i + 2 : i + 1;
            if (next + 1 < line.Length && line[next] == ' ' && char.IsUpper(line[next + 1])
                && char.IsLetter(line[i - 1]) && char.IsLetter(line[i - 2]) && char.IsLetter(line[i - 3]))
            {
                return true;
            }
        }
        return false;
    }

    static readonly SearchValues<char> Separators = SearchValues.Create("|›•·/>»");

    // A table row is longer than a pager's "1 | 2 | 3".
    const int MinTableRow = 24;

    // Eight words or more, ended as a sentence is.
    static bool IsParagraph(ReadOnlySpan<char> line) =>
        line[^1] is '.' or '!' or '?' or '…' or '»' or '"' or ')' && line.Count(' ') + 1 >= 8;
}
