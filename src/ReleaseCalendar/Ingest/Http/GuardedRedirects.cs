using System.Net;

namespace ReleaseCalendar.Ingest.Http;

/// <summary>A redirect not followed: to a scheme other than http(s), from https to http, or one hop too many.
/// Not retried (the next attempt would be redirected the same way).</summary>
public sealed class RedirectRefusedException(string message) : Exception(message);

/// <summary>
/// Follows redirects in place of SocketsHttpHandler's (AllowAutoRedirect is off), once per attempt, each hop connecting
/// through <see cref="GuardedConnect"/>. SocketsHttpHandler follows a Location of any scheme and then fails with a bare
/// UriFormatException (file:) or NotSupportedException (ftp:); here such a hop is refused, naming where it led.
/// </summary>
public sealed class GuardedRedirects(int maxRedirects) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        for (var hops = 0; TargetOf(request.RequestUri!, response) is { } target; hops++)
        {
            response.Dispose();
            // Only up to the path: the upstream's Location may carry a token in its query, and this goes to logs.
            var shown = target.GetLeftPart(UriPartial.Path);
            if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
                throw new RedirectRefusedException($"the upstream redirected to {shown}, which is not an http or https URL");
            if (request.RequestUri!.Scheme == Uri.UriSchemeHttps && target.Scheme == Uri.UriSchemeHttp)
                throw new RedirectRefusedException($"the upstream redirected from https to {shown}, which is not followed (plain http)");
            if (hops == maxRedirects)
                throw new RedirectRefusedException($"more than {maxRedirects} redirects (the last to {shown})");
            request.RequestUri = target;
            response = await base.SendAsync(request, ct);
        }
        return response;
    }

    /// <summary>Where a redirect leads, relative Locations resolved (RFC 9110 §10.2.2); null for any other response.</summary>
    static Uri? TargetOf(Uri from, HttpResponseMessage response)
    {
        var redirect = response.StatusCode is HttpStatusCode.MultipleChoices or HttpStatusCode.MovedPermanently or HttpStatusCode.Found
            or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
        if (!redirect || response.Headers.Location is not { } location) return null;
        return location.IsAbsoluteUri ? location : new Uri(from, location);
    }
}
