using System.Buffers;

namespace ReleaseCalendar.Ingest.Http;

/// <summary>The body went over Ingest:Http:MaxResponseBytes; not retried (the next attempt would be as large).</summary>
public sealed class ResponseTooLargeException(long limit)
    : Exception($"response larger than the {FormatSize(limit)} limit ({HttpIngestOptions.Section}:{nameof(HttpIngestOptions.MaxResponseBytes)})")
{
    static string FormatSize(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : bytes % 1024 == 0 ? $"{bytes / 1024} KB" : $"{bytes} bytes";
}

/// <summary>A body read whole by <see cref="BufferingHandler"/>.</summary>
public sealed class BufferedContent(byte[] buffer, int length) : ByteArrayContent(buffer, 0, length)
{
    public ReadOnlyMemory<byte> Body { get; } = buffer.AsMemory(0, length);
}

/// <summary>Sits under the resilience handler, so it runs once per attempt: counts the attempt and reads a success
/// body whole, within the size limit. Reading here puts a reset, a truncated body or a slow drip inside the attempt's
/// timeout and the retry, where it belongs; read later, they would escape the pipeline.</summary>
public sealed class BufferingHandler(long maxBytes) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<RunCounters> Counters = new("ReleaseCalendar.RunCounters");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Options.TryGetValue(Counters, out var counters)) counters.CountCall();
        var response = await base.SendAsync(request, ct);
        try
        {
            if (response.IsSuccessStatusCode) response.Content = await BufferAsync(response.Content, ct);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    async Task<HttpContent> BufferAsync(HttpContent content, CancellationToken ct)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes) throw new ResponseTooLargeException(maxBytes);
        using var buffer = new MemoryStream(declared is { } n ? (int)n : 16 * 1024);
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            await using var stream = await content.ReadAsStreamAsync(ct);
            int read;
            while ((read = await stream.ReadAsync(chunk, ct)) > 0)
            {
                // Counted, not trusted: chunked and compressed bodies declare no (or another) length.
                if (buffer.Length + read > maxBytes) throw new ResponseTooLargeException(maxBytes);
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        var buffered = new BufferedContent(buffer.GetBuffer(), (int)buffer.Length);
        foreach (var header in content.Headers) buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        content.Dispose();
        return buffered;
    }
}
