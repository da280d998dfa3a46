using ReleaseCalendar.Extraction.Languages;
using ReleaseCalendar.Extraction.Mentions;
using ReleaseCalendar.Extraction.Sentences;

namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>The word tables and the phrase matcher under every stage: their shortcuts must never change what matches.</summary>
public sealed class LookupTests
{
    [Theory]
    [InlineData("май", true)]
    [InlineData("мая", true)]
    [InlineData("ма", false)]   // shorter than every key
    [InlineData("маяк", false)] // longer than the keys of its first letter, not longer than all
    [InlineData("пая", false)]  // a first letter no key has
    [InlineData("june", true)]
    [InlineData("junes", false)]
    [InlineData("september", true)] // the longest key
    [InlineData("", false)]
    public void SpanMap_Word_IsFoundOnlyWhenItIsAKey(string word, bool found)
    {
        var map = SpanMap<bool>.Of(["май", "мая", "june", "september"]);
        Assert.Equal(found, map.Contains(word));
        Assert.Equal(found, map.TryGet(word, out _));
    }

    [Fact]
    public void SpanMap_Empty_HoldsNothing() =>
        Assert.False(SpanMap<int>.Of([]).Contains("a"));

    [Theory]
    [InlineData("в", 1, "в")]
    [InlineData("в продаже", 2, "в продаже")]
    [InlineData("в продаже с", 2, "в продаже")]
    [InlineData("в прокате", 2, "в прокат*")]   // a stem as the second word
    [InlineData("в прокатах", 2, "в прокат*")]
    [InlineData("в мае", 1, "в")]                // shares the first word only
    [InlineData("g i-dle выпустят", 2, "g i-dle")]
    [InlineData("g)i-dle выпустят", 3, "g i-dle")] // punctuation glued on both sides is skipped between words
    [InlineData("g) i-dle", 0, "")]
    [InlineData("irene & seulgi", 3, "irene & seulgi")]
    [InlineData("irene seulgi", 0, "")]
    [InlineData("хены", 1, "хен^")]             // a stem that lost its ending takes a case ending…
    [InlineData("хен", 0, "")]                  // …but not none
    [InlineData("хенджин", 0, "")]
    [InlineData("чимин", 1, "чимин~")]          // a stem that lost nothing stands alone too
    [InlineData("чимина", 1, "чимин~")]
    [InlineData("hi bye, mama!", 4, "hi bye mama")]  // a comma glued to the word before is skipped…
    [InlineData("hi bye ,mama", 0, "")]             // …not one glued to the word after
    [InlineData("mr. queen", 3, "mr queen")]        // round 33: nor a full stop glued to the word before ("Mr. Queen")…
    [InlineData("mr .queen", 0, "")]                // …not one glued to the word after
    public void PhraseMatcher_Text_MatchesTheLongestPhraseAtItsFirstToken(string text, int endIndex, string phrase)
    {
        var matcher = new PhraseMatcher<string>(
            new[] { "в", "в продаже", "в прокат*", "g i-dle", "irene & seulgi", "в продаже с утра", "хен^", "чимин~", "hi bye mama", "mr queen" }.Select(p => (p, p)));
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        var found = matcher.TryMatch(text, tokens, 0, out var value, out var end);
        Assert.Equal(endIndex > 0, found);
        Assert.Equal(endIndex, found ? end : 0);
        Assert.Equal(phrase, found ? value : "");
    }

    [Theory]
    [InlineData("Hi Bye, Mama", "hi-bye-mama")]
    [InlineData("hi bye mama!", "hi-bye-mama")]
    [InlineData("Hi Bye Mamas", null)]
    public void ResolveExact_NameAsWritten_IgnoresCommasAndMarks(string name, string? slug) =>
        Assert.Equal(slug, new ExtractionCatalog([KeyValuePair.Create("hi-bye-mama", (IReadOnlyList<string>)["Hi Bye, Mama!"])]).ResolveExact(name));

