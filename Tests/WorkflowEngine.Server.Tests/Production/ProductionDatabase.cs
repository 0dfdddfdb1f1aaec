using Npgsql;

namespace WorkflowEngine.Tests.Server.Production;

/// <summary>A webhook delivery row: what the server means to send, in the order it numbered them.</summary>
internal sealed record DeliveryRow(long Id, string EventId, string CaseNumber, string EventType, string Status);

/// <summary>
/// Reads what the nodes left in the shared PostgreSQL database, straight through Npgsql, so that the checks do not
/// trust the server's own answers.
/// </summary>
internal sealed class ProductionDatabase(string connectionString)
{
    public Task<List<(string Number, string Status, string? Package, string InstanceId)>> CasesAsync() =>
        ListAsync("""SELECT "Number", "Status", "PackageCode", "InstanceId" FROM approval_cases""",
            r => (r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3)));

    public Task<List<(string Key, string CaseNumber)>> IdempotencyRecordsAsync() =>
        ListAsync("""SELECT "Key", "CaseNumber" FROM integrator_idempotency_keys""", r => (r.GetString(0), r.GetString(1)));

    /// <summary>Instances not finished, or finished with an incident.</summary>
    public Task<List<string>> UnfinishedInstancesAsync() =>
        ListAsync("""SELECT "Id" || ' ' || "Status" || '/' || "SubStatus" || ' incidents ' || "IncidentCount" FROM workflow_instances WHERE "Status" <> 'Finished' OR "IncidentCount" > 0""",
            r => r.GetString(0));

    /// <summary>Running instances with nothing that could ever resume them: no bookmark and no open task.</summary>
    public Task<List<string>> StuckInstancesAsync() => ListAsync("""
        SELECT i."Id" FROM workflow_instances i
        WHERE i."Status" = 'Running'
          AND NOT EXISTS (SELECT 1 FROM workflow_bookmarks b WHERE b."InstanceId" = i."Id")
          AND NOT EXISTS (SELECT 1 FROM approval_tasks t WHERE t."InstanceId" = i."Id" AND t."Status" IN ('Open', 'Claimed'))
        """, r => r.GetString(0));

    /// <summary>Bookmarks that got more than one human task (a task opened twice by a replayed burst).</summary>
    public Task<List<string>> BookmarksWithSeveralTasksAsync() => ListAsync("""
        SELECT "BookmarkId" || ' x' || COUNT(*) FROM approval_tasks WHERE "ParentTaskId" IS NULL GROUP BY "BookmarkId" HAVING COUNT(*) > 1
        """, r => r.GetString(0));

    /// <summary>Per case: its tasks and how many were completed.</summary>
    public Task<List<(string CaseNumber, int Tasks, int Completed)>> TasksPerCaseAsync() => ListAsync("""
        SELECT "CaseNumber", COUNT(*), COUNT(*) FILTER (WHERE "Status" = 'Completed') FROM approval_tasks GROUP BY "CaseNumber"
        """, r => (r.GetString(0), (int)r.GetInt64(1), (int)r.GetInt64(2)));

    /// <summary>Task journal lines written more than once for one task (opened, claimed or completed twice).</summary>
    public Task<List<string>> DuplicatedTaskJournalLinesAsync() => ListAsync("""
        SELECT "Event" || ' ' || ("Data"::jsonb ->> 'taskId') || ' x' || COUNT(*) FROM workflow_journal
        WHERE "Event" IN ('TaskOpened', 'TaskClaimed', 'TaskCompleted')
        GROUP BY "Event", "Data"::jsonb ->> 'taskId' HAVING COUNT(*) > 1
        """, r => r.GetString(0));

    /// <summary>Instances started or finished more than once in the journal.</summary>
    public Task<List<string>> DuplicatedInstanceJournalLinesAsync() => ListAsync("""
        SELECT "Event" || ' ' || "InstanceId" || ' x' || COUNT(*) FROM workflow_journal
        WHERE "Event" IN ('InstanceStarted', 'InstanceFinished') GROUP BY "Event", "InstanceId" HAVING COUNT(*) > 1
        """, r => r.GetString(0));

    /// <summary>How many times the timer activity of each given instance acted.</summary>
    public async Task<Dictionary<string, int>> TimerActionsAsync(IReadOnlyCollection<string> instanceIds)
    {
        var rows = await ListAsync("""
            SELECT "InstanceId", COUNT(*) FROM workflow_journal WHERE "Event" = 'Completed' AND "NodeId" = 'wait' AND "InstanceId" = ANY(@ids) GROUP BY "InstanceId"
            """, r => (r.GetString(0), (int)r.GetInt64(1)), ("ids", instanceIds.ToArray()));
        return instanceIds.ToDictionary(id => id, id => rows.Where(r => r.Item1 == id).Sum(r => r.Item2));
    }

    public Task<List<DeliveryRow>> DeliveriesAsync() => ListAsync("""
        SELECT "Id", "EventId", "CaseNumber", "EventType", "Status" FROM integrator_webhook_deliveries ORDER BY "Id"
        """, r => new DeliveryRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)));

    /// <summary>Case events not yet fanned out to the subscriptions, and deliveries not yet delivered.</summary>
    public async Task<(long Undispatched, long Undelivered)> WebhookBacklogAsync() =>
        ((await ListAsync("""SELECT COUNT(*) FROM workflow_outbox WHERE "DispatchedAt" IS NULL AND "Topic" LIKE 'case.%'""", r => r.GetInt64(0)))[0],
         (await ListAsync("""SELECT COUNT(*) FROM integrator_webhook_deliveries WHERE "Status" <> 'Delivered'""", r => r.GetInt64(0)))[0]);

    async Task<List<T>> ListAsync<T>(string sql, Func<NpgsqlDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }
}
