using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Persistence.Stores;

/// <summary>
/// Explicit INSERT and UPDATE statements for rows of any EF model (the engine's and a module's), built from the model:
/// table and column names, value converters, owned types sharing the table and identifier quoting come from EF, so
/// both providers and future migrations stay in step. Used where the change tracker would cost as much as the write
/// (a burst's commit); see docs/decisions/0004-persistence.md. The SQL of each shape is built once per model.
/// </summary>
public sealed class ModelStatements
{
    static readonly ConditionalWeakTable<IModel, ModelStatements> ByModel = new();

    readonly IModel _model;
    readonly ISqlGenerationHelper _sql;
    // Keyed by row type, statement kind and the column list object (a caller's fixed array), so finding one allocates nothing.
    readonly ConcurrentDictionary<(Type Row, string Kind, IReadOnlyCollection<string>? Only), Shape> _shapes = new();

    ModelStatements(IModel model, ISqlGenerationHelper sql)
    {
        _model = model;
        _sql = sql;
    }

    /// <summary>The statements for this context's model (one instance per model, shared by every context of that type).</summary>
    public static ModelStatements For(DbContext db) => ByModel.GetValue(db.Model, model => new ModelStatements(model, db.GetService<ISqlGenerationHelper>()));

    /// <summary>Inserts every mapped column of the row (not a database-generated key).</summary>
    public BurstStatement Insert(object row)
    {
        var shape = _shapes.GetOrAdd((row.GetType(), "insert", null), key =>
        {
            var entity = Entity(key.Row);
            var columns = Columns(entity, r => r).ToList();
            var sql = new StringBuilder("INSERT INTO ").Append(Table(entity)).Append(" (")
                .AppendJoin(", ", columns.Select(c => c.Name)).Append(") VALUES (")
                .AppendJoin(", ", columns.Select((_, i) => Placeholder(i))).Append(')');
            return new Shape(sql.ToString(), columns);
        });
        return new BurstStatement(shape.Sql, shape.Values(row));
    }

    /// <summary>
    /// Updates a row by its key: every column but the key, or only <paramref name="only"/>. With
    /// <paramref name="expectedRevision"/> the row must still have that revision (the new one is the row's own
    /// <c>Revision</c>). Either way the statement must touch exactly one row or the burst fails as a conflict.
    /// </summary>
    public BurstStatement Update(object row, long? expectedRevision, IReadOnlyCollection<string>? only = null)
    {
        var shape = _shapes.GetOrAdd((row.GetType(), expectedRevision is null ? "update" : "update under revision", only), _ =>
        {
            var entity = Entity(row.GetType());
            var keys = entity.FindPrimaryKey()!.Properties;
            var set = Columns(entity, r => r).Where(c => !keys.Any(k => Column(k) == c.Name) && (only is null || only.Contains(c.Property))).ToList();
            var where = keys.Select(k => new ColumnValue(Column(k), k.Name, Reader(k, r => r))).ToList();
            var sql = new StringBuilder("UPDATE ").Append(Table(entity)).Append(" SET ")
                .AppendJoin(", ", set.Select((c, i) => $"{c.Name} = {Placeholder(i)}"))
                .Append(" WHERE ").AppendJoin(" AND ", where.Select((c, i) => $"{c.Name} = {Placeholder(set.Count + i)}"));
            if (expectedRevision is not null)
                sql.Append(" AND ").Append(Column(entity.FindProperty("Revision")!)).Append(" = ").Append(Placeholder(set.Count + where.Count));
            return new Shape(sql.ToString(), [.. set, .. where]);
        });
        var values = shape.Values(row);
        if (expectedRevision is { } revision) values.Add(revision);
        return new BurstStatement(shape.Sql, values, row.GetType().Name);
    }

    /// <summary>Deletes rows of <typeparamref name="T"/> by their single-column key.</summary>
    public BurstStatement DeleteByKeys<T>(IReadOnlyList<string> keys)
    {
        var entity = Entity(typeof(T));
        var key = entity.FindPrimaryKey()!.Properties[0];
        var sql = $"DELETE FROM {Table(entity)} WHERE {Column(key)} IN ({string.Join(", ", keys.Select((_, i) => Placeholder(i)))})";
        return new BurstStatement(sql, keys.Cast<object?>().ToList());
    }

    /// <summary>The quoted table of an entity type, for a statement written by hand.</summary>
    public string Table<T>() => Table(Entity(typeof(T)));

    /// <summary>The quoted column of a property, for a statement written by hand.</summary>
    public string Column<T>(string property) => Column(Entity(typeof(T)).FindProperty(property)!);

    /// <summary>A value as the column stores it (through the property's converter: an enum as text, an instant as ticks on SQLite).</summary>
    public object? Value<T>(string property, object? value)
    {
        var converter = Entity(typeof(T)).FindProperty(property)!.GetTypeMapping().Converter;
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }

    /// <summary>The placeholder of the i-th value (p0, p1, …) in this provider's syntax.</summary>
    public string Placeholder(int index) => _sql.GenerateParameterNamePlaceholder("p" + index);

    IEntityType Entity(Type type) => _model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model");
    string Table(IEntityType entity) => _sql.DelimitIdentifier(entity.GetTableName()!);
    string Column(IProperty property) => _sql.DelimitIdentifier(property.GetColumnName());

    // The row's own columns, then those of owned types stored in the same table (a case's applicant).
    IEnumerable<ColumnValue> Columns(IEntityType entity, Func<object, object?> owner)
    {
        foreach (var property in entity.GetProperties())
        {
            if (property.PropertyInfo is null) continue; // an owned type's shadow key: its owner writes that column
            if (property.IsPrimaryKey() && property.ValueGenerated != ValueGenerated.Never) continue; // identity
            yield return new ColumnValue(Column(property), property.Name, Reader(property, owner));
        }
        foreach (var navigation in entity.GetNavigations())
        {
            var target = navigation.TargetEntityType;
            if (!target.IsOwned() || navigation.IsCollection || target.GetTableName() != entity.GetTableName()) continue;
            var info = navigation.PropertyInfo!;
            foreach (var column in Columns(target, row => owner(row) is { } o ? info.GetValue(o) : null)) yield return column;
        }
    }

    static Func<object, object?> Reader(IProperty property, Func<object, object?> owner)
    {
        PropertyInfo info = property.PropertyInfo!;
        var converter = property.GetTypeMapping().Converter;
        return row =>
        {
            var value = owner(row) is { } o ? info.GetValue(o) : null;
            return value is null || converter is null ? value : converter.ConvertToProvider(value);
        };
    }

    sealed record ColumnValue(string Name, string Property, Func<object, object?> Read);

    sealed record Shape(string Sql, IReadOnlyList<ColumnValue> Columns)
    {
        public List<object?> Values(object row)
        {
            var values = new List<object?>(Columns.Count + 1);
            foreach (var column in Columns) values.Add(column.Read(row));
            return values;
        }
    }
}
