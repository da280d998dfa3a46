namespace ReleaseCalendar.Tests.Infrastructure;

/// <summary>
/// A fact that needs ../shared/tools/ics-check. A user's clone has no ../shared, so there the test is reported as
/// skipped (not passed); in CI (CI=true) the tool must be present, so its absence fails the test instead of hiding it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class IcsCheckFactAttribute : FactAttribute
{
    public IcsCheckFactAttribute()
    {
        if (IcsCheck.ToolPath is null && !IcsCheck.Required)
            Skip = "../shared/tools/ics-check is not present (it exists in the team's workspace and CI).";
    }
}
