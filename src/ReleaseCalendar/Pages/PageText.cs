using ReleaseCalendar.Feeds;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Pages;

/// <summary>Every word the pages say, in Russian and in English. Kind words are the feeds' own (<see cref="FeedText.KindWord"/>).</summary>
public sealed record PageText
{
    public required string Lang { get; init; }
    public required string Locale { get; init; }
    public required string SiteName { get; init; }
    public required string Tagline { get; init; }
    public required string SkipToContent { get; init; }
    public required string LanguageNav { get; init; }
    public required string Home { get; init; }
    public required string ApiDocs { get; init; }
    public required string Embed { get; init; }
    public required string Search { get; init; }
    public required string SearchHint { get; init; }
    public required string Found { get; init; }
    public required string NothingFound { get; init; }
    public required string Showing { get; init; }
    public required string SearchButton { get; init; }
    public required string AllSubjects { get; init; }
    public required string NextReleases { get; init; }
    public required string NoUpcoming { get; init; }
    public required string UpcomingReleases { get; init; }
    public required string RecentReleases { get; init; }
    public required string NoRecent { get; init; }
    public required string MoreInFeed { get; init; }
    public required string Subscribe { get; init; }
    public required string SubscribeTo { get; init; }
    public required string AlsoKnownAs { get; init; }
    public required string MemberOf { get; init; }
    public required string Members { get; init; }
    public required string Options { get; init; }
    public required string Kinds { get; init; }
    public required string FeedLanguage { get; init; }
    public required string Russian { get; init; }
    public required string English { get; init; }
    public required string IncludeMembers { get; init; }
    public required string Reminder { get; init; }
    public required string ApplyOptions { get; init; }
    public required string AppleThunderbird { get; init; }
    public required string AppleHint { get; init; }
    public required string Google { get; init; }
    public required string GoogleSteps { get; init; }
    public required string Outlook { get; init; }
    public required string Outlook365 { get; init; }
    public required string OutlookHint { get; init; }
    public required string Download { get; init; }
    public required string DownloadHint { get; init; }
    public required string FeedUrl { get; init; }
    public required string Copy { get; init; }
    public required string Copied { get; init; }
    public required string CopyFailed { get; init; }
    public required string QrCode { get; init; }
    public required string QrAlt { get; init; }
    public required string Kind { get; init; }
    public required string When { get; init; }
    public required string Status { get; init; }
    public required string DayUnknown { get; init; }
    public required string Episode { get; init; }
    public required string Season { get; init; }
    public required string Links { get; init; }
    public required string Sources { get; init; }
    public required string Artists { get; init; }
    public required string AddThisOne { get; init; }
    public required string AddThisOneHint { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string IndexDescription { get; init; }
    public required string SubscribeDescription { get; init; }
    public required string SubjectKindArtist { get; init; }
    public required string SubjectKindGroup { get; init; }
    public required string SubjectKindShow { get; init; }
    public required IReadOnlyDictionary<ReleaseStatus, string> Statuses { get; init; }
    /// <summary>A label for each of <see cref="SubscribeOptions.Alarms"/>.</summary>
    public required IReadOnlyDictionary<string, string> Reminders { get; init; }

    public string KindWord(ReleaseKind kind) =>
        kind == ReleaseKind.Other ? (Lang == "ru" ? "другое" : "other") : FeedText.KindWord(kind, Lang == "ru");

    public string SubjectKind(SubjectKind kind) => kind switch
    {
        Releases.SubjectKind.Group => SubjectKindGroup,
        Releases.SubjectKind.Show => SubjectKindShow,
        _ => SubjectKindArtist,
    };

    public static PageText For(string lang) => lang == "en" ? EnText : RuText;

    /// <summary>A source type as a reader says it: the upstream's own name, or what a news or calendar source is.</summary>
    public string SourceName(string type) => (type, Lang) switch
    {
        ("musicbrainz", _) => "MusicBrainz",
        ("tvmaze", _) => "TVmaze",
        ("ical", "ru") => "календарь (iCal)",
        ("ical", _) => "calendar (iCal)",
        ("news", "ru") => "новости",
        ("news", _) => "news",
        _ => type,
    };

    static readonly PageText RuText = new()
    {
        Lang = "ru", Locale = "ru_RU", SiteName = "ReleaseCalendar",
        Tagline = "Релизы K-pop и дорам в вашем календаре: Google, Apple, Outlook, Thunderbird.",
        SkipToContent = "Перейти к содержанию", LanguageNav = "Язык", Home = "Главная", ApiDocs = "API", Embed = "Виджет для сайта",
        Search = "Поиск артиста или дорамы", SearchHint = "Любое имя: по-русски, по-английски или по-корейски.",
        Found = "Найдено: {0}", NothingFound = "Ничего не найдено.", Showing = "Показаны {0} из {1}: уточните поиск.", SearchButton = "Найти", AllSubjects = "Артисты, группы и дорамы",
        NextReleases = "Ближайшие релизы", NoUpcoming = "Ближайших релизов пока нет.",
        UpcomingReleases = "Скоро", RecentReleases = "Недавно вышло", NoRecent = "Пока ничего.",
        MoreInFeed = "и ещё {0} — все они в календаре.",
        Subscribe = "Подписаться", SubscribeTo = "Подписаться на календарь: {0}",
        AlsoKnownAs = "Другие имена", MemberOf = "Группа", Members = "Участники",
        Options = "Настройки календаря", Kinds = "Что показывать", FeedLanguage = "Язык событий",
        Russian = "Русский", English = "English", IncludeMembers = "Сольные релизы участников",
        Reminder = "Напоминание", ApplyOptions = "Обновить ссылки",
        AppleThunderbird = "Apple Календарь, Thunderbird", AppleHint = "Откроет подписку в приложении календаря (webcal).",
        Google = "Google Календарь",
        GoogleSteps = "Если ссылка не сработала: Google Календарь → «Другие календари» → «+» → «Добавить по URL» → вставьте адрес календаря ниже.",
        Outlook = "Outlook.com", Outlook365 = "Outlook (Microsoft 365)", OutlookHint = "Outlook в браузере: личная учётная запись или рабочая/учебная; в приложении: «Добавить календарь» → «Подписаться из Интернета» → адрес ниже.",
        Download = "Скачать .ics", DownloadHint = "Один раз, без обновлений.",
        FeedUrl = "Адрес календаря", Copy = "Копировать", Copied = "Адрес скопирован.", CopyFailed = "Не удалось скопировать: выделите адрес и скопируйте вручную.",
        QrCode = "QR-код для телефона", QrAlt = "QR-код ссылки webcal на календарь",
        Kind = "Тип", When = "Когда", Status = "Статус", DayUnknown = "день пока не объявлен",
        Episode = "Серия", Season = "Сезон", Links = "Ссылки", Sources = "Источники", Artists = "Кто",
        AddThisOne = "Добавить только этот релиз (.ics)", AddThisOneHint = "Одно событие, без подписки.",
        NotFoundTitle = "Страница не найдена", NotFoundText = "Такой страницы нет. Возможно, её удалили или в адресе опечатка.",
        IndexDescription = "Календарь релизов K-pop и дорам: альбомы, синглы, клипы и серии в Google, Apple и Outlook.",
        SubscribeDescription = "Релизы {0} в вашем календаре: Google, Apple, Outlook, Thunderbird.",
        SubjectKindArtist = "артист", SubjectKindGroup = "группа", SubjectKindShow = "дорама",
        Statuses = new Dictionary<ReleaseStatus, string>
        {
            [ReleaseStatus.Announced] = "анонсирован", [ReleaseStatus.Confirmed] = "подтверждён", [ReleaseStatus.Released] = "вышел",
            [ReleaseStatus.Postponed] = "перенесён", [ReleaseStatus.Cancelled] = "отменён",
        },
        Reminders = new Dictionary<string, string>
        {
            [""] = "Без напоминания", ["PT15M"] = "за 15 минут", ["PT1H"] = "за час", ["PT3H"] = "за 3 часа", ["P1D"] = "за день", ["P7D"] = "за неделю",
        },
    };

    static readonly PageText EnText = new()
    {
        Lang = "en", Locale = "en_US", SiteName = "ReleaseCalendar",
        Tagline = "K-pop and K-drama releases in your calendar: Google, Apple, Outlook, Thunderbird.",
        SkipToContent = "Skip to content", LanguageNav = "Language", Home = "Home", ApiDocs = "API", Embed = "Widget for your site",
        Search = "Find an artist or a show", SearchHint = "Any name: in Russian, English or Korean.",
        Found = "Found: {0}", NothingFound = "Nothing found.", Showing = "Showing {0} of {1}: search to narrow them down.", SearchButton = "Search", AllSubjects = "Artists, groups and shows",
        NextReleases = "Next releases", NoUpcoming = "No upcoming releases yet.",
        UpcomingReleases = "Coming up", RecentReleases = "Recently released", NoRecent = "Nothing yet.",
        MoreInFeed = "and {0} more — all of them in the calendar.",
        Subscribe = "Subscribe", SubscribeTo = "Subscribe to the calendar: {0}",
        AlsoKnownAs = "Other names", MemberOf = "Group", Members = "Members",
        Options = "Calendar options", Kinds = "What to show", FeedLanguage = "Event language",
        Russian = "Русский", English = "English", IncludeMembers = "Members' solo releases",
        Reminder = "Reminder", ApplyOptions = "Update links",
        AppleThunderbird = "Apple Calendar, Thunderbird", AppleHint = "Opens the subscription in your calendar app (webcal).",
        Google = "Google Calendar",
        GoogleSteps = "If the link does not work: Google Calendar → \"Other calendars\" → \"+\" → \"From URL\" → paste the calendar address below.",
        Outlook = "Outlook.com", Outlook365 = "Outlook (Microsoft 365)", OutlookHint = "Outlook on the web: a personal account, or a work or school one; in the app: Add calendar → Subscribe from web → the address below.",
        Download = "Download .ics", DownloadHint = "Once, without updates.",
        FeedUrl = "Calendar address", Copy = "Copy", Copied = "Address copied.", CopyFailed = "Could not copy: select the address and copy it yourself.",
        QrCode = "QR code for your phone", QrAlt = "QR code of the calendar's webcal link",
        Kind = "Kind", When = "When", Status = "Status", DayUnknown = "day not announced yet",
        Episode = "Episode", Season = "Season", Links = "Links", Sources = "Sources", Artists = "Who",
        AddThisOne = "Add just this one (.ics)", AddThisOneHint = "One event, no subscription.",
        NotFoundTitle = "Page not found", NotFoundText = "There is no such page. It may have been removed, or the address has a typo.",
        IndexDescription = "K-pop and K-drama release calendar: albums, singles, music videos and episodes in Google, Apple and Outlook.",
        SubscribeDescription = "{0} releases in your calendar: Google, Apple, Outlook, Thunderbird.",
        SubjectKindArtist = "artist", SubjectKindGroup = "group", SubjectKindShow = "show",
        Statuses = new Dictionary<ReleaseStatus, string>
        {
            [ReleaseStatus.Announced] = "announced", [ReleaseStatus.Confirmed] = "confirmed", [ReleaseStatus.Released] = "released",
            [ReleaseStatus.Postponed] = "postponed", [ReleaseStatus.Cancelled] = "cancelled",
        },
        Reminders = new Dictionary<string, string>
        {
            [""] = "No reminder", ["PT15M"] = "15 minutes before", ["PT1H"] = "1 hour before", ["PT3H"] = "3 hours before", ["P1D"] = "1 day before", ["P7D"] = "1 week before",
        },
    };
}
