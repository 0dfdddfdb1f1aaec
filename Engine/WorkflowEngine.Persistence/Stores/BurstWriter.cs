using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Persistence.Stores;

/// <summary>
/// Writes a burst as one transaction with explicit statements built from the EF model (table and column names,
/// value converters, identifier quoting come from EF, so both providers and future migrations stay in step).
/// The change tracker cost about as much as the commit itself on the hot path; see docs/decisions/0004-persistence.md.
/// On PostgreSQL every statement goes in one batch: one round trip per burst.
/// </summary>
internal sealed class BurstWriter(WorkflowDbContext db)
{
    readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();
    readonly List<(string Sql, List<object?> Values)> _statements = [];

    // Only what a burst can change: SQLite rewrites every index on a column named in SET, changed or not.
    static readonly string[] MutableInstanceColumns =
    [
        nameof(InstanceRecord.State), nameof(InstanceRecord.Status), nameof(InstanceRecord.SubStatus), nameof(InstanceRecord.IncidentCount),
        nameof(InstanceRecord.Name), nameof(InstanceRecord.UpdatedAt), nameof(InstanceRecord.FinishedAt), nameof(InstanceRecord.Revision),
    ];

    /// <summary>Returns false when the instance was changed by someone else (nothing is then written).</summary>
    public async Task<bool> WriteAsync(InstanceRecord instance, long? expectedRevision, IEnumerable<string> burnedBookmarks,
        IEnumerable<BookmarkRecord> bookmarks, IEnumerable<JournalRecord> journal, IEnumerable<OutboxRecord> outbox,
        IReadOnlyList<IBurstParticipant> participants, CancellationToken ct)
    {
        if (expectedRevision is { } revision) Update(instance, revision);
        else Insert(instance);
        var burned = burnedBookmarks.ToList();
        if (burned.Count > 0) DeleteByIds<BookmarkRecord>(burned);
        foreach (var b in bookmarks) Insert(b);
        foreach (var j in journal) Insert(j);
        foreach (var o in outbox) Insert(o);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var tx = transaction.GetDbTransaction();
            var affected = await ExecuteAsync(tx.Connection!, tx, ct);
            if (expectedRevision is not null && affected[0] != 1)
            {
                await transaction.RollbackAsync(ct);
                return false;
            }
            foreach (var participant in participants)
                await participant.WriteAsync(new BurstTransaction(tx.Connection!, tx), ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        finally
        {
            _statements.Clear();
            await db.Database.CloseConnectionAsync();
        }
    }

    async Task<int[]> ExecuteAsync(DbConnection connection, DbTransaction tx, CancellationToken ct)
    {
        if (connection.CanCreateBatch)
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = tx;
            foreach (var (sql, values) in _statements)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = sql;
                for (var i = 0; i < values.Count; i++) command.Parameters.Add(Parameter(command.CreateParameter(), i, values[i]));
                batch.BatchCommands.Add(command);
            }
            await batch.ExecuteNonQueryAsync(ct);
            return batch.BatchCommands.Select(c => c.RecordsAffected).ToArray();
        }
        // SQLite runs in-process, so one command per statement costs no round trips.
        var affected = new int[_statements.Count];
        for (var i = 0; i < _statements.Count; i++)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = _statements[i].Sql;
            var values = _statements[i].Values;
            for (var p = 0; p < values.Count; p++) command.Parameters.Add(Parameter(command.CreateParameter(), p, values[p]));
            affected[i] = await command.ExecuteNonQueryAsync(ct);
        }
        return affected;
    }

    static DbParameter Parameter(DbParameter parameter, int index, object? value)
    {
        parameter.ParameterName = "p" + index;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }

    void Insert<T>(T row) where T : notnull
    {
        var entity = Entity<T>();
        var columns = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey()).ToList();
        var sql = new StringBuilder("INSERT INTO ").Append(Table(entity)).Append(" (")
            .AppendJoin(", ", columns.Select(Column)).Append(") VALUES (")
            .AppendJoin(", ", columns.Select((_, i) => Placeholder(i))).Append(')');
        _statements.Add((sql.ToString(), columns.Select(p => Value(p, row)).ToList()));
    }

    void Update(InstanceRecord row, long expectedRevision)
    {
        var entity = Entity<InstanceRecord>();
        var columns = MutableInstanceColumns.Select(name => entity.FindProperty(name)!).ToList();
        var id = entity.FindPrimaryKey()!.Properties[0];
        var revision = entity.FindProperty(nameof(InstanceRecord.Revision))!;
        var sql = new StringBuilder("UPDATE ").Append(Table(entity)).Append(" SET ")
            .AppendJoin(", ", columns.Select((p, i) => $"{Column(p)} = {Placeholder(i)}"))
            .Append(" WHERE ").Append(Column(id)).Append(" = ").Append(Placeholder(columns.Count))
            .Append(" AND ").Append(Column(revision)).Append(" = ").Append(Placeholder(columns.Count + 1));
        var values = columns.Select(p => Value(p, row)).Append(row.Id).Append(expectedRevision).ToList();
        _statements.Add((sql.ToString(), values));
    }

    void DeleteByIds<T>(IReadOnlyList<string> ids)
    {
        var entity = Entity<T>();
        var key = entity.FindPrimaryKey()!.Properties[0];
        var sql = $"DELETE FROM {Table(entity)} WHERE {Column(key)} IN ({string.Join(", ", ids.Select((_, i) => Placeholder(i)))})";
        _statements.Add((sql, ids.Cast<object?>().ToList()));
    }

    IEntityType Entity<T>() => db.Model.FindEntityType(typeof(T))!;
    string Table(IEntityType entity) => _sql.DelimitIdentifier(entity.GetTableName()!);
    string Column(IProperty property) => _sql.DelimitIdentifier(property.GetColumnName());
    string Placeholder(int index) => _sql.GenerateParameterNamePlaceholder("p" + index);

    static object? Value(IProperty property, object row)
    {
        var value = property.PropertyInfo!.GetValue(row);
        var converter = property.GetTypeMapping().Converter;
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }
}
