namespace ReleaseCalendar.Extraction.Languages;

/// <summary>A <see cref="LanguageTable"/> turned into span lookups and phrase matchers, built once per process.</summary>
internal sealed class CompiledLanguage
{
    static readonly CompiledLanguage RussianInstance = new(RussianTable.Create());
    static readonly CompiledLanguage EnglishInstance = new(EnglishTable.Create());

    CompiledLanguage(LanguageTable table)
    {
        Table = table;
        Months = new SpanMap<int>(table.Months);
        Weekdays = new SpanMap<DayOfWeek>(table.Weekdays);
        WeekdayAbbreviations = new SpanMap<DayOfWeek>(table.WeekdayAbbreviations);
        WeekdayModifiers = new SpanMap<WeekdayModifier>(table.WeekdayModifiers);
        DurationUnits = new SpanMap<int>(table.DurationUnits);
        NumberWords = new SpanMap<int>(table.NumberWords);
        SeparableMoves = new SpanMap<string[]>(table.SeparableMoves.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.Split(' '))));
        MoveDayWords = SpanMap<bool>.Of(table.MoveDayWords);
        MoveDatePrepositions = SpanMap<bool>.Of(table.MoveDatePrepositions);
        TradeVerbs = SpanMap<bool>.Of(table.TradeVerbs);
        TradeForWords = SpanMap<bool>.Of(table.TradeForWords);
        DayParts = new SpanMap<DayPart>(table.DayParts);
        FixedTimes = new SpanMap<int>(table.FixedTimes);
        DatePrepositions = SpanMap<bool>.Of(table.DatePrepositions);
        WeekdayPrepositions = SpanMap<bool>.Of(table.WeekdayPrepositions);
        ShiftVerbs = SpanMap<bool>.Of(table.ShiftVerbs);
        PlanParticiples = SpanMap<bool>.Of(table.PlanParticiples);
        PastAuxiliaries = SpanMap<bool>.Of(table.PastAuxiliaries);
        PluperfectAuxiliaries = SpanMap<bool>.Of(table.PluperfectAuxiliaries);
        AheadWords = SpanMap<bool>.Of(table.AheadWords);
        PastPlanVerbs = SpanMap<bool>.Of(table.PastPlanVerbs);
        PlanAdverbs = SpanMap<bool>.Of(table.PlanAdverbs);
        AlsoWords = SpanMap<bool>.Of(table.AlsoWords);
        ShiftedWords = SpanMap<bool>.Of(table.ShiftedWords);
        DayOfWords = SpanMap<bool>.Of(table.DayOfWords);
        InfinitiveBe = SpanMap<bool>.Of(table.InfinitiveBe);
        NotThisPlanWords = SpanMap<bool>.Of(table.NotThisPlanWords);
        DurationPrepositions = SpanMap<bool>.Of(table.DurationPrepositions);
        OrdinalSuffixes = SpanMap<bool>.Of(table.OrdinalSuffixes);
        EpisodeOrdinalSuffixes = SpanMap<bool>.Of(table.EpisodeOrdinalSuffixes);
        LaterWords = SpanMap<bool>.Of(table.LaterWords);
        FinaleWords = SpanMap<bool>.Of(table.FinaleWords);
        LastEpisodeWords = SpanMap<bool>.Of(table.LastEpisodeWords);
        RunEndWords = SpanMap<bool>.Of(table.RunEndWords);
        ItWords = SpanMap<bool>.Of(table.ItWords);
        ClearedForWords = SpanMap<bool>.Of(table.ClearedForWords);
        ContractedPronouns = SpanMap<bool>.Of(table.ContractedPronouns);
        ItAuxiliaries = SpanMap<bool>.Of(table.ItAuxiliaries);
        FormerlyWords = SpanMap<bool>.Of(table.FormerlyWords);
        WasLabels = SpanMap<bool>.Of(table.WasLabels);
        NowLabels = SpanMap<bool>.Of(table.NowLabels);
        RegularWords = SpanMap<bool>.Of(table.RegularWords);
        NamedLabelNouns = SpanMap<bool>.Of(table.NamedLabelNouns);
        DateNouns = SpanMap<bool>.Of(table.DateNouns);
        EarlierWords = SpanMap<bool>.Of(table.EarlierWords);
        EarlierSayWords = SpanMap<bool>.Of(table.EarlierSayWords);
        PlanAsideParticiples = SpanMap<bool>.Of(table.PlanAsideParticiples);
        PlanAsidePrepositions = SpanMap<bool>.Of(table.PlanAsidePrepositions);
        InfinitiveMarkers = SpanMap<bool>.Of(table.InfinitiveMarkers);
        FormerPlanAdjectives = SpanMap<bool>.Of(table.FormerPlanAdjectives);
        PlanNouns = SpanMap<bool>.Of(table.PlanNouns);
        EarlierShiftWords = SpanMap<bool>.Of(table.EarlierShiftWords);
        EarlierReportOpenings = [.. table.EarlierReportOpenings.Select(p => p.Replace(",", " , ").Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        ThatDateOpenings = [.. table.ThatDateOpenings.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        ThatDateLeadIns = SpanMap<bool>.Of(table.ThatDateLeadIns);
        AtThatTimeWords = SpanMap<bool>.Of(table.AtThatTimeWords);
        NoneWords = SpanMap<bool>.Of(table.NoneWords);
        IndefiniteArticles = SpanMap<bool>.Of(table.IndefiniteArticles);
        ResultativeVerbs = SpanMap<bool>.Of(table.ResultativeVerbs);
        SeriesWords = SpanMap<bool>.Of(table.SeriesWords);
        OccasionWords = SpanMap<bool>.Of(table.OccasionWords);
        OccasionReleaseNouns = SpanMap<bool>.Of(table.OccasionReleaseNouns);
        OccasionOnWords = SpanMap<bool>.Of(table.OccasionOnWords);
        OccasionVerbs = SpanMap<bool>.Of(table.OccasionVerbs);
        OccasionRelations = SpanMap<bool>.Of(table.OccasionRelations);
        InsteadOfItPhrases = [.. table.InsteadOfItPhrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        InsteadOfWhatWords = SpanMap<bool>.Of(table.InsteadOfWhatWords);
        InsteadOfLeads = SpanMap<bool>.Of(table.InsteadOfLeads);
        OnWords = SpanMap<bool>.Of(table.OnWords);
        PreviousWords = SpanMap<bool>.Of(table.PreviousWords);
        OutletNouns = SpanMap<bool>.Of(table.OutletNouns);
        BatchWords = SpanMap<bool>.Of(table.BatchWords);
        ContinuationWords = SpanMap<bool>.Of(table.ContinuationWords);
        RunNouns = SpanMap<bool>.Of(table.RunNouns);
        CinemaOpenings = SpanMap<bool>.Of(table.CinemaOpenings);
        YearWords = SpanMap<bool>.Of(table.YearWords);
        DayWords = SpanMap<bool>.Of(table.DayWords);
        TitleIntroducers = SpanMap<bool>.Of(table.TitleIntroducers);
        VideoSongPrepositions = SpanMap<bool>.Of(table.VideoSongPrepositions);
        WithWords = SpanMap<bool>.Of(table.WithWords);
        BylineWords = SpanMap<bool>.Of(table.BylineWords);
        AuthorWords = SpanMap<bool>.Of(table.AuthorWords);
        SlotNouns = SpanMap<bool>.Of(table.SlotNouns);
        SlotShowNouns = SpanMap<bool>.Of(table.SlotShowNouns);
        SlotClassWords = SpanMap<bool>.Of(table.SlotClassWords);
        PossessiveDeterminers = SpanMap<bool>.Of(table.PossessiveDeterminers);
        PercentWords = SpanMap<bool>.Of(table.PercentWords);
        PassiveAuxiliaries = SpanMap<bool>.Of(table.PassiveAuxiliaries);
        PlaceStarts = SpanMap<bool>.Of(table.Places.Select(p => p[..Math.Min(3, p.Length)]).Distinct(StringComparer.Ordinal));
        OrganisationNouns = SpanMap<bool>.Of(table.OrganisationNouns);
        CompanyWords = SpanMap<bool>.Of(table.CompanyWords);
        CompanyTailWords = SpanMap<bool>.Of(table.CompanyTailWords);
        BehindWords = SpanMap<bool>.Of(table.BehindWords);
        WeekPhrases = [.. table.WeekPhrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        NextMonthPhrases = [.. table.NextMonthPhrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        HolidayDays = [.. table.HolidayDays.Select(h => (new[] { h.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries) }, h.Month, h.Day))];
        StorySettingWords = SpanMap<bool>.Of(table.StorySettingWords);
        AsUsualPhrases = [.. table.AsUsualPhrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        ThisMonthPhrases = [.. table.ThisMonthPhrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        HolidayWords = SpanMap<bool>.Of(table.HolidayWords);
        HolidayPhrases = [.. table.HolidayPhrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        DirectorWords = SpanMap<bool>.Of(table.DirectorWords);
        HolidayVerbs = SpanMap<bool>.Of(table.HolidayVerbs);
        TvWords = SpanMap<bool>.Of(table.TvWords);
        ListingTailWords = SpanMap<bool>.Of(table.ListingTailWords);
        PlotWords = SpanMap<bool>.Of(table.PlotWords);
        EpisodeCountWords = SpanMap<bool>.Of(table.EpisodeCountWords);
        ComplementWords = SpanMap<bool>.Of(table.ComplementWords);
        PlanDateWords = SpanMap<bool>.Of(table.PlanDateWords);
        NumberedEpisodeWords = SpanMap<bool>.Of(table.NumberedEpisodeWords);
        RangeWords = SpanMap<bool>.Of(table.RangeWords);
        ListWords = SpanMap<bool>.Of(table.ListWords);
        MoveWords = SpanMap<bool>.Of(table.MoveWords);
        BackWords = SpanMap<bool>.Of(table.BackWords);
        AffiliationWords = SpanMap<bool>.Of(table.AffiliationWords);
        HomeWords = SpanMap<bool>.Of(table.HomeWords);
        HomeLinkWords = table.HomeLinkWords.Count == 0 ? null : SpanMap<bool>.Of(table.HomeLinkWords);
        TonightWords = SpanMap<bool>.Of(table.TonightWords);
        HourWords = SpanMap<bool>.Of(table.HourWords);
        NameJoiners = SpanMap<bool>.Of(table.NameJoiners);
        NotNames = SpanMap<bool>.Of(table.NotNames);
        Organisations = SpanMap<bool>.Of(Words.Set(Words.Organisations));
        PlacePrepositions = SpanMap<bool>.Of(table.PlacePrepositions);
        ByWords = SpanMap<bool>.Of(table.ByWords);
        EventObjectLinks = SpanMap<bool>.Of(table.EventObjectLinks);
        FeaturingWords = SpanMap<bool>.Of(table.FeaturingWords);
        AppNouns = SpanMap<bool>.Of(table.AppNouns);
        FeaturedPartWords = SpanMap<bool>.Of(table.FeaturedPartWords);
        ComparisonWords = SpanMap<bool>.Of(table.ComparisonWords);
        MemorialWords = SpanMap<bool>.Of(table.MemorialWords);
        MemorialNouns = SpanMap<bool>.Of(table.MemorialNouns);
        AfterWords = SpanMap<bool>.Of(table.AfterWords);
        WhenWords = SpanMap<bool>.Of(table.WhenWords);
        ThenWords = SpanMap<bool>.Of(table.ThenWords);
        MoveToWords = SpanMap<bool>.Of(table.MoveToWords);
        MoveFromWords = SpanMap<bool>.Of(table.MoveFromWords);
        MovedOffWords = SpanMap<bool>.Of(table.MovedOffWords);
        CauseWords = SpanMap<bool>.Of(table.CauseWords);
        ReasonWords = SpanMap<bool>.Of(table.ReasonWords);
        LeadingReasonWords = SpanMap<bool>.Of(table.LeadingReasonWords);
        ThisTimePhrases = [.. table.ThisTimePhrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        AnymorePhrases = [.. table.AnymorePhrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        NoLongerPhrases = [.. table.NoLongerPhrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        ContrastWords = SpanMap<bool>.Of(table.ContrastWords);
        ConcessiveWords = SpanMap<bool>.Of(table.ConcessiveWords);
        DebutWords = SpanMap<bool>.Of(table.DebutWords);
        PostponementNouns = SpanMap<bool>.Of(table.PostponementNouns);
        InsteadWords = SpanMap<bool>.Of(table.InsteadWords);
        NowWords = SpanMap<bool>.Of(table.NowWords);
        DuetWords = SpanMap<bool>.Of(table.DuetWords);
        SeasonWords = SpanMap<bool>.Of(table.SeasonWords);
        SeasonOrdinals = new SpanMap<int>(table.SeasonOrdinals);
        NegationWords = SpanMap<bool>.Of(table.NegationWords);
        NegationExceptions = SpanMap<bool>.Of(table.NegationExceptions);
        StreamingServices = SpanMap<bool>.Of(table.StreamingServices);
        CinemaWords = SpanMap<bool>.Of(table.CinemaWords);
        BoxOffice = new PhraseMatcher<bool>(table.BoxOfficePhrases.Select(p => (p, true)));
        IndefiniteWords = SpanMap<bool>.Of(table.IndefiniteWords);
        LookBackWords = SpanMap<bool>.Of(table.LookBackWords);
        JustNowWords = SpanMap<bool>.Of(table.JustNowWords);
        AttributeWords = SpanMap<bool>.Of(table.AttributeWords);
        Determiners = SpanMap<bool>.Of(table.Determiners);
        OtherWorkBefore = SpanMap<bool>.Of(table.OtherWorkBefore);
        SucceedsPhrases = [.. table.SucceedsPhrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        SourcePhrases = [.. table.SourcePhrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        TimedAgainstWords = SpanMap<bool>.Of(table.TimedAgainstWords);
        OtherWorkAfter = SpanMap<bool>.Of(table.OtherWorkAfter);
        RivalWords = SpanMap<bool>.Of(table.RivalWords);
        ItsWords = SpanMap<bool>.Of(table.ItsWords);
        BothWords = SpanMap<bool>.Of(table.BothWords);
        Surnames = SpanMap<bool>.Of(table.Surnames);
        CastWords = SpanMap<bool>.Of(table.CastWords);
        AllWords = SpanMap<bool>.Of(table.AllWords);
        CastVerbs = SpanMap<bool>.Of(table.CastVerbs);
        CastVerbsAfterWork = SpanMap<bool>.Of(table.CastVerbsAfterWork);
        LabelPrepositions = SpanMap<bool>.Of(table.LabelPrepositions);
        AsWords = SpanMap<bool>.Of(table.AsWords);
        UnitNouns = SpanMap<bool>.Of(table.UnitNouns);
        StaysWords = SpanMap<bool>.Of(table.StaysWords);
        SourceWorkWords = SpanMap<bool>.Of(table.SourceWorkWords);
        SourcePeople = SpanMap<bool>.Of(table.SourcePeople);
        PurposeWords = SpanMap<bool>.Of(table.PurposeWords);
        CircumstanceWords = SpanMap<bool>.Of(table.CircumstanceWords);
        WeekdayLabels = SpanMap<bool>.Of(table.WeekdayLabels);
        PluralDayParts = SpanMap<bool>.Of(table.PluralDayParts);
        DayPartNouns = SpanMap<bool>.Of(table.DayPartNouns);
        UntilWords = SpanMap<bool>.Of(table.UntilWords);
        PluralWeekdays = new SpanMap<DayOfWeek>(table.PluralWeekdays);
        CreatorWords = SpanMap<bool>.Of(table.CreatorWords);
        MakerVerbs = SpanMap<bool>.Of(table.MakerVerbs);
        MakerNouns = SpanMap<bool>.Of(table.MakerNouns);
        Coordinators = SpanMap<bool>.Of(table.Coordinators);
        NowJoiners = SpanMap<bool>.Of(table.NowJoiners);
        DateStarters = SpanMap<bool>.Of(table.DatePrepositions.Concat(table.WeekdayPrepositions).Concat(table.WeekdayModifiers.Keys).Concat(table.Weekdays.Keys).Concat(table.PluralWeekdays.Keys)
            .Concat(table.WeekdayAbbreviations.Keys).Concat(table.Months.Keys).Concat(table.DurationPrepositions).Concat(table.NumberWords.Keys).Append("the").Append("спустя")
            .Distinct(StringComparer.Ordinal));
        Cues = new PhraseMatcher<Cue>(table.Cues);
        Zones = new PhraseMatcher<string>(table.Zones);
    }

    public static CompiledLanguage For(Language language) => language == Language.Ru ? RussianInstance : EnglishInstance;

    /// <summary>"postponing", "canceling": a verb form that is active after "is" (see <see cref="LanguageTable.ProgressiveEnding"/>).</summary>
    public bool Progressive(ReadOnlySpan<char> word) => Table.ProgressiveEnding.Length > 0 && word.EndsWith(Table.ProgressiveEnding, StringComparison.Ordinal);

    public LanguageTable Table { get; }
    public SpanMap<int> Months { get; }
    public SpanMap<DayOfWeek> Weekdays { get; }
    public SpanMap<DayOfWeek> WeekdayAbbreviations { get; }
    public SpanMap<WeekdayModifier> WeekdayModifiers { get; }
    public SpanMap<int> DurationUnits { get; }
    public SpanMap<int> NumberWords { get; }
    public SpanMap<string[]> SeparableMoves { get; }
    public SpanMap<bool> MoveDayWords { get; }
    public SpanMap<bool> MoveDatePrepositions { get; }
    public SpanMap<bool> TradeVerbs { get; }
    public SpanMap<bool> TradeForWords { get; }
    public SpanMap<DayPart> DayParts { get; }
    public SpanMap<int> FixedTimes { get; }
    public SpanMap<bool> DatePrepositions { get; }
    public SpanMap<bool> WeekdayPrepositions { get; }
    public SpanMap<bool> ShiftVerbs { get; }
    public SpanMap<bool> PlanParticiples { get; }
    public SpanMap<bool> PastAuxiliaries { get; }
    public SpanMap<bool> PluperfectAuxiliaries { get; }
    public SpanMap<bool> AheadWords { get; }
    public SpanMap<bool> PastPlanVerbs { get; }
    public SpanMap<bool> PlanAdverbs { get; }
    public SpanMap<bool> AlsoWords { get; }
    public SpanMap<bool> ShiftedWords { get; }
    public SpanMap<bool> DayOfWords { get; }
    public SpanMap<bool> InfinitiveBe { get; }
    public SpanMap<bool> NotThisPlanWords { get; }
    public SpanMap<bool> DurationPrepositions { get; }
    public SpanMap<bool> OrdinalSuffixes { get; }

    public SpanMap<bool> EpisodeOrdinalSuffixes { get; }
    public SpanMap<bool> LaterWords { get; }

    public SpanMap<bool> FinaleWords { get; }
    public SpanMap<bool> LastEpisodeWords { get; }
    public SpanMap<bool> RunEndWords { get; }
    public SpanMap<bool> ItWords { get; }
    public SpanMap<bool> ClearedForWords { get; }
    public SpanMap<bool> ContractedPronouns { get; }
    public SpanMap<bool> ItAuxiliaries { get; }
    public SpanMap<bool> FormerlyWords { get; }
    public SpanMap<bool> WasLabels { get; }
    public SpanMap<bool> NowLabels { get; }
    public SpanMap<bool> RegularWords { get; }
    public SpanMap<bool> NamedLabelNouns { get; }
    public SpanMap<bool> DateNouns { get; }
    public SpanMap<bool> EarlierWords { get; }
    public SpanMap<bool> EarlierSayWords { get; }
    public SpanMap<bool> PlanAsideParticiples { get; }
    public SpanMap<bool> PlanAsidePrepositions { get; }
    public SpanMap<bool> InfinitiveMarkers { get; }
    public SpanMap<bool> FormerPlanAdjectives { get; }
    public SpanMap<bool> PlanNouns { get; }
    public SpanMap<bool> EarlierShiftWords { get; }
    /// <summary><see cref="LanguageTable.EarlierReportOpenings"/>, each split into its tokens (a comma is one).</summary>
    public string[][] EarlierReportOpenings { get; }
    /// <summary><see cref="LanguageTable.ThatDateOpenings"/>, each split into its words.</summary>
    public string[][] ThatDateOpenings { get; }
    public SpanMap<bool> ThatDateLeadIns { get; }
    public SpanMap<bool> AtThatTimeWords { get; }
    public SpanMap<bool> NoneWords { get; }
    /// <summary><see cref="LanguageTable.InsteadOfItPhrases"/>, each split into its words.</summary>
    public string[][] InsteadOfItPhrases { get; }
    public SpanMap<bool> InsteadOfWhatWords { get; }
    public SpanMap<bool> InsteadOfLeads { get; }
    public SpanMap<bool> IndefiniteArticles { get; }
    public SpanMap<bool> ResultativeVerbs { get; }
    public SpanMap<bool> SeriesWords { get; }
    public SpanMap<bool> OccasionWords { get; }
    public SpanMap<bool> OccasionReleaseNouns { get; }
    public SpanMap<bool> OccasionOnWords { get; }
    public SpanMap<bool> OccasionVerbs { get; }
    public SpanMap<bool> OccasionRelations { get; }
    public SpanMap<bool> OnWords { get; }
    public SpanMap<bool> PreviousWords { get; }
    public SpanMap<bool> OutletNouns { get; }
    public SpanMap<bool> YearWords { get; }
    public SpanMap<bool> DayWords { get; }
    public SpanMap<bool> TitleIntroducers { get; }
    public SpanMap<bool> VideoSongPrepositions { get; }
    public SpanMap<bool> WithWords { get; }
    public SpanMap<bool> BylineWords { get; }

    public SpanMap<bool> AuthorWords { get; }
    public SpanMap<bool> SlotNouns { get; }
    public SpanMap<bool> SlotShowNouns { get; }
    public SpanMap<bool> SlotClassWords { get; }
    public SpanMap<bool> PossessiveDeterminers { get; }
    public SpanMap<bool> PercentWords { get; }
    public SpanMap<bool> PassiveAuxiliaries { get; }
    public SpanMap<bool> PlaceStarts { get; }
    public SpanMap<bool> OrganisationNouns { get; }
    public SpanMap<bool> CompanyWords { get; }
    public SpanMap<bool> CompanyTailWords { get; }
    public SpanMap<bool> BehindWords { get; }
    /// <summary><see cref="LanguageTable.WeekPhrases"/>, each split into its words.</summary>
    public string[][] WeekPhrases { get; }

    /// <summary><see cref="LanguageTable.NextMonthPhrases"/>, each split into its words.</summary>
    public string[][] NextMonthPhrases { get; }

    /// <summary><see cref="LanguageTable.HolidayDays"/>, each phrase split into its words (as a list of one phrase, for
    /// <see cref="Sentences.SentenceScan.PhraseLengthAt"/> without allocating one per token).</summary>
    public (string[][] Phrase, int Month, int Day)[] HolidayDays { get; }

    /// <summary><see cref="LanguageTable.StorySettingWords"/>.</summary>
    public SpanMap<bool> StorySettingWords { get; }

    /// <summary><see cref="LanguageTable.AsUsualPhrases"/>, each split into its words.</summary>
    public string[][] AsUsualPhrases { get; }

    /// <summary><see cref="LanguageTable.ThisMonthPhrases"/>, each split into its words.</summary>
    public string[][] ThisMonthPhrases { get; }
    public SpanMap<bool> HolidayWords { get; }
    /// <summary><see cref="LanguageTable.HolidayPhrases"/>, each split into its words.</summary>
    public string[][] HolidayPhrases { get; }
    public SpanMap<bool> DirectorWords { get; }
    public SpanMap<bool> HolidayVerbs { get; }
    public SpanMap<bool> TvWords { get; }
    public SpanMap<bool> ListingTailWords { get; }
    public SpanMap<bool> PlotWords { get; }
    public SpanMap<bool> EpisodeCountWords { get; }
    public SpanMap<bool> ComplementWords { get; }
    public SpanMap<bool> PlanDateWords { get; }
    public SpanMap<bool> NumberedEpisodeWords { get; }
    public IReadOnlySet<string> Places => Table.Places;
    public IReadOnlyList<string> SameDayAsWords => Table.SameDayAsWords;
    public SpanMap<bool> RangeWords { get; }
    public SpanMap<bool> ListWords { get; }
    public SpanMap<bool> MoveWords { get; }
    public SpanMap<bool> BackWords { get; }
    public SpanMap<bool> BatchWords { get; }
    public SpanMap<bool> ContinuationWords { get; }
    public SpanMap<bool> RunNouns { get; }
    public SpanMap<bool> CinemaOpenings { get; }
    public SpanMap<bool> AffiliationWords { get; }
    public SpanMap<bool> HomeWords { get; }
    public SpanMap<bool>? HomeLinkWords { get; }
    public SpanMap<bool> TonightWords { get; }
    public SpanMap<bool> HourWords { get; }
    public SpanMap<bool> NameJoiners { get; }
    public SpanMap<bool> NotNames { get; }
    public SpanMap<bool> Organisations { get; }
    public SpanMap<bool> PlacePrepositions { get; }
    public SpanMap<bool> ByWords { get; }
    public SpanMap<bool> EventObjectLinks { get; }
    public SpanMap<bool> FeaturingWords { get; }
    public SpanMap<bool> AppNouns { get; }
    public SpanMap<bool> FeaturedPartWords { get; }

    public SpanMap<bool> ComparisonWords { get; }
    public SpanMap<bool> MemorialWords { get; }
    public SpanMap<bool> MemorialNouns { get; }
    public SpanMap<bool> AfterWords { get; }
    public SpanMap<bool> WhenWords { get; }
    public SpanMap<bool> ThenWords { get; }
    public SpanMap<bool> MoveToWords { get; }
    public SpanMap<bool> MoveFromWords { get; }
    public SpanMap<bool> MovedOffWords { get; }
    public SpanMap<bool> CauseWords { get; }
    public SpanMap<bool> ReasonWords { get; }
    public SpanMap<bool> LeadingReasonWords { get; }
    /// <summary><see cref="LanguageTable.ThisTimePhrases"/>, each split into its words.</summary>
    public string[][] ThisTimePhrases { get; }

    /// <summary><see cref="LanguageTable.AnymorePhrases"/>, each split into its words.</summary>
    public string[][] AnymorePhrases { get; }

    /// <summary><see cref="LanguageTable.NoLongerPhrases"/>, each split into its words.</summary>
    public string[][] NoLongerPhrases { get; }
    public SpanMap<bool> ContrastWords { get; }
    public SpanMap<bool> ConcessiveWords { get; }
    public SpanMap<bool> DebutWords { get; }

    public SpanMap<bool> PostponementNouns { get; }

    public SpanMap<bool> InsteadWords { get; }

    public SpanMap<bool> NowWords { get; }
    public SpanMap<bool> DuetWords { get; }
    public SpanMap<bool> SeasonWords { get; }
    public SpanMap<int> SeasonOrdinals { get; }
    public SpanMap<bool> NegationWords { get; }
    public SpanMap<bool> NegationExceptions { get; }
    public SpanMap<bool> StreamingServices { get; }
    public SpanMap<bool> CinemaWords { get; }
    public PhraseMatcher<bool> BoxOffice { get; }
    public SpanMap<bool> IndefiniteWords { get; }
    public SpanMap<bool> LookBackWords { get; }
    public SpanMap<bool> JustNowWords { get; }
    public SpanMap<bool> AttributeWords { get; }
    public SpanMap<bool> Determiners { get; }
    public SpanMap<bool> OtherWorkBefore { get; }
    /// <summary><see cref="LanguageTable.SucceedsPhrases"/>, each split into its words.</summary>
    public string[][] SucceedsPhrases { get; }
    /// <summary><see cref="LanguageTable.SourcePhrases"/>, each split into its words.</summary>
    public string[][] SourcePhrases { get; }
    public SpanMap<bool> TimedAgainstWords { get; }
    public SpanMap<bool> OtherWorkAfter { get; }
    public SpanMap<bool> RivalWords { get; }

    public SpanMap<bool> ItsWords { get; }

    public SpanMap<bool> BothWords { get; }

    public SpanMap<bool> Surnames { get; }

    public SpanMap<bool> CastWords { get; }

    public SpanMap<bool> AllWords { get; }
    public SpanMap<bool> CastVerbs { get; }
    public SpanMap<bool> CastVerbsAfterWork { get; }
    public SpanMap<bool> LabelPrepositions { get; }
    public SpanMap<bool> AsWords { get; }
    public SpanMap<bool> UnitNouns { get; }
    public SpanMap<bool> StaysWords { get; }
    public SpanMap<bool> SourceWorkWords { get; }
    public SpanMap<bool> SourcePeople { get; }
    public SpanMap<bool> PurposeWords { get; }
    public SpanMap<bool> CircumstanceWords { get; }
    public SpanMap<bool> WeekdayLabels { get; }
    public SpanMap<bool> PluralDayParts { get; }
    public SpanMap<bool> DayPartNouns { get; }
    public SpanMap<bool> UntilWords { get; }
    public SpanMap<DayOfWeek> PluralWeekdays { get; }

    public SpanMap<bool> CreatorWords { get; }
    public SpanMap<bool> MakerVerbs { get; }
    public SpanMap<bool> MakerNouns { get; }

    /// <summary>Words a date can start with other than a number or a relative-day cue ("on", "next", "friday", "мая", "the").</summary>
    public SpanMap<bool> DateStarters { get; }
    public SpanMap<bool> Coordinators { get; }
    public SpanMap<bool> NowJoiners { get; }
    public PhraseMatcher<Cue> Cues { get; }
    public PhraseMatcher<string> Zones { get; }
}

/// <summary>A string-keyed lookup that answers for spans without allocating.</summary>
internal sealed class SpanMap<T>
{
    readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // Most words asked about are in no table: their length and first two letters say so without hashing them.
    readonly ulong _lengths;
    readonly WordStarts _starts = new();

    public SpanMap(IEnumerable<KeyValuePair<string, T>> source)
    {
        var map = new Dictionary<string, T>(source, StringComparer.Ordinal);
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in map.Keys)
        {
            _lengths |= LengthBit(key.Length);
            _starts.Add(key);
        }
    }

    public static SpanMap<bool> Of(IEnumerable<string> words) =>
        new(words.Select(w => KeyValuePair.Create(w, true)));

    public bool TryGet(ReadOnlySpan<char> key, out T value)
    {
        if (!MayHold(key))
        {
            value = default!;
            return false;
        }
        return _lookup.TryGetValue(key, out value!);
    }

    public bool Contains(ReadOnlySpan<char> key) => MayHold(key) && _lookup.ContainsKey(key);

    bool MayHold(ReadOnlySpan<char> key) => (_lengths & LengthBit(key.Length)) != 0 && _starts.MayStart(key);

    // Lengths of 63 letters and more share a bit.
    static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);
}

/// <summary>
/// The first two letters of a set of words, to turn most other words away without hashing them: a bit for each pair of
/// the letters' low five bits (a one-letter word's second is none), where the letters of the Russian and of the English
/// alphabet each fall on 32 different values.
/// </summary>
internal sealed class WordStarts
{
    readonly ulong[] _bits = new ulong[32 * 32 / 64];

    public void Add(ReadOnlySpan<char> word)
    {
        var pair = Pair(word);
        _bits[pair / 64] |= 1UL << (pair % 64);
    }

    public bool MayStart(ReadOnlySpan<char> word)
    {
        var pair = Pair(word);
        return (_bits[pair / 64] & (1UL << (pair % 64))) != 0;
    }

    static int Pair(ReadOnlySpan<char> word) => word.Length == 0 ? 0 : ((word[0] & 31) << 5) | (word.Length > 1 ? word[1] & 31 : 0);
}
