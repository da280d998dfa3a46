using System.Text;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Tests.Feeds;

/// <summary>Hostile text must round-trip as text: never a new line, property or component (RFC 5545 §3.3.11).</summary>
public sealed class CalendarEscapingTests
{
    static readonly FeedHeader Header = new("Escaping", "Escaping tests");
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TheoryData<string, string> HostileTitles => new()
    {
        // title as stored, title as a client must read it back
        { "X\r\nEND:VEVENT\r\nBEGIN:VEVENT", "X\nEND:VEVENT\nBEGIN:VEVENT" },
        { "X\nEND:VCALENDAR\nBEGIN:VCALENDAR", "X\nEND:VCALENDAR\nBEGIN:VCALENDAR" },
        { "X\rSUMMARY:injected", "X\nSUMMARY:injected" },
        { "a;b,c\\d", "a;b,c\\d" },
        { "\\n is not a newline, \\, neither \\; this", "\\n is not a newline, \\, neither \\; this" },
        { "\"Quoted\" 'single' «ёлочки»", "\"Quoted\" 'single' «ёлочки»" },
        { "Emoji 😀 and 👩‍👩‍👧 and 🇰🇷", "Emoji 😀 and 👩‍👩‍👧 and 🇰🇷" },
        { "Кириллица: «Справа налево, не тот человек»", "Кириллица: «Справа налево, не тот человек»" },
        { "Tab\there, bell\u0007, null\0, escape\u001b, DEL\u007f", "Tab here, bell, null, escape, DEL" },
        { "DTSTART:19700101T000000Z", "DTSTART:19700101T000000Z" },
    };

    [Theory]
    [MemberData(nameof(HostileTitles))]
    public void Build_HostileTitle_RoundTripsAsOneSummaryOfOneEvent(string title, string expected)
    {
        var release = FeedSamples.Make(1, title, ReleaseKind.Other, new DateOnly(2024, 5, 24), subjects: FeedSamples.Rm());
        release.Description = title;

        var bytes = CalendarBuilder.Build(Header, [release], FeedSamples.Options());

        var calendar = FeedSamples.Parse(bytes);
        var evt = Assert.Single(calendar.Events);
        Assert.Equal($"RM — \"{expected}\"", evt.Summary);
        Assert.StartsWith(expected + "\n\nTime TBA", evt.Description, StringComparison.Ordinal);
        var lines = FeedSamples.Lines(bytes);
        Assert.Single(lines, l => l == "BEGIN:VEVENT");
        Assert.Single(lines, l => l == "END:VEVENT");
        Assert.Single(lines, l => l.StartsWith("SUMMARY:", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("DTSTART", StringComparison.Ordinal));
        AssertPhysicalLinesAreWellFormed(bytes);
    }

    [Fact]
    public void Build_LoneSurrogate_IsDroppedNotTurnedIntoReplacementCharacters()
    {
        // A fact, not theory data: xunit would replace the lone surrogate while serializing the case.
        var release = FeedSamples.Make(1, "Lone \ud83d surrogate \ude00", ReleaseKind.Other, new DateOnly(2024, 5, 24),
            subjects: FeedSamples.Rm());

        var evt = Assert.Single(FeedSamples.Parse(CalendarBuilder.Build(Header, [release], FeedSamples.Options())).Events);

        Assert.Equal("RM — \"Lone  surrogate\"", evt.Summary);
    }

    [Fact]
    public void Build_SpecialCharacters_AreEscapedOnTheWire()
    {
        var release = FeedSamples.Make(1, "a;b,c\\d\ne", ReleaseKind.Other, new DateOnly(2024, 5, 24), subjects: FeedSamples.Rm());

        var lines = FeedSamples.Lines(CalendarBuilder.Build(Header, [release], FeedSamples.Options()));

        Assert.Contains("SUMMARY:RM — \"a\\;b\\,c\\\\d\\ne\"", lines);
    }

    [Theory]
    [InlineData("😀", 200)]
    [InlineData("ё", 200)]
    [InlineData("한", 200)]
    [InlineData("👩‍👩‍👧", 40)]
    [InlineData("a😀", 100)]
    [InlineData("ab😀", 100)]
    public void Build_LongMultibyteText_FoldsAt75OctetsWithoutSplittingCharacters(string unit, int repeat)
    {
        var title = string.Concat(Enumerable.Repeat(unit, repeat));
        var release = FeedSamples.Make(1, title, ReleaseKind.Other, new DateOnly(2024, 5, 24), subjects: FeedSamples.Rm());
        release.Description = title;

        var bytes = CalendarBuilder.Build(Header, [release], FeedSamples.Options());

        AssertPhysicalLinesAreWellFormed(bytes);
        var evt = Assert.Single(FeedSamples.Parse(bytes).Events);
        Assert.Equal($"RM — \"{title}\"", evt.Summary);
        Assert.StartsWith(title, evt.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HostileCalendarName_StaysOneProperty()
    {
        var header = new FeedHeader("Name\r\nX-EVIL:1;a,b", "Desc\nBEGIN:VEVENT");

        var bytes = CalendarBuilder.Build(header, [], FeedSamples.Options());

        var lines = FeedSamples.Lines(bytes);
        Assert.Contains("X-WR-CALNAME:Name\\nX-EVIL:1\\;a\\,b", lines);
        Assert.Contains("X-WR-CALDESC:Desc\\nBEGIN:VEVENT", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("X-EVIL", StringComparison.Ordinal) || l == "BEGIN:VEVENT");
        AssertPhysicalLinesAreWellFormed(bytes);
    }

    /// <summary>Each physical line: CRLF-terminated, at most 75 octets, valid UTF-8 on its own (RFC 5545 §3.1).</summary>
    static void AssertPhysicalLinesAreWellFormed(byte[] bytes)
    {
        Assert.True(bytes.Length >= 2 && bytes[^2] == '\r' && bytes[^1] == '\n', "the feed must end with CRLF");
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\r')
            {
                Assert.True(i + 1 < bytes.Length && bytes[i + 1] == '\n', $"bare CR at byte {i}");
            }
            else if (bytes[i] == '\n')
            {
                Assert.True(i > 0 && bytes[i - 1] == '\r', $"bare LF at byte {i}");
                var line = bytes.AsSpan(start, i - 1 - start);
                Assert.True(line.Length <= 75, $"line at byte {start} is {line.Length} octets");
                var text = StrictUtf8.GetString(line); // throws if a fold split a UTF-8 sequence
                Assert.DoesNotContain(text, c => char.IsControl(c) || c == '\uFFFD');
                start = i + 1;
            }
        }
    }
}
