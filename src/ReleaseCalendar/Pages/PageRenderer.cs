using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ReleaseCalendar.Pages;

/// <summary>Renders a Razor component to an HTML string on the server (HtmlRenderer; no interactivity, no circuit).</summary>
public static class PageRenderer
{
    // The default encoder writes every non-ASCII letter as &#x...;: a Russian page grew four-fold. Markup characters
    // (< > & " ') are still encoded; only letters of any script pass as UTF-8.
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static async Task<string> RenderAsync<TComponent>(IServiceProvider services, IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(new WithEncoder(services), services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }

    /// <summary>The request's services with the pages' encoder, which HtmlRenderer takes from its provider.</summary>
    sealed class WithEncoder(IServiceProvider inner) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? Encoder : inner.GetService(serviceType);
    }
}
