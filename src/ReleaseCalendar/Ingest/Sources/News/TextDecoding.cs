using System.Text;
using System.Text.RegularExpressions;

namespace ReleaseCalendar.Ingest.Sources.News;

/// <summary>Bytes of a feed or page → text: a BOM, else the charset the document declares (an XML declaration or an
/// HTML meta tag in its first 1 KB), else UTF-8. Russian sites still serve windows-1251 and KOI8-R.</summary>
public static partial class TextDecoding
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith(Encoding.Unicode.Preamble)) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith(Encoding.BigEndianUnicode.Preamble)) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        var declared = Declared().Match(head);
        var encoding = declared.Success ? EncodingNamed(declared.Groups["name"].Value) : null;
        // A document that declares UTF-16 but carries no BOM was re-encoded on the way: its bytes are ASCII-compatible.
        if (encoding is null || encoding is UnicodeEncoding) encoding = Encoding.UTF8;
        return encoding.GetString(bytes);
    }

    // A local provider, not Encoding.RegisterProvider: the code pages are needed here only, not process-wide.
    static Encoding? EncodingNamed(string name)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""(?:encoding|charset)\s*=\s*["']?(?<name>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Declared();
}
