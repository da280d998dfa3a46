namespace ReleaseCalendar.Extraction;

internal static class Placeholder;
