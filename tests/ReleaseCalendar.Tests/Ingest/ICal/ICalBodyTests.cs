using System.Text;
using ReleaseCalendar.Ingest.Sources.ICal;

namespace ReleaseCalendar.Tests.Ingest.ICal;

public sealed class ICalBodyTests
{
    const string Title = "aespa — клип «Dirty Work» одновременно с цифровым релизом";

    // "SUMMARY:<title>" folded with the given break between the two octets of the "о" in «релизом» (D0 BE),
    // as a writer that folds at 75 octets without looking at characters does (RFC 5545 §3.1).
    static byte[] FoldedInsideCharacter(string lineBreak)
    {
        var line = Encoding.UTF8.GetBytes("SUMMARY:" + Title);
        var at = line.Length - 3;   // «…ом» ends D0 BE D0 BC: the break goes after the D0 of «о»
        Assert.Equal((0xD0, 0xBE), (line[at - 1], line[at]));
        return [.. line[..at], .. Encoding.ASCII.GetBytes(lineBreak), .. line[at..]];
    }

    [Theory]
    [InlineData("\r\n ")]
    [InlineData("\r\n\t")]
    [InlineData("\n ")]
    [InlineData("\n\t")]
    public void Decode_FoldInsideAUtf8Character_RestoresTheCharacter(string fold)
    {
        var text = ICalBody.Decode(FoldedInsideCharacter(fold));

        Assert.Equal("SUMMARY:" + Title, text);
    }

    [Fact]
    public void Decode_LineBreakWithoutFold_IsKept()
    {
        var body = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nVERSION:2.0\nPRODID:x\r\nEND:VCALENDAR\r\n");

        Assert.Equal("BEGIN:VCALENDAR\r\nVERSION:2.0\nPRODID:x\r\nEND:VCALENDAR\r\n", ICalBody.Decode(body));
    }

    [Fact]
    public void Decode_FoldedAsciiAndBom_UnfoldsAndDropsTheBom()
    {
        byte[] body = [.. Encoding.UTF8.Preamble, .. "DESCRIPTION:first\r\n  second\r\n\tthird\r\nUID:a"u8];

        // Only the one space or tab after the break goes; a second space is content.
        Assert.Equal("DESCRIPTION:first secondthird\r\nUID:a", ICalBody.Decode(body));
    }
}
