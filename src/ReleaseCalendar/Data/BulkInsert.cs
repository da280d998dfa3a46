using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ReleaseCalendar.Data;

/// <summary>New rows a write adds without the change tracker: <see cref="Catalog.CatalogStore"/> inserts them with
/// <see cref="BulkInsert"/> right after it saves the tracked changes (a pending row may point at a release that save
/// created), in the same transaction. For writes that create thousands of rows (an ingestion batch), where tracking
/// costs more than the insert itself. Add the roots of each new graph (a release: its credits in its collection come
/// along); a row here must not also be tracked, nor be changed again by the write. The inserts are plain ADO.NET
/// commands on EF's connection and transaction: EF's command logging and command interceptors do not see them.</summary>
public sealed class PendingInserts
{
    readonly List<object> _roots = [];

    public void Add(object entity) => _roots.Add(entity);

    public IReadOnlyList<object> Roots => _roots;

    internal void Clear() => _roots.Clear();
}

/// <summary>Inserts untracked new entities with one prepared INSERT per table, reused row after row: what SaveChanges
/// would write, at a fraction of its per-row cost (EF builds, tracks and fixes up each row; ~1 ms an ingested item).
/// Columns, quoting and parameter values come from EF's model and type mappings (converters included), identity keys
/// come back by RETURNING (SQLite ≥ 3.35 and PostgreSQL alike), and foreign keys are taken from the principal the
/// entity points to or sits under. Only plain tables qualify; anything else is refused, loudly.</summary>
public static class BulkInsert
{
    /// <summary>Rows per round trip where the provider batches statements.</summary>
    const int RowsPerBatch = 500;

