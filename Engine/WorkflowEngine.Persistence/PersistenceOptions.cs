namespace WorkflowEngine.Persistence;

/// <summary>Which database the engine uses; bound from the "Persistence" configuration section.</summary>
public sealed class PersistenceOptions
{
    /// <summary>"Sqlite" (the default, embedded) or "PostgreSql".</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = "Data Source=data/workflows.db";

    /// <summary>How long a node trusts its cached working calendars before asking the database whether another node changed them.</summary>
    public TimeSpan CalendarRefreshInterval { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>The supported databases.</summary>
public enum DatabaseProvider { Sqlite, PostgreSql }
