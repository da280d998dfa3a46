using System.Text;
using ReleaseCalendar.Feeds;

namespace ReleaseCalendar.Tests.Feeds;

public sealed class IcsWriterTests
{
    static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    [Theory]
    // RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped; colon and DQUOTE are not.
    [InlineData("plain", "plain")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("a;b", @"a\;b")]
    [InlineData("a,b", @"a\,b")]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb", @"a\nb")]
    [InlineData("a\rb", @"a\nb")]
    [InlineData("a\n\nb", @"a\n\nb")]
    [InlineData(@"literal \n", @"literal \\n")]
    [InlineData("key: \"value\"", "key: \"value\"")]
    [InlineData("tab\there", "tab\there")]
    [InlineData("bell\u0007del\u007f", "belldel")]
    [InlineData("Ким Нам Джун, 알엠 😀", @"Ким Нам Джун\, 알엠 😀")]
    [InlineData("", "")]
    public void Text_EscapesPerRfc5545(string value, string expected)
    {
        Assert.Equal($"SUMMARY:{expected}\r\n", Render(w => w.Property("SUMMARY", value)));
    }

    [Fact]
    public void Text_LoneSurrogate_BecomesReplacementCharacter()
    {
        // Built in code: xunit's theory data would itself replace the lone surrogate before the writer saw it.
        var bytes = RenderBytes(w => w.Property("SUMMARY", "lone " + '\ud83d' + " surrogate"));

        Assert.Equal("SUMMARY:lone \ufffd surrogate\r\n", StrictUtf8.GetString(bytes));
    }

    [Theory]
    [InlineData("Asia/Seoul", "TZID=Asia/Seoul")]
    [InlineData("a;b", "TZID=\"a;b\"")]
    [InlineData("a:b", "TZID=\"a:b\"")]
    [InlineData("a,b", "TZID=\"a,b\"")]
    [InlineData("say \"hi\"", "TZID=say hi")]
    public void Param_QuotesValuesWithSeparatorsAndDropsDquote(string value, string expected)
    {
        var text = Render(w =>
        {
            w.Name("DTSTART");
            w.Param("TZID", value);
            w.DateTime(2024, 5, 24, 13, 0, 0, utc: false);
            w.EndLine();
        });

        Assert.Equal($"DTSTART;{expected}:20240524T130000\r\n", text);
    }

    [Fact]
    public void Values_DatesIntegersAndRawAreWrittenAsIs()
    {
        var text = Render(w =>
        {
            w.Name("DTSTART");
            w.Param("VALUE", "DATE");
            w.Date(2024, 5, 10);
            w.EndLine();
            w.Name("DTSTAMP");
            w.DateTime(2024, 5, 20, 9, 30, 0, utc: true);
            w.EndLine();
            w.Name("SEQUENCE");
            w.Integer(12);
            w.EndLine();
            w.Name("URL");
            w.Raw("https://example.org/?a=1;b=2,c");
            w.EndLine();
        });

        Assert.Equal("DTSTART;VALUE=DATE:20240510\r\nDTSTAMP:20240520T093000Z\r\nSEQUENCE:12\r\n"
                     + "URL:https://example.org/?a=1;b=2,c\r\n", text);
    }

    [Theory]
    // "X:" is 2 octets, so `ascii` characters put the multi-byte one at octet 3 + ascii.
    [InlineData("ё", 71, false)] // 2 + 71 + 2 = 75: fits exactly
    [InlineData("ё", 72, true)]  // 2 + 72 + 2 = 76: folds before it
    [InlineData("한", 70, false)] // 3-byte
    [InlineData("한", 71, true)]
    [InlineData("😀", 69, false)] // 4-byte
    [InlineData("😀", 70, true)]
    [InlineData("a", 72, false)]
    [InlineData("a", 73, true)]
    public void Fold_At75Octets_NeverSplitsACharacter(string character, int ascii, bool folds)
    {
        var value = new string('a', ascii) + character;

        var bytes = RenderBytes(w => w.Property("X", value));

        var lines = PhysicalLines(bytes);
        var first = Encoding.UTF8.GetByteCount(lines[0]);
        if (folds)
        {
            Assert.Equal(2, lines.Count);
            Assert.Equal(2 + ascii, first);
            Assert.Equal(" " + character, lines[1]);
        }
        else
        {
            Assert.Equal(75, first);
            Assert.Single(lines);
        }
        Assert.Equal("X:" + value, Unfold(bytes));
    }

    [Theory]
    [InlineData("ё", 500)]
    [InlineData("한", 500)]
    [InlineData("😀", 500)]
    [InlineData("a😀ё한", 200)]
    [InlineData("\\;,\n", 200)]
    public void Fold_LongValues_EveryPhysicalLineIsAtMost75OctetsOfValidUtf8(string unit, int repeat)
    {
        var value = string.Concat(Enumerable.Repeat(unit, repeat));

        var bytes = RenderBytes(w => w.Property("DESCRIPTION", value));

        Assert.All(PhysicalLines(bytes), l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, 75));
        Assert.Equal("DESCRIPTION:" + value.Replace("\\", @"\\").Replace(";", @"\;").Replace(",", @"\,").Replace("\n", @"\n"),
            Unfold(bytes));
    }

    [Fact]
    public void Output_GrowsPastItsInitialCapacity()
    {
        var value = new string('x', 70);

        var bytes = RenderBytes(w =>
        {
            for (var i = 0; i < 1000; i++) w.Property("X", value);
        }, capacity: 16);

        Assert.Equal(1000 * 74, bytes.Length);
    }

    static string Render(Action<IcsWriter> write) => StrictUtf8.GetString(RenderBytes(write));

    static byte[] RenderBytes(Action<IcsWriter> write, int capacity = 4096)
    {
        using var writer = new IcsWriter(capacity);
        write(writer);
        return writer.ToArray();
    }

    /// <summary>Physical lines without their CRLF; decoding each on its own proves no fold split a character.</summary>
    static List<string> PhysicalLines(byte[] bytes)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] != '\r') continue;
            Assert.Equal((byte)'\n', bytes[i + 1]);
            lines.Add(StrictUtf8.GetString(bytes, start, i - start));
            start = i + 2;
        }
        Assert.Equal(bytes.Length, start);
        return lines;
    }

    static string Unfold(byte[] bytes) =>
        StrictUtf8.GetString(bytes).Replace("\r\n ", "", StringComparison.Ordinal).TrimEnd('\r', '\n');
}
