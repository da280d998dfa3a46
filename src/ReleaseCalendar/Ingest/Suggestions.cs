using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Admin;
using ReleaseCalendar.Catalog;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest;

/// <summary>An admin's decision on a news candidate. Accepting creates the release (with the admin's corrections, pinned as
/// typed by hand) and keeps the article as its provenance; both in one catalog write.</summary>
public sealed class Suggestions(CatalogStore store, TimeProvider clock)
{
    public Task<CatalogResult<Release>> AcceptAsync(int id, AcceptSuggestionRequest body, string actor, CancellationToken ct)
    {
        var releaseId = Guid.CreateVersion7(clock.GetUtcNow());
        return store.WriteAsync<Release>(new(actor, "suggestion.accept", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            async (db, now, ct) =>
            {
                var s = await db.Suggestions.FirstOrDefaultAsync(x => x.Id == id, ct);
                if (s is null) return Unknown(id);
                if (s.Status != SuggestionStatus.Pending)
                    return CatalogError.Conflict("Already decided", $"Suggestion {id} was {s.Status.ToString().ToLowerInvariant()} by {s.DecidedBy}.");
                var subjects = body.Subjects ?? (s.SubjectSlug is null ? null : [s.SubjectSlug]);
                var request = new ReleaseRequest(subjects ?? [], body.Title ?? (s.Title.Length > 0 ? s.Title : null), null, body.Kind ?? s.Kind,
                    body.Date ?? s.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    body.Time ?? (body.Date is null && s.Time is { } t ? ReleaseTime.FormatTime(t) : null),
                    body.TimeZone ?? (body.Date is null && body.Time is null ? s.TimeZone : null),
                    ReleaseStatus.Announced, null, null, null, s.Link is null ? null : [s.Link]);
                var (valid, errors) = AdminValidation.Release(request);
                if (valid is null) return CatalogError.Invalid(errors);
                var resolved = await ReleaseChanges.ResolveAsync(db, valid.Subjects, ct);
                if (resolved.Error is { } error) return error;
                var release = ReleaseChanges.Build(releaseId, valid, resolved.Value!, actor, now);
                db.Releases.Add(release);
                db.SourceItems.Add(new SourceItem
                {
                    SourceId = s.SourceId, ExternalId = s.ExternalId, Release = release, Fingerprint = "accepted",
                    Values = new StatedValues { Fields = ReleaseFields.All.ToDictionary(f => f, f => ReleaseFields.Read(release, f)) },
                    Evidence = s.Evidence, Link = s.Link, FirstSeenUtc = s.CreatedUtc, LastSeenUtc = now, FirstRunId = s.RunId, LastRunId = s.RunId,
                });
                (s.Status, s.DecidedUtc, s.DecidedBy, s.ReleasePublicId) = (SuggestionStatus.Accepted, now, actor, releaseId);
                s.Revision++;
                return release;
            }, ct);
    }

    public Task<CatalogResult<Done>> RejectAsync(int id, string actor, CancellationToken ct) =>
        store.WriteAsync<Done>(new(actor, "suggestion.reject", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            async (db, now, ct) =>
            {
                var s = await db.Suggestions.FirstOrDefaultAsync(x => x.Id == id, ct);
                if (s is null) return Unknown(id);
                if (s.Status == SuggestionStatus.Rejected) return new Done();
                if (s.Status == SuggestionStatus.Accepted)
                    return CatalogError.Conflict("Already accepted", $"Suggestion {id} is release {s.ReleasePublicId}; delete that release instead.");
                (s.Status, s.DecidedUtc, s.DecidedBy) = (SuggestionStatus.Rejected, now, actor);
                s.Revision++;
                return new Done();
            }, ct);

    static CatalogError Unknown(int id) => CatalogError.NotFound("Unknown suggestion", $"No suggestion has the id {id}.");

    public static SuggestionResponse Response(Suggestion s) => new(s.Id, s.SourceId, s.RunId, s.Subject, s.SubjectSlug, s.Title,
        ReleaseKinds.WireName(s.Kind), s.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        s.Time is { } t ? ReleaseTime.FormatTime(t) : null, s.TimeZone, s.Confidence, s.Evidence, s.Link, s.Reason,
        s.Status.ToString().ToLowerInvariant(), s.ReleasePublicId, s.CreatedUtc, s.DecidedUtc, s.DecidedBy);
}
