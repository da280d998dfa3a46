using ReleaseCalendar.Extraction.Filtering;
using ReleaseCalendar.Extraction.Tests.Stages;

namespace ReleaseCalendar.Extraction.Tests.Filtering;

/// <summary>Issue #9 §1.10: a postponement stated across sentences never emits the abandoned date.</summary>
public sealed class AbandonedDatesTests
{
    static string Read(string lang, string text, DateOnly? published = null) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, published ?? new DateOnly(2024, 5, 10), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}"));

    [Theory]
    [InlineData("en", "TWICE had been set to release the mini album on June 5. The album has been pushed back to June 12.", "album 2024-06-12")]
    [InlineData("ru", "Мини-альбом TWICE должен был выйти 5 июня. Теперь релиз альбома перенесён на 12 июня.", "album 2024-06-12")]
    [InlineData("en", "TWICE released the single today. The mini album has been pushed back to June 12.", "single 2024-05-10; ep 2024-06-12")]
    [InlineData("ru", "Сингл TWICE вышел сегодня. Релиз мини-альбома перенесён на 12 июня.", "single 2024-05-10; ep 2024-06-12")]
    public void Extract_PostponementInALaterSentence_DropsOnlyTheAbandonedDate(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "The release of the film \"Yadang\" has been moved up a week to June 16 from June 23.", "film 2024-06-16")]
    [InlineData("en", "The film \"Yadang\" will now open on June 16, a week earlier than the previously announced June 23.", "film 2024-06-16")]
    [InlineData("ru", "Премьеру фильма «Незваный гость» переносили дважды: сначала с 12 июня на 26 июня, затем на неопределённый срок. " +
                      "Теперь фильм выйдет 4 июля.", "film 2024-07-04")]
    [InlineData("ru", "Премьеру фильма «Незваный гость» сначала перенесли на 26 июня, затем на 10 июля.", "film 2024-07-10")]
    [InlineData("en", "The film \"Seobok\" was moved to June 23, then postponed again. The film \"Seobok\" will stream on July 15.", "film 2024-07-15")]
    [InlineData("ru", "Выход фильма «Незваный гость», запланированный на 12 июня, отложен. Фильм выйдет 4 июля.", "film 2024-07-04")]
    [InlineData("en", "The film \"Seobok\" was moved to June 23 and then pulled from the summer lineup. The film \"Seobok\" will stream on July 15.", "film 2024-07-15")]
    [InlineData("ru", "Фильм «Незваный гость» выйдет 12 июня, а затем его покажут на фестивале 20 июня.", "film 2024-06-12")]
    [InlineData("en", "The film \"Time to Hunt\" had been due to open in theaters on June 26, but the outbreak forced a delay.", "")]
    [InlineData("en", "The film \"Time to Hunt\" premiered on Netflix today. Its theatrical release on June 26 was canceled, and a July 10 " +
                      "Netflix launch was halted by a court.", "film 2024-05-10")]
    [InlineData("ru", "Премьера фильма «Время охоты» на Netflix, назначенная на 10 июля, сорвалась из-за суда.", "")]
    [InlineData("ru", "Сегодня на Netflix вышел сериал «Паразит: Серые» — экранизация манги, перенесённая в современную Корею.", "drama 2024-05-10")]
    [InlineData("en", "TWICE will release the mini album on June 26, but the release was canceled.", "")]
    [InlineData("en", "TWICE's mini album has been postponed to June 12 due to production delays.", "ep 2024-06-12")]
    [InlineData("en", "The drama \"Hwayugi\" will not air on June 1 and 2, tvN said. The third episode will air on June 8.", "episode 2024-06-08")]
    [InlineData("en", "The drama \"Hwayugi\" isn't going to air on June 1.", "")]
    [InlineData("ru", "Фильм «Незваный гость» не выйдет 12 июня, как планировалось.", "")]
    [InlineData("en", "TWICE not only released the mini album on May 8 but also held a showcase.", "ep 2024-05-08")]
    [InlineData("en", "Don't miss the premiere of the drama \"Queen of Tears\" on June 5.", "drama 2024-06-05")]
    [InlineData("en", "Don't forget: TWICE release the mini album on June 5.", "ep 2024-06-05")]
    [InlineData("en", "Believe it or not, TWICE release the mini album on June 5.", "ep 2024-06-05")]
    [InlineData("ru", "Не забудьте: TWICE выпускают мини-альбом 5 июня.", "ep 2024-06-05")]
    [InlineData("en", "TWICE won't be releasing the mini album on June 5.", "")]
    [InlineData("ru", "Мини-альбом TWICE не будет выпущен 5 июня.", "")]
    [InlineData("ru", "Не пропустите премьеру дорамы «Королева слёз» 5 июня.", "drama 2024-06-05")]
    [InlineData("en", "tvN canceled the June 1 and 2 broadcasts of the drama \"Hwayugi.\" The drama returns on June 8.", "episode 2024-06-08")] // back after a pause: its next episode (round 32)
    [InlineData("ru", "Фильм «Незваный гость» выйдет 12 июня, сообщил прокатчик, который не раскрыл подробностей.", "film 2024-06-12")]
    [InlineData("en", "The release of the film \"Yadang\" was brought forward a week, from June 23 to June 16.", "film 2024-06-16")]
    [InlineData("en", "The film \"Yadang\" will hit theaters on June 16, a week ahead of its initial June 23 date.", "film 2024-06-16")]
    [InlineData("en", "The film \"Yadang\" now opens on June 16 rather than June 23.", "film 2024-06-16")]
    [InlineData("en", "The film \"Yadang\" opens on June 16, not June 23 as first announced.", "film 2024-06-16")]
    [InlineData("en", "The film \"Pawn\" will now open on June 29, a week later than the June 23 date announced earlier.", "film 2024-06-29")]
    [InlineData("en", "The film \"Pawn\" changed its release date from June 23 to June 29.", "film 2024-06-29")]
    [InlineData("en", "The film \"Time to Hunt\", which was due in theaters on June 26, will premiere on Netflix on July 10.", "film 2024-07-10")]
    [InlineData("ru", "Фильм «Незваный гость», премьера которого ожидалась 12 июня, выйдет в прокат 4 июля.", "film 2024-07-04")]
    [InlineData("ru", "Премьера фильма «Незваный гость» ожидалась 12 июня.", "film 2024-06-12")]
    [InlineData("ru", "Первая серия дорамы «Королева слёз», которую планировали показать в субботу, 8 июня, выйдет в эфир 15 июня.", "drama 2024-06-15")]
    [InlineData("ru", "Фильм «Незваный гость», который собирались выпустить 12 июня, выйдет в прокат 4 июля.", "film 2024-07-04")]
    [InlineData("ru", "Фильм «Незваный гость» планировали выпустить 12 июня.", "film 2024-06-12")]
    [InlineData("ru", "Как и планировали, BTS выпустят альбом 24 мая, а 1 июня начнут тур.", "album 2024-05-24")]
    [InlineData("ru", "BTS, как и собирались, выпустят альбом 24 мая, а 1 июня начнут тур.", "album 2024-05-24")]
    [InlineData("en", "TWICE will release the original soundtrack on June 20.", "ost 2024-06-20")]
    [InlineData("en", "TWICE, back a year after their previous release, will release the mini album on June 20.", "ep 2024-06-20")]
    [InlineData("en", "The film \"Time to Hunt\" skipped its June 26 theatrical release and will stream on Netflix from July 10.", "film 2024-07-10")]
    [InlineData("en", "The film \"Time to Hunt\" will go straight to Netflix on July 10 after its June 26 theatrical release was shelved.", "film 2024-07-10")]
    [InlineData("ru", "Фильм «Пешка» сменил дату премьеры: вместо 23 сентября он выйдет 29-го.", "film 2024-09-29")]
    [InlineData("en", "TWICE's mini album was scheduled to be released on June 20th, but has been delayed to the 27th.", "ep 2024-06-27")]
    [InlineData("ru", "Мини-альбом TWICE должен был выйти 20 июня, но его перенесли на 27 июня.", "ep 2024-06-27")]
    [InlineData("en", "TWICE's mini album was scheduled for June 20th, but the video has been delayed to the 27th.", "ep 2024-06-20; mv 2024-06-27")]
    [InlineData("ru", "Фильм «Пешка» выйдет 10 июня — на день раньше, чем обещали в мае (тогда называли 11 июня).", "film 2024-06-10")]
    [InlineData("en", "The film \"Pawn\" opens on June 10, a day earlier than promised (June 11).", "film 2024-06-10")]
    // A participle's plan («запланированный на») beside the day that replaced it; alone, or compared with, it is the day.
    [InlineData("ru", "Как уточняется, сингл TWICE, запланированный на 19 июня, выйдет 3 июля.", "single 2024-07-03")]
    [InlineData("ru", "Как уточняется, сингл TWICE, запланированный на 19 июня, перенесён на 3 июля.", "single 2024-07-03")]
    [InlineData("ru", "Сингл TWICE, запланированный на 19 июня, выйдет в 18:00.", "single 2024-06-19")]
    [InlineData("ru", "Фильм «Мечник» выйдет в прокат позже запланированного — 23 июня вместо 17-го.", "film 2024-06-23")]
    // Round 20 (part ao): the day left behind, named again in its clause («…сегодня вечером, — в пятницу…»), is left behind too;
    // an event word before a title («KBS проводит «Гаё Тэчхукчже»») makes it no show a later episode is of.
    [InlineData("ru", "Дорама «Хваюги»: канал убрал из сетки 14-ю серию, которая должна была выйти сегодня вечером, — в пятницу у всех " +
                      "каналов ночь праздничных программ. 14-я серия выйдет 15 мая.", "episode 2024-05-15")]
    [InlineData("ru", "Дорама «Хваюги»: 14-я серия выйдет сегодня вечером, в пятницу, как обычно.", "episode 2024-05-10")]
    // A sports broadcast that takes a drama's slot dates no episode.
    [InlineData("en", "The drama \"Hwayugi\" airs episode 19 on Saturday as the Asian Cup quarterfinal takes over Friday.", "episode 2024-05-11")]
    [InlineData("ru", "В пятницу, 17 мая, канал покажет матч Корея — Катар. Дорама «Хваюги» выйдет в субботу, 18 мая.", "drama 2024-05-18")]
    [InlineData("en", "The drama \"Hwayugi\" takes a break: on Friday tvN will show the semifinal instead.", "")]
    [InlineData("ru", "Сегодня VERIVERY выложили хайлайт-медли шестого мини-альбома.", "")]
    [InlineData("ru", "Прокатчик обещал, что фильм «Пешка» выйдет 10 июня.", "film 2024-06-10")]
    public void Extract_DayMovedFromInTheSameSentence_IsNeverEmitted(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Review of round 9: a cancellation or a plan word gives up only the day it governs.
    [Theory]
    [InlineData("en", "Despite the canceled fan meeting, the mini album will be released on June 5.", "ep 2024-06-05")]
    [InlineData("en", "TWICE will release the mini album on June 26, but the fan meeting was canceled.", "ep 2024-06-26")]
    [InlineData("en", "TWICE will release the mini album on June 26, but the showcase was postponed.", "ep 2024-06-26")]
    [InlineData("ru", "Мини-альбом TWICE выйдет 26 июня, но фансайн отменили.", "ep 2024-06-26")]
    [InlineData("ru", "TWICE выпустят мини-альбом 26 июня, несмотря на отменённый фансайн.", "ep 2024-06-26")]
    [InlineData("en", "TWICE will release the mini album on June 26 despite the canceled fan meeting.", "ep 2024-06-26")]
    [InlineData("en", "After the showcase was canceled, on June 26 TWICE will release the mini album.", "ep 2024-06-26")]
    [InlineData("en", "TWICE's album was postponed to June 3, with the music video released later on June 5.", "album 2024-06-03; mv 2024-06-05")]
    [InlineData("ru", "Как и планировалось, мини-альбом TWICE выйдет 26 июня, а клип — 28 июня.", "ep 2024-06-26; mv 2024-06-28")]
    [InlineData("ru", "Как и прежде, мини-альбом TWICE выйдет 26 июня.", "ep 2024-06-26")]
    [InlineData("en", "As originally planned, TWICE will release the mini album on June 26.", "ep 2024-06-26")]
    [InlineData("ru", "Мини-альбом TWICE планировалось выпустить 26 июня.", "ep 2024-06-26")]
    [InlineData("ru", "Мини-альбом TWICE планировалось выпустить 26 июня, но релиз перенесли на 3 июля.", "ep 2024-07-03")]
    [InlineData("en", "TWICE's mini album will be released on June 5 after the agency canceled its planned fan meeting.", "ep 2024-06-05")]
    [InlineData("en", "The drama \"Hwayugi\" will air on June 5 in place of the canceled \"Signal.\"", "drama 2024-06-05")]
    [InlineData("en", "TWICE's mini album was set for release on June 5.\nThe release was called off, and TWICE will now release the album on June 20.",
        "album 2024-06-20")]
    [InlineData("en", "The drama \"Hwayugi\" isn't expected to air on June 5.", "")]
    [InlineData("ru", "Дорама «Хваюги» не сможет выйти 5 июня.", "")]
    public void Extract_CancellationOrPlanOfAnotherThing_KeepsTheReleaseDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Round 13 (part a, written on postponements): the shapes a plan left behind takes.
    [Theory]
    [InlineData("ru", "Группа TWICE должна была выпустить первый полноформатный альбом «Voice: The Future Is Now» 1 июня.", "")]
    [InlineData("en", "TWICE has postponed the mini album \"Loner,\" which had been due out at 6 p.m. Sunday.", "")]
    [InlineData("en", "The finale of \"Rebel,\" which had been expected on May 9, will now air on Thursday, May 16.", "episode 2024-05-16")]
    [InlineData("ru", "Альбом TWICE «Liberty», выход которого был намечен на 22 мая, откладывается на неопределённый срок.", "")]
    [InlineData("ru", "Альбом TWICE «Liberty» не будет отложен: он выйдет 22 мая.", "album 2024-05-22")]
    [InlineData("ru", "Календарь дорамы «Хороший партнёр»\n\nСб, 11 мая — серии не будет.\n\nВс, 12 мая — 7-я серия.", "episode 2024-05-12")]
    [InlineData("en", "The drama \"Whisper\" will skip its May 13 broadcast.", "")]
    [InlineData("en", "\"Reborn Rich\" Will Skip Friday This Week", "")]
    [InlineData("en", "Romance drama \"Melancholia\" will no longer premiere this Wednesday.", "")]
    [InlineData("en", "Episode 10 of \"Whisper,\" scheduled for Saturday, will be postponed due to special news coverage.", "")]
    [InlineData("en", "The release of TWICE's EP \"Loner,\" which was scheduled for 6 p.m. today, has been postponed.", "")]
    [InlineData("en", "TWICE's EP \"Loner\" comes out today as scheduled; the fan meeting has been postponed.", "ep 2024-05-10")]
    [InlineData("ru", "Певица TWICE отложила релиз сингла «Красивое бельё», который был намечен на 21 мая.", "")]
    [InlineData("ru", "Певица TWICE выпустила сингл «Красивое бельё», который был намечен на 21 мая.", "single 2024-05-21")]
    [InlineData("ru", "Ранее на этой неделе о переносе релизов объявили TWICE.", "")]
    [InlineData("ru", "На этой неделе о переносе релиза TWICE на 21 мая объявило агентство.", "other 2024-05-21")]
    [InlineData("en", "\"Don't Click\" was set to open on Thursday, May 16, but arrives in theaters today instead.", "film 2024-05-10")]
    [InlineData("en", "SBS's \"Reborn Rich\" will skip Friday's broadcast this week.", "")]
    [InlineData("ru", "СЕУЛ, 10 мая — Выход фильма «Золотые каникулы», назначенный на среду, 22 мая, отложен до особого распоряжения.", "")]
    [InlineData("ru", "TWICE отложили сингл «Б», а сингл «А», который намечен на 21 мая, выйдет в срок.", "single 2024-05-21")]
    [InlineData("ru", "Ранее на этой неделе о переносе релизов объявили Block B, а сегодня — EXO.", "")]
    [InlineData("ru", "Альбом TWICE «Liberty» выйдет 22 мая и не будет отложен.", "album 2024-05-22")]
    [InlineData("en", "TWICE's album \"Liberty\" comes out on May 22 and will not be postponed.", "album 2024-05-22")]
    [InlineData("en", "\"We had planned to release the music video for TWICE's new song on May 21, but it has been changed to May 22,\" JYP said.", "mv 2024-05-22")]
    [InlineData("en", "TWICE had planned to release the music video for the group's new Christmas song on May 21.", "")]
    [InlineData("en", "TWICE planned to release the music video for the group's new song on May 21.", "mv 2024-05-21; single 2024-05-21")]
    // Round 19 (part aq): "had both been scheduled"; «намечали на» is a plan told in the past; a new plan said with
    // "now" leaves the day told before it (but not another episode's day); «новых серий «X» не будет» calls the days off.
    [InlineData("en", "The film \"Pawn\" and the film \"Hi-Five\" had both been scheduled to hit theaters on June 3. The films were moved up to May 30.",
        "film 2024-05-30")]
    [InlineData("ru", "Премьеру фильма «Пешка» намечали на 29 мая. Теперь старт сдвинули на неделю: фильм выйдет 5 июня.", "film 2024-06-05")]
    [InlineData("en", "A roundup said that TWICE's new single \"Remember\" would be released on Wednesday, May 15. That date is no longer correct. " +
                      "\"Remember\" will now be released on Friday, May 17.", "single 2024-05-17")]
    [InlineData("ru", "Финал дорамы «Хваюги» выйдет 19 мая. Причина: в выходные 11 и 12 мая новых серий «Хваюги» не будет, вместо них покажут спецвыпуски.", "episode 2024-05-19")]
    [InlineData("ru", "В выходные 11 и 12 мая покажут новые серии «Хваюги», а фанмитинга не будет.", "episode 2024-05-11; episode 2024-05-12")]
    // A dateline's day heads no sentence that moves its release ahead.
    [InlineData("ru", "МОСКВА, 10 мая — РИА Новости. Финал дорамы «Хваюги» выйдет на неделю позже, чем планировалось.", "")]
    public void Extract_PlanLeftBehind_IsNeverEmitted(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Round 13 (part a): a day one sentence says was the plan is released by no other sentence, for what that sentence
    // names and of its kind; a release said to keep its day, or an event's day, stays.
    [Theory]
    [InlineData("en", "Thursday is the new Friday: \"Don't Click\" opens a day early\n\nThe film \"Don't Click\", which was set to open on Friday, May 17, arrives in theaters on Thursday, May 16, instead.",
        "film 2024-05-16", "2024-05-13")]
    [InlineData("ru", "TWICE отложили мини-альбом «Love poem», который должен был выйти 16 мая.\n\nПри этом сингл «Love poem» выйдет 16 мая.", "single 2024-05-16")]
    [InlineData("ru", "Три фильма сдвинули премьеру: вместо четверга, 16 мая, они выйдут в среду, 15-го.\n\nТолько фильм «Сломанная стрела» выходит, как и планировалось, в четверг, 16 мая.",
        "film 2024-05-15; film 2024-05-16")]
    [InlineData("en", "The drama \"Curtain Call\" premieres on Monday, May 13.\n\nThe press conference planned for Monday afternoon had been canceled.",
        "drama 2024-05-13")]
    public void Extract_DayAnotherSentenceLeftBehind_IsNotReleased(string lang, string text, string expected, string? published = null) =>
        Assert.Equal(expected, Read(lang, text, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

    // Review 13: what the round's plan rules must leave alone — reported plans, "there will be no delays", a week off the
    // air, a delayed album that does arrive, a plan of another thing, a plan the day's release does not share.
    [Theory]
    [InlineData("en", "BTS to release new album on May 13\nBig Hit Music announced on Monday that BTS was set to release its new album on May 13.", "album 2024-05-13")]
    [InlineData("en", "As had been expected, BTS will release the album on May 13.", "album 2024-05-13")]
    [InlineData("en", "BTS had planned to take a break but will now release a new album on May 13.", "album 2024-05-13")]
    [InlineData("ru", "Сингл IU «Love poem» выйдет 13 мая, задержек не будет.", "single 2024-05-13")]
    [InlineData("en", "The drama \"Lovely Runner\" returns Saturday after a week off the air.", "episode 2024-05-11")]
    [InlineData("en", "BTS will release the album on May 13 with an intro you cannot skip.", "album 2024-05-13")]
    [InlineData("en", "BTS' delayed comeback album will finally arrive on May 13.", "album 2024-05-13")]
    [InlineData("ru", "Перенесённая премьера дорамы «Слабый герой» состоится 13 мая.", "drama 2024-05-13")]
    [InlineData("ru", "После отмены тура IU выпустит сингл «Love poem», который был запланирован на 13 мая.", "single 2024-05-13")]
    [InlineData("ru", "Год назад, 13 мая, — триллер «Тёмная цифра».", "")]
    [InlineData("en", "TWICE will release the music video for \"ONE SPARK\" tonight at 8 p.m. KST.\nThe video, which was scheduled for 6 p.m. today, has been delayed by two hours.",
        "mv 2024-05-10")]
    [InlineData("en", "ITZY will release the single \"Gold\" on May 13.\nTWICE's single, originally set for May 13, moved to May 20, leaving the day to ITZY.",
        "single 2024-05-13; single 2024-05-20")]
    [InlineData("en", "TWICE will release the single \"ONE SPARK\" on May 13.\nMeanwhile, the rookie group's debut single, originally scheduled for May 13, has been pushed back to May 20.",
        "single 2024-05-13; single 2024-05-20")]
    [InlineData("en", "TWICE's single \"ONE SPARK\" comes out on May 13 at 8 p.m.\nTWICE's release, originally set for May 13 at 6 p.m., was pushed back by two hours.",
        "single 2024-05-13")]
    [InlineData("ru", "Фильмы в кинотеатрах: календарь\n\nГод назад, 13 мая, — триллер «Тёмная цифра».", "")]
    [InlineData("en", "ALICE comeback update\n\nALICE's new single \"Nae Ane Uju\" drops on May 14.\n📺 tomorrow — SBS MTV \"The Show\"", "single 2024-05-14")]
    [InlineData("en", "TWICE's EP 2 \"Chapter Two\" drops on May 13.", "ep 2024-05-13")]
    [InlineData("ru", "Агентство обещало, что альбом TWICE выйдет 10 июня, а клип — 12 июня.", "album 2024-06-10; mv 2024-06-12")] // R19-F1
    [InlineData("ru", "Агентство обещало, что альбом TWICE выйдет 10 июня, но подробностей пока нет.", "album 2024-06-10")] // R19-F1
    [InlineData("en", "JYP had promised fans that the TWICE mini album would arrive on June 10, with the music video on June 12.", "ep 2024-06-10; mv 2024-06-12")] // R19-F1
    public void Extract_ReportedOrOtherPlan_KeepsTheRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // ", so"/«, поэтому» opens a clause of its own: its event word vetoes nothing in the release's clause.
    [Theory]
    [InlineData("en", "(G)I-DLE also released their fifth mini album, \"I love,\" today, so expect a fierce music show battle.", "ep 2024-05-10")]
    [InlineData("ru", "TWICE выпустили свой новый мини-альбом «Ready To Be» сегодня, поэтому на музыкальном шоу будет битва.", "ep 2024-05-10")]
    public void Extract_EventWordInAClauseOfConsequence_VetoesNothing(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // A cancellation names no new day, so it does not make its clause future as a postponement does.
    [Theory]
    [InlineData("en", "With the showcase canceled, TWICE released the mini album on Friday.", "ep 2024-06-07")]
    [InlineData("ru", "С отменённым шоукейсом TWICE выпустили мини-альбом в пятницу.", "ep 2024-06-07")]
    public void Extract_CancellationBesideAPastRelease_KeepsThePastWeekday(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text, new DateOnly(2024, 6, 10)));

    [Theory]
    [InlineData("en", "TWICE will release the mini album no later than June 26.")]
    [InlineData("ru", "Мини-альбом TWICE выйдет не позднее 26 июня.")]
    public void IsMovedFrom_Deadline_IsNoAbandonedDay(string lang, string text)
    {
        var s = Stage.One(lang, text);
        Assert.All(s.Dates, d => Assert.False(ReleaseSignals.IsMovedFrom(s, d, Stage.Language(lang))));
    }

    [Fact]
    public void Extract_ListOfDaysThatWereThePlan_IsNeverEmitted()
    {
        var read = Read("en", "Episodes three and four of the drama \"Hwayugi,\" which were to air on June 1 and 2, have been pushed back to June 8 and 9.");
        Assert.Equal("2024-06-08; 2024-06-09", string.Join("; ", read.Split("; ").Select(r => r.Split(' ')[^1])));
    }

    [Theory]
    [InlineData("en", "TWICE's EP had been set for Oct. 31, but JYP postponed it following the crowd crush in Itaewon on Oct. 29.", "")]
    [InlineData("en", "TWICE's EP was pushed back to Nov. 14 following the tragedy on Oct. 29.", "ep 2024-11-14")]
    [InlineData("en", "TWICE's EP was pushed back due to the national mourning period, to Nov. 14.", "ep 2024-11-14")]
    [InlineData("ru", "Мини-альбом TWICE перенесли из-за трагедии в Итэвоне 29 октября.", "")]
    [InlineData("ru", "Мини-альбом TWICE перенесли на 14 ноября из-за трагедии 29 октября.", "ep 2024-11-14")]
    [InlineData("en", "TWICE's EP drops after the holidays on Nov. 14.", "ep 2024-11-14")] // no postponement: "after" is plain
    [InlineData("en", "TWICE's EP was postponed due to the tragedy in Itaewon on Oct. 29.", "")]
    // A verb after the cause starts a new statement, whose day is the release's.
    [InlineData("en", "TWICE's EP was postponed because of the Paris Olympics and will be released on Oct. 12.", "ep 2024-10-12")]
    [InlineData("ru", "Выход мини-альбома TWICE отложили из-за траура и выпустят его 5 ноября.", "ep 2024-11-05")]
    public void Extract_DayOfWhatCausedADelay_IsNoRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // A weekday list restated by a day list is one plan; "back to" after the old days moves them.
    [Theory]
    [InlineData("ru", "Серии «Бродяги» должны были выйти в эту пятницу и субботу, 15 и 16 ноября. Их покажут 22 и 23 ноября.", "2024-11-22; 2024-11-23", "2024-11-13")]
    [InlineData("en", "tvN will air episodes 17 and 18 of the drama \"Alchemy of Souls\" a week late, pushing them from this Saturday and Sunday, Aug. 13 and 14, back to Aug. 20 and 21.",
        "2022-08-20; 2022-08-21", "2022-08-10")]
    // Round 55: a span moved to is the new one, both its days (episodes 17 and 18 air on the 20th and the 21st).
    [InlineData("en", "tvN will air episodes 17 and 18 of the drama \"Alchemy of Souls\" a week late, pushing them from Aug. 13-14 back to Aug. 20-21.",
        "2022-08-20; 2022-08-21", "2022-08-10")]
    // Round 20 (part at): a sentence that retells a plan and its postponement with no new day leaves every day behind.
    [InlineData("en", "The film \"Mickey 17\" had originally been dated for Jan. 28, three days before a Jan. 31 global launch, before the studio " +
                      "pushed the schedule back. \"Mickey 17\" now opens in theaters on Feb. 28.", "2025-02-28", "2025-01-10")]
    [InlineData("en", "The film \"Mickey 17\" was originally set for Jan. 28, but the studio pushed the schedule back and it opens on Jan. 31.",
        "2025-01-31", "2025-01-10")]
    public void Extract_ListedDaysOfOnePlan_AreNeverEmitted(string lang, string text, string expected, string published) =>
        Assert.Equal(expected, string.Join("; ", Read(lang, text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).Split("; ").Select(r => r.Split(' ')[^1])));

    // The day of a clause whose postponement comes after it was the plan, a weekday too, unless an aside names what
    // moved or the delay is behind the day ("after a delay").
    [Theory]
    [InlineData("ru", "Из-за изменений в сетке вещания на эту пятницу (канал покажет фильм «Заражение») релизы OST сдвинули.", "")]
    [InlineData("en", "The film \"The Policeman's Lineage\" opens in theaters on Wednesday after a pandemic-related delay.", "film 2024-05-15")]
    [InlineData("en", "The film \"The Policeman's Lineage\" opens in theaters on May 15 following a delay.", "film 2024-05-15")]
    [InlineData("ru", "Фильм «Кровь полицейского» выйдет в прокат 15 мая после переноса.", "film 2024-05-15")]
    // A main clause that says the work comes out that day gives its day; a relative clause the plan.
    [InlineData("ru", "Финал дорамы «Королева слёз» выйдет в воскресенье: показ перенесли из-за трансляции футбола.", "episode 2024-05-12")]
    [InlineData("en", "TWICE's album, which will be released on June 5, has been postponed.", "")]
    public void Extract_DayBeforeAPostponementWord_IsThePlanUnlessTheDelayIsBehindIt(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // A cause word before the day ("was due Friday") is no cause of the postponement after it.
    [Theory]
    [InlineData("Jimin's single \"Who,\" due Friday, was delayed.")]
    [InlineData("Jimin's single \"Who\" was due Friday but got delayed.")]
    public void Extract_DueDayThenDelayed_IsNeverEmitted(string text) =>
        Assert.Equal("", Read("en", text, new DateOnly(2024, 6, 10)));
}
