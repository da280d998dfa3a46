using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace ReleaseCalendar.Feeds;

/// <summary>
/// Writes RFC 5545 content lines straight to UTF-8: TEXT escaping (§3.3.11), parameter quoting (§3.2), folding at
/// 75 octets on code-point boundaries and CRLF (§3.1). It knows no components or properties beyond their names;
/// <see cref="CalendarBuilder"/> decides what goes where. One writer renders one feed, then is disposed.
/// </summary>
/// <remarks>
/// Exists because Ical.Net's CalendarSerializer costs ~70–100 µs an event (an object graph, a string per property
/// and per component, then our re-fold), 4–5× the 20 µs an event that a 1,000-event feed may take (issue 2 §8).
/// Ical.Net still reads feeds back in tests; the golden files prove both paths give the same bytes.
/// </remarks>
public sealed class IcsWriter(int capacity = 4096) : IDisposable
{
    /// <summary>RFC 5545 §3.1: lines are folded at 75 octets, not counting the CRLF.</summary>
    public const int MaxLineOctets = 75;

    byte[] _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));
    int _length;
    int _lineOctets; // octets on the current physical line, for folding

    public int Length => _length;

    public void Begin(string component) => Property("BEGIN", component);

    public void End(string component) => Property("END", component);

    /// <summary>A whole content line whose value is TEXT (escaped).</summary>
    public void Property(string name, string text)
    {
        Name(name);
        Text(text);
        EndLine();
    }

    /// <summary>Starts a content line; follow with <see cref="Param"/>s, one value call and <see cref="EndLine"/>.</summary>
    public void Name(string name)
    {
        _lineOctets = 0;
        Append(name, escape: false);
    }

    /// <summary>
    /// <c>;NAME=value</c>. RFC 5545 §3.2: a value with ':', ';' or ',' is quoted, and DQUOTE cannot occur in one at
    /// all, so it is dropped (as Ical.Net does); control characters are dropped too.
    /// </summary>
    public void Param(string name, string value)
    {
        AppendAscii(';');
        Append(name, escape: false);
        AppendAscii('=');
        var quote = value.AsSpan().IndexOfAny(";:,") >= 0;
        if (quote) AppendAscii('"');
        Append(value.Contains('"', StringComparison.Ordinal) ? value.Replace("\"", "", StringComparison.Ordinal) : value,
            escape: false);
        if (quote) AppendAscii('"');
    }

    /// <summary><c>:value</c> as TEXT: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11).</summary>
    public void Text(string value)
    {
        AppendAscii(':');
        Append(value, escape: true);
    }

    /// <summary><c>:value</c> verbatim, for values that are not TEXT (URI, INTEGER, an enumerated token).</summary>
    public void Raw(string value)
    {
        AppendAscii(':');
        Append(value, escape: false);
    }

    /// <summary><c>:</c> then an integer (SEQUENCE).</summary>
    public void Integer(int value)
    {
        AppendAscii(':');
        if (value < 0)
        {
            AppendAscii('-');
            value = -value;
        }
        Span<char> digits = stackalloc char[10];
        var n = 0;
        do
        {
            digits[n++] = (char)('0' + value % 10);
            value /= 10;
        } while (value > 0);
        while (n > 0) AppendAscii(digits[--n]);
    }

    /// <summary><c>:YYYYMMDD</c> (RFC 5545 §3.3.4).</summary>
    public void Date(int year, int month, int day)
    {
        AppendAscii(':');
        Digits(year, 4);
        Digits(month, 2);
        Digits(day, 2);
    }

    /// <summary><c>:YYYYMMDDTHHMMSS</c>, with a trailing Z for UTC (RFC 5545 §3.3.5 forms 1 to 3).</summary>
    public void DateTime(int year, int month, int day, int hour, int minute, int second, bool utc)
    {
        Date(year, month, day);
        AppendAscii('T');
        Digits(hour, 2);
        Digits(minute, 2);
        Digits(second, 2);
        if (utc) AppendAscii('Z');
    }

    public void EndLine()
    {
        Ensure(2);
        _buffer[_length++] = (byte)'\r';
        _buffer[_length++] = (byte)'\n';
        _lineOctets = 0;
    }

    /// <summary>The feed so far, as an array of exactly its length.</summary>
    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }

    void Digits(int value, int width)
    {
        Span<char> digits = stackalloc char[10];
        for (var i = width - 1; i >= 0; i--)
        {
            digits[i] = (char)('0' + value % 10);
            value /= 10;
        }
        for (var i = 0; i < width; i++) AppendAscii(digits[i]);
    }

    // Every output octet passes through here: skip tier-0 JIT, which made a process's first renders ~5x slower.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void Append(string value, bool escape)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x80)
            {
                if (escape)
                {
                    switch (c)
                    {
                        case '\\' or ';' or ',':
                            AppendAscii('\\');
                            AppendAscii(c);
                            continue;
                        case '\r' or '\n':
                            // CRLF, CR and LF are each one line break, written as \n.
                            if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n') i++;
                            AppendAscii('\\');
                            AppendAscii('n');
                            continue;
                    }
                }
                // Other controls cannot appear in a content line (RFC 5545 §3.1, §3.3.11); HTAB is allowed.
                if (c < 0x20 && c != '\t' || c == 0x7F) continue;
                AppendAscii(c);
            }
            else
            {
                // A lone surrogate becomes U+FFFD, as UTF-8 encoding would make it.
                var rune = Rune.TryGetRuneAt(value, i, out var r) ? r : Rune.ReplacementChar;
                if (!rune.IsBmp) i++;
                AppendRune(rune);
            }
        }
    }

    void AppendAscii(char c)
    {
        if (_lineOctets == MaxLineOctets) Fold();
        Ensure(1);
        _buffer[_length++] = (byte)c;
        _lineOctets++;
    }

    void AppendRune(Rune rune)
    {
        var octets = rune.Utf8SequenceLength;
        if (_lineOctets + octets > MaxLineOctets) Fold();
        Ensure(octets);
        _length += rune.EncodeToUtf8(_buffer.AsSpan(_length));
        _lineOctets += octets;
    }

    // RFC 5545 §3.1: CRLF then one space; the space counts towards the next line's 75 octets.
    void Fold()
    {
        Ensure(3);
        _buffer[_length++] = (byte)'\r';
        _buffer[_length++] = (byte)'\n';
        _buffer[_length++] = (byte)' ';
        _lineOctets = 1;
    }

    void Ensure(int more)
    {
        if (_length + more <= _buffer.Length) return;
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
