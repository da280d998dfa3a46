using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Ingest.Sources.ICal;
using ReleaseCalendar.Ingest.Sources.News;

namespace ReleaseCalendar.Tests.Ingest.ICal;

public sealed class ICalAndNewsRegistrationTests
{
    static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddICalAndNews();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddICalAndNews_RegistersBothReadersWithBoundOptions()
    {
        using var provider = Build(new() { ["Ingest:ICal:FutureDays"] = "90", ["Ingest:News:MaxItemsPerRun"] = "7" });

        var readers = provider.GetServices<ISourceReader>().ToList();

        Assert.Equal([SourceType.ICal, SourceType.News], readers.Select(r => r.Type));
        Assert.IsType<ICalReader>(readers[0]);
        Assert.IsType<NewsReader>(readers[1]);
        Assert.Equal(90, provider.GetRequiredService<IOptions<ICalOptions>>().Value.FutureDays);
        Assert.Equal(7, provider.GetRequiredService<IOptions<NewsOptions>>().Value.MaxItemsPerRun);
    }

    [Theory]
    [InlineData("Ingest:ICal:MaxOccurrences", "0", "MaxOccurrences")]
    [InlineData("Ingest:News:Threshold", "1.5", "Threshold")]
    public void AddICalAndNews_BadOption_FailsValidationNamingIt(string key, string value, string member)
    {
        using var provider = Build(new() { [key] = value });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(member, ex.Message, StringComparison.Ordinal);
    }
}
