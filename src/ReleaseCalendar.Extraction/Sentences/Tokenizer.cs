namespace ReleaseCalendar.Extraction.Sentences;

internal enum TokenType : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>A word, a run of ASCII digits, or one punctuation char; offsets index the article text.</summary>
internal readonly record struct Token(int Start, int Length, TokenType Type, bool SpaceBefore)
{
    public int End => Start + Length;
}

internal static class Tokenizer
{
    // Numbers longer than this are ids or phone numbers, never days, hours or years.
    const int MaxNumberLength = 9;

    // А–я, most of a Russian text, are letters: a range check spares them the Unicode tables.
    static bool IsBasicCyrillic(char c) => c is >= 'А' and <= 'я';

    public static void Tokenize(string text, int start, int end, List<Token> into)
    {
        var space = true;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (!IsBasicCyrillic(c) && char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }
            var s = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < end && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
                // "4minute", "3RACHA", "88rising": three Latin letters glued to a number make a name, not a number and a word
                // ("10pm", "21st" keep their number, and so do Russian "10мая", "2024года" and a time's "18:00KST").
                var inTime = s > start && text[s - 1] is ':' or '.';
                if (inTime || !(i + 2 < end && char.IsAsciiLetter(text[i]) && char.IsAsciiLetter(text[i + 1]) && char.IsAsciiLetter(text[i + 2])))
                {
                    into.Add(new Token(s, i - s, i - s > MaxNumberLength ? TokenType.Punct : TokenType.Number, space));
                    space = false;
                    continue;
                }
            }
            if (IsBasicCyrillic(c) || char.IsLetter(c) || char.IsAsciiDigit(c))
            {
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (IsBasicCyrillic(d) || char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        i++;
                    }
                    // "мини-альбом", "K-pop", "j-hope" stay one word; "24-го" does not start with a letter.
                    else if (TextNormalizer.IsDash(d) && d != '—' && i + 1 < end && char.IsLetter(text[i + 1]))
                    {
                        i += 2;
                    }
                    // "BLOOM*IZ", "RUNSEOKJIN_EP": a stylised name is one word, so "IZ" or "EP" in it is no name or kind.
                    else if (d is '*' or '_' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }
                into.Add(new Token(s, i - s, TokenType.Word, space));
            }
            else
            {
                i++;
                into.Add(new Token(s, 1, TokenType.Punct, space));
            }
            space = false;
        }
    }
}
