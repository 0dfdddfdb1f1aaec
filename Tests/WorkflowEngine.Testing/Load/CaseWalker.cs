using System.Net;
using System.Text.Json;

namespace WorkflowEngine.Testing.Load;

/// <summary>What became of one walked case.</summary>
public sealed record WalkedCase(string IdempotencyKey, string Number, string Status, int TasksCompleted, int Replays);

/// <summary>
/// Takes one application in through <c>POST /api/v1/cases</c> and works its tasks through <c>/api/v1/tasks</c> until the
/// case is decided and issued, as the people named by <see cref="Applications"/>. Answers a retried request can get are
/// taken as the documented outcome: 201 <c>Idempotent-Replayed</c> for the intake, a claim that is already ours, and
/// 409 <c>task-already-completed</c> for a completion whose first answer was lost.
/// </summary>
public sealed class CaseWalker(IntegratorClient client)
{
    public const string CreateCase = "create-case";
    public const string CompleteTask = "complete-task";
    public const string ClaimTask = "claim-task";
    public const string ReadCase = "read-case";
    public const string RateCase = "rate-case";

    int _unexpected;

    /// <summary>Answers that are neither success nor a documented outcome of a retry (the walk went on regardless).</summary>
    public int Unexpected => _unexpected;
    public List<string> UnexpectedAnswers { get; } = [];

    public async Task<WalkedCase> WalkAsync(string packageCode, int serial, string idempotencyKey, CancellationToken stop = default)
    {
        var body = Applications.Body(packageCode, serial);
        var created = await client.SendAsync(CreateCase, HttpMethod.Post, "/api/v1/cases", body, idempotencyKey);
        if (created.Status != HttpStatusCode.Created) throw new InvalidOperationException($"intake refused: {created}");
        var number = created.Text("number")!;
        var replays = 0;
        var completed = 0;
        var quiet = 0;
        var @case = created.Json;
        while (!Applications.IsFinal(@case.GetProperty("status").GetString()))
        {
            stop.ThrowIfCancellationRequested();
            var open = @case.GetProperty("tasks").EnumerateArray().ToList();
            if (open.Count == 0)
            {
                // A case between steps (a timer or another client's work): look again shortly.
                if (++quiet > 600) throw new TimeoutException($"case {number} has no open task and is not decided: {@case}");
                await Task.Delay(100, stop);
            }
            else
            {
                // Departments working in parallel complete their tasks at the same moment, as they would in a real centre.
                var results = await Task.WhenAll(open.Select(WorkAsync));
                completed += results.Count(r => r.Completed);
                replays += results.Sum(r => r.Replays);
            }
            var read = await client.SendAsync(ReadCase, HttpMethod.Get, $"/api/v1/cases/{number}");
            if (read.Status != HttpStatusCode.OK) throw new InvalidOperationException($"case {number} unreadable: {read}");
            @case = read.Json;
        }
        var status = @case.GetProperty("status").GetString()!;
        if (status is "CompletedApproved" or "CompletedApprovedUnderDeferredMaterials" or "CompletedNotApproved" or "Refused")
        {
            // A decided case waits for the applicant's rating (好差评); 409 after a retry means an earlier attempt was taken.
            var rated = await client.SendAsync(RateCase, HttpMethod.Post, $"/api/v1/cases/{number}/rating", """{"level":5}""");
            if (rated.Status is not (HttpStatusCode.OK or HttpStatusCode.Conflict)) throw new InvalidOperationException($"case {number} not rated: {rated}");
        }
        return new WalkedCase(idempotencyKey, number, status, completed, replays);
    }

    async Task<(bool Completed, int Replays)> WorkAsync(JsonElement task)
    {
        var id = task.GetProperty("id").GetString()!;
        var user = Applications.UserFor(task.GetProperty("departmentCode").GetString()!, task.GetProperty("role").GetString()!);
        var replays = 0;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var claim = await client.SendAsync(ClaimTask, HttpMethod.Post, $"/api/v1/tasks/{id}/claim", $$"""{"user":"{{user}}"}""");
            if (claim.Code is "task-already-completed" or "task-cancelled") return (false, replays + 1);
            if (claim.Code == "task-changed") { replays++; continue; }
            if (claim.Status != HttpStatusCode.OK) { Note("claim", claim); return (false, replays); }
            var completion = await client.SendAsync(CompleteTask, HttpMethod.Post, $"/api/v1/tasks/{id}/complete", Applications.Completion(task, user));
            if (completion.Status == HttpStatusCode.OK) return (true, replays);
            // Our earlier attempt committed but its answer was lost with the node: the documented answer to the retry.
            if (completion.Code == "task-already-completed") return (true, replays + 1);
            if (completion.Code is "task-changed" or "case-changed" or "task-not-claimed") { replays++; continue; }
            Note("complete", completion);
            return (false, replays);
        }
        Note("gave up on task " + id, new ApiAnswer(HttpStatusCode.Conflict, default, "50 conflicts in a row"));
        return (false, replays);
    }

    void Note(string what, ApiAnswer answer)
    {
        Interlocked.Increment(ref _unexpected);
        lock (UnexpectedAnswers) if (UnexpectedAnswers.Count < 20) UnexpectedAnswers.Add($"{what}: {answer}");
    }
}