    /// <summary>Inserts <paramref name="pending"/>'s graphs, principals before dependents, and empties it. The entities
    /// stay untracked, with their generated keys and foreign keys set. Needs the caller's transaction.</summary>
    public static async Task InsertAsync(DbContext db, PendingInserts pending, CancellationToken ct)
    {
        if (pending.Roots.Count == 0) return;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("BulkInsert needs an open transaction: its inserts and the save must commit together.");
        var byType = new Dictionary<IEntityType, List<object>>();
        var shapes = new Dictionary<Type, Shape>();
        foreach (var root in pending.Roots) Collect(db, root, byType, shapes);
        var done = new HashSet<IEntityType>();
        while (done.Count < byType.Count)
        {
            var next = byType.Keys.FirstOrDefault(t => !done.Contains(t)
                && t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || done.Contains(fk.PrincipalEntityType) || !byType.ContainsKey(fk.PrincipalEntityType)))
                ?? throw new InvalidOperationException("Pending inserts refer to each other in a cycle.");
            await InsertAsync(db, next, byType[next], ct);
            done.Add(next);
        }
        pending.Clear();
    }

    /// <summary>An entity type as <see cref="Collect"/> walks it, worked out once per CLR type and call: a batch holds
    /// thousands of rows of a few types.</summary>
    sealed record Shape(IEntityType Type, INavigation[] Children);

    /// <summary>The entity and what hangs under it by collection navigations (a release's credits).</summary>
    static void Collect(DbContext db, object entity, Dictionary<IEntityType, List<object>> byType, Dictionary<Type, Shape> shapes)
    {
        if (!shapes.TryGetValue(entity.GetType(), out var shape))
        {
            var type = db.Model.FindEntityType(entity.GetType())
                ?? throw new InvalidOperationException($"{entity.GetType().Name} is not an entity type of this model.");
            if (!Eligible(db.Model, type))
                throw new InvalidOperationException($"{type.DisplayName()} is not a plain table; save it through the change tracker.");
            shapes[entity.GetType()] = shape = new Shape(type,
                [.. type.GetNavigations().Where(n => n.IsCollection && n.ForeignKey.PrincipalEntityType == type)]);
        }
        if (db.Entry(entity).State != EntityState.Detached)
            throw new InvalidOperationException($"A pending {shape.Type.DisplayName()} is tracked too; it would be written twice.");
        if (!byType.TryGetValue(shape.Type, out var list)) byType[shape.Type] = list = [];
        list.Add(entity);
        foreach (var navigation in shape.Children)
            if (navigation.GetGetter().GetClrValue(entity) is System.Collections.IEnumerable children)
                foreach (var child in children) Collect(db, child, byType, shapes);
    }

    /// <summary>A plain table: one entity type, no inheritance, no owned, complex or shadow parts, and nothing generated
    /// by the store but a single integer identity key.</summary>
    static bool Eligible(IModel model, IEntityType type)
    {
        if (type.BaseType is not null || type.GetDirectlyDerivedTypes().Any() || type.IsOwned() || type.GetComplexProperties().Any()
            || type.GetProperties().Any(p => p.IsShadowProperty() || p.PropertyInfo is null) || type.GetTableName() is not { } table) return false;
        if (model.GetEntityTypes().Count(t => t.GetTableName() == table && t.GetSchema() == type.GetSchema()) != 1) return false;
        var key = type.FindPrimaryKey();
        if (key is null) return false;
        var generated = type.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.Never).ToList();
        return generated.Count == 0
            || (generated.Count == 1 && key.Properties.Count == 1 && key.Properties[0] == generated[0]
                && generated[0].ValueGenerated == ValueGenerated.OnAdd && generated[0].ClrType == typeof(int));
    }

    static async Task InsertAsync(DbContext db, IEntityType type, List<object> entities, CancellationToken ct)
    {
        var sql = db.GetInfrastructure().GetRequiredService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var identity = type.GetProperties().SingleOrDefault(p => p.ValueGenerated == ValueGenerated.OnAdd);
        var columns = type.GetProperties().Where(p => p != identity).ToList();
        var mappings = columns.Select(p => p.GetRelationalTypeMapping()).ToList();
        var getters = columns.Select(p => p.GetGetter()).ToList();
        var names = columns.Select((_, i) => sql.GenerateParameterName($"p{i}")).ToList();
        // Foreign keys to a principal the entity points at (a source key's release) are read from it once it has its key.
        var references = type.GetForeignKeys().Where(fk => fk.DependentToPrincipal is not null).ToList();
        // Dependents under a collection of this type (a release's credits) take its key once it is inserted.
        var children = type.GetNavigations().Where(n => n.IsCollection && n.ForeignKey.PrincipalEntityType == type).ToList();

        var text =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))})"
            + $" VALUES ({string.Join(", ", names)})"
            + (identity is null ? "" : $" RETURNING {sql.DelimitIdentifier(identity.GetColumnName(table)!)}");
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;

        void TakeReferences(object entity)
        {
            foreach (var fk in references)
                if (fk.DependentToPrincipal!.GetGetter().GetClrValue(entity) is { } principal) CopyKey(fk, principal, entity);
        }
        // The mapping applies the property's converter (enums as text, lists as JSON) as SaveChanges does.
        System.Data.Common.DbParameter Parameter(object entity, int i) =>
            mappings[i].CreateParameter(command, names[i], getters[i].GetClrValue(entity), columns[i].IsNullable);
        void GiveKeyToChildren(object entity)
        {
            foreach (var navigation in children)
                if (navigation.GetGetter().GetClrValue(entity) is System.Collections.IEnumerable items)
                    foreach (var child in items) CopyKey(navigation.ForeignKey, entity, child);
        }

        // Where the provider batches statements (Npgsql), many rows share one round trip: on a server each row's own
        // would cost a network wait. Each statement keeps its own RETURNING result, read back in order.
        if (connection.CanCreateBatch)
        {
            for (var start = 0; start < entities.Count; start += RowsPerBatch)
            {
                var slice = entities.GetRange(start, Math.Min(RowsPerBatch, entities.Count - start));
                await using var batch = connection.CreateBatch();
                batch.Transaction = transaction;
                foreach (var entity in slice)
                {
                    TakeReferences(entity);
                    var statement = batch.CreateBatchCommand();
                    statement.CommandText = text;
                    for (var i = 0; i < columns.Count; i++) statement.Parameters.Add(Parameter(entity, i));
                    batch.BatchCommands.Add(statement);
                }
                if (identity is null) await batch.ExecuteNonQueryAsync(ct);
                else
                {
                    await using var reader = await batch.ExecuteReaderAsync(ct);
                    foreach (var entity in slice)
                    {
                        if (!await reader.ReadAsync(ct)) throw new InvalidOperationException($"An INSERT into {table.Name} returned no key.");
                        identity.PropertyInfo!.SetValue(entity, reader.GetInt32(0));
                        await reader.NextResultAsync(ct);
                    }
                }
                foreach (var entity in slice) GiveKeyToChildren(entity);
            }
            return;
        }

        // Row after row, only the values change: where a column's mapping makes its parameter the way
        // RelationalTypeMapping does (the value through its converter, the rest from the mapping alone), the parameter
        // made for the first row is kept and given each row's value; any other mapping makes a fresh one per row.
        var keep = mappings.Select(m => m.GetType().GetMethod(nameof(RelationalTypeMapping.CreateParameter), CreateParameterSignature)!
            .DeclaringType == typeof(RelationalTypeMapping)).ToArray();
        var first = true;
        foreach (var entity in entities)
        {
            TakeReferences(entity);
            for (var i = 0; i < columns.Count; i++)
            {
                if (first) command.Parameters.Add(Parameter(entity, i));
                else if (keep[i]) command.Parameters[i].Value = ProviderValue(mappings[i], getters[i].GetClrValue(entity));
                else command.Parameters[i] = Parameter(entity, i);
            }
            first = false;
            if (identity is null)
            {
                await command.ExecuteNonQueryAsync(ct);
            }
            else
            {
                var key = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
                identity.PropertyInfo!.SetValue(entity, key);
            }
            GiveKeyToChildren(entity);
        }
    }

    static readonly Type[] CreateParameterSignature =
        [typeof(System.Data.Common.DbCommand), typeof(string), typeof(object), typeof(bool?), typeof(System.Data.ParameterDirection)];

    /// <summary>The value RelationalTypeMapping.CreateParameter gives its parameter (its enum normalising only touches a
    /// number given for an enum, and a property's getter gives the property's own type).</summary>
    static object ProviderValue(RelationalTypeMapping mapping, object? value) =>
        (mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;

    static void CopyKey(IForeignKey fk, object principal, object dependent)
    {
        for (var i = 0; i < fk.Properties.Count; i++)
        {
            var value = fk.PrincipalKey.Properties[i].GetGetter().GetClrValue(principal);
            if (value is 0) throw new InvalidOperationException($"{fk.PrincipalEntityType.DisplayName()} has no key yet: insert it first.");
            fk.Properties[i].PropertyInfo!.SetValue(dependent, value);
        }
    }
}