    [Theory]
    [InlineData("Воспоминаний об Альгамбре", "memories-of-the-alhambra")] // the genitive plural of an «-ия» noun
    [InlineData("Воспоминаниями об Альгамбре", "memories-of-the-alhambra")]
    [InlineData("Судьи-дьявола", "the-devil-judge")]                        // both parts of a hyphenated word inflect
    [InlineData("Судьёй-дьяволом", "the-devil-judge")]
    [InlineData("Воспоминания", null)]
    // Round 20 (part at): a fleeting vowel («Любовь» → «Любви», «Клетки» → «Клеток») is left out on both sides.
    [InlineData("Любви по соседству", "love-next-door")]
    [InlineData("Любовью по соседству", "love-next-door")]
    [InlineData("Клеток Юми", "yumis-cells")]
    [InlineData("Любимый по соседству", null)]
    [InlineData("Премьер-министра и меня", "the-prime-minister-and-i")] // round 31 (part bi): a pronoun's case form
    [InlineData("Премьер-министром и мной", "the-prime-minister-and-i")]
    // Round 33: a possessive pronoun's case form («Моих», «Моего», «Нашей»).
    [InlineData("Моих записок об освобождении", "my-liberation-notes")]
    [InlineData("Моего милого гангстера", "my-sweet-mobster")]
    [InlineData("Нашей любви", "our-love")]
    [InlineData("Твоего милого гангстера", null)]
    public void ResolveExact_InflectedRussianTitle_IsTheCatalogsWork(string name, string? slug) =>
        Assert.Equal(slug, new ExtractionCatalog([
            KeyValuePair.Create("memories-of-the-alhambra", (IReadOnlyList<string>)["Воспоминания об Альгамбре"]),
            KeyValuePair.Create("the-devil-judge", (IReadOnlyList<string>)["Судья-дьявол"]),
            KeyValuePair.Create("love-next-door", (IReadOnlyList<string>)["Любовь по соседству"]),
            KeyValuePair.Create("yumis-cells", (IReadOnlyList<string>)["Клетки Юми"]),
            KeyValuePair.Create("the-prime-minister-and-i", (IReadOnlyList<string>)["Премьер-министр и я"]),
            KeyValuePair.Create("my-liberation-notes", (IReadOnlyList<string>)["Мои записки об освобождении"]),
            KeyValuePair.Create("my-sweet-mobster", (IReadOnlyList<string>)["Мой милый гангстер"]),
            KeyValuePair.Create("our-love", (IReadOnlyList<string>)["Наша любовь"])]).ResolveExact(name));

    [Theory]
    [InlineData("любов по соседств", "любв по соседств")]
    [InlineData("клеток юми", "клетк юми")]
    [InlineData("дом", "дом")]           // a stem of three letters keeps its vowel
    [InlineData("соседств", "соседств")] // no vowel between the last two consonants
    [InlineData("love", "love")]
    public void Skeleton_Key_LeavesOutAFleetingVowel(string key, string skeleton) =>
        Assert.Equal(skeleton, ExtractionCatalog.Skeleton(key));

    [Theory]
    [InlineData("PoliceUniversity", "police-university")]
    [InlineData("полицейскийуниверситет", "police-university")]
    [InlineData("Police", null)]
    public void ResolveHashtag_NameRunTogether_IsTheSeveralWordAlias(string tag, string? slug) =>
        Assert.Equal(slug, new ExtractionCatalog([KeyValuePair.Create("police-university", (IReadOnlyList<string>)["Police University", "Полицейский университет", "Police"])])
            .ResolveHashtag(tag)?.Slug);

    // Round 31 (part bi): a work called after a place (the film "Korea", As One) is that work only in quotes; the place
    // unquoted is the place, in any case form («в Корее», «Сначала — Корея:»).
    [Theory]
    [InlineData("en", "The Korean edition of Super Junior-M's EP \"Swing\" will be released in Korea on March 31.", "super-junior-m ep 2014-03-31")]
    [InlineData("ru", "Дебютный мини-альбом Sonamoo «Deja Vu» выйдет в Корее 29 марта.", "sonamoo ep 2014-03-29")]
    [InlineData("ru", "Sonamoo выпустят два релиза. Сначала — Корея: второй полноформатный альбом «NOEASY» выйдет 23 августа.", "sonamoo album 2014-08-23")]
    [InlineData("ru", "Sonamoo дебютировали. Мини-альбом «Deja Vu» вышел в Корее в понедельник.", "sonamoo ep 2014-03-17")]
    [InlineData("ru", "В Южной Корее дебютировала женская группа Sonamoo\n\nАгентство TS Entertainment представило новую женскую группу Sonamoo.\n\n" +
                      "Дебютный мини-альбом «Deja Vu» и клип на одноимённую заглавную песню вышли в понедельник в полдень по сеульскому времени.",
        "sonamoo mv 2014-03-17; sonamoo ep 2014-03-17")]
    [InlineData("ru", "Фильм «Корея» выходит в прокат 3 мая.", "as-one film 2014-05-03")]
    public void Extract_ActCalledAfterAPlace_IsThatActOnlyInQuotes(string lang, string text, string expected)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("as-one", (IReadOnlyList<string>)["As One", "Korea", "Корея", "코리아"]),
            KeyValuePair.Create("super-junior-m", (IReadOnlyList<string>)["Super Junior-M"]),
            KeyValuePair.Create("sonamoo", (IReadOnlyList<string>)["Sonamoo"]),
        ]);
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2014, 3, 20), lang == "ru" ? Language.Ru : Language.En), catalog);
        Assert.Equal(expected, string.Join("; ", found.Select(c => $"{c.ResolvedSubjectSlug} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")));
    }

    [Theory]
    [InlineData("ÀÉÎ «Ё» — 한국", "àéî «е» — 한국")]
    [InlineData("IU’s ALBUM", "iu's album")]
    [InlineData("ЁЛКА", "елка")]
    public void Lower_Text_KeepsItsLengthAndFoldsCaseYoAndApostrophes(string text, string lower)
    {
        Assert.Equal(lower, TextNormalizer.Lower(text));
        Assert.Equal(text.Length, TextNormalizer.Lower(text).Length);
    }
}
