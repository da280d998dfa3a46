using System.Text;

namespace ReleaseCalendar.Ingest.Sources.ICal;

/// <summary>An .ics response body → the text <see cref="ICalMapper"/> reads. Pure.</summary>
public static class ICalBody
{
    // RFC 5545 §3.1.4: the default charset is UTF-8; a BOM is dropped, invalid bytes become U+FFFD.
    public static string Decode(ReadOnlySpan<byte> body)
    {
        var bom = Encoding.UTF8.Preamble;
        return Encoding.UTF8.GetString(Unfold(body.StartsWith(bom) ? body[bom.Length..] : body));
    }

    /// <summary>
    /// Joins folded lines on the octets: a line break (CRLF, or a bare LF or CR as Ical.Net also accepts) and the one
    /// space or tab after it go. RFC 5545 §3.1: folding may split a UTF-8 sequence, so unfolding must come before
    /// decoding; decoded first, each half would become U+FFFD.
    /// </summary>
    public static ReadOnlySpan<byte> Unfold(ReadOnlySpan<byte> body)
    {
        var at = body.IndexOfAny((byte)'\r', (byte)'\n');
        if (at < 0) return body;
        var output = new byte[body.Length];
        var length = 0;
        while (at >= 0)
        {
            var next = at + (body[at] == '\r' && at + 1 < body.Length && body[at + 1] == '\n' ? 2 : 1);
            var fold = next < body.Length && body[next] is (byte)' ' or (byte)'\t';
            var kept = fold ? at : next;
            body[..kept].CopyTo(output.AsSpan(length));
            length += kept;
            body = body[(fold ? next + 1 : next)..];
            at = body.IndexOfAny((byte)'\r', (byte)'\n');
        }
        body.CopyTo(output.AsSpan(length));
        return output.AsSpan(0, length + body.Length);
    }
}
