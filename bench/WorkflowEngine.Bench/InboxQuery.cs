using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkflowEngine.Approvals;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Approvals.Workbench;
using WorkflowEngine.Persistence;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Bench;

/// <summary>
/// How long the workbench inbox takes to read when a department has many open tasks: the tasks, their cases, their
/// clocks and the catalog names in a fixed number of queries, and the lines built from them. Measured, not asserted.
/// </summary>
internal static class InboxQuery
{
    public static async Task RunAsync(TestDatabase database, int tasks)
    {
        var persistence = await TestEngine.CreateDatabaseAsync(database);
        await using var engine = await TestEngine.StartAsync(persistence, WorkflowEngine.Approvals.ServiceCollectionExtensions.AddApprovalActivities, s => s.AddApprovals(persistence));
        await engine.Services.MigrateApprovalsDatabaseAsync();
        await engine.Services.LoadDemoCatalogAsync();
        var seeding = Stopwatch.StartNew();
        await SeedAsync(engine, tasks);
        Console.WriteLine($"{database,-10} {tasks} open tasks with their cases and clocks written in {seeding.Elapsed.TotalSeconds:F1} s");

        var reviewer = new Actor("samr-reviewer", "SAMR", StaffRole.Reviewer);
        var timings = new List<double>();
        var rows = 0;
        for (var round = 0; round < 6; round++)
        {
            await using var scope = engine.Services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            rows = (await scope.ServiceProvider.GetRequiredService<Inbox>().ForAsync(reviewer)).Count;
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
        var warm = timings.Skip(1).Order().ToList();
        Console.WriteLine($"{database,-10} inbox of {rows} tasks: first read {timings[0]:F0} ms, then median {warm[warm.Count / 2]:F0} ms " +
            $"(min {warm[0]:F0}, max {warm[^1]:F0}); {rows / Math.Max(1, warm[warm.Count / 2]) * 1000:F0} rows/s");
    }

    /// <summary>Rows written directly, in batches: the inbox reads rows, how they were made does not matter to it.</summary>
    static async Task SeedAsync(TestEngine engine, int count)
    {
        var start = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
        const int batch = 1000;
        for (var offset = 0; offset < count; offset += batch)
        {
            await using var scope = engine.Services.CreateAsyncScope();
            var approvals = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
            var workflow = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            for (var i = offset; i < Math.Min(count, offset + batch); i++)
            {
                var number = $"20260302{i:D10}X";
                var at = start.AddMinutes(i);
                var @case = new Case
                {
                    Number = number, PackageCode = "open-business", MatterCodes = ["SAMR-BL"], InstanceId = "bench-" + i, ClockId = "clock-" + i,
                    Applicant = new Applicant($"申请人{i}", "居民身份证", $"1101011990{i:D8}"), ReceivedAt = at, AcceptedAt = at,
                };
                @case.MoveTo(CaseStatus.Accepted);
                @case.MoveTo(CaseStatus.Handling);
                approvals.Cases.Add(@case);
                approvals.HumanTasks.Add(new HumanTask
                {
                    Id = $"task-{i}", CaseNumber = number, InstanceId = "bench-" + i, BookmarkId = "bookmark-" + i, NodeId = "licence",
                    DepartmentCode = "SAMR", Role = StaffRole.Reviewer, Title = "营业执照 Business licence", AllowedOutcomes = ["Pass", "Returned"], CreatedAt = at,
                });
                workflow.Clocks.Add(new ClockRecord
                {
                    Id = "clock-" + i, OwnerType = "case", OwnerId = number, CalendarId = "cn", Events = "[]", Thresholds = "{}",
                    Level = (i % 4) switch { 0 => "Normal", 1 => "Warning", 2 => "Urgent", _ => "Overdue" }, DueAt = at.AddDays(1 + i % 5), UpdatedAt = at,
                });
            }
            await approvals.SaveChangesAsync();
            await workflow.SaveChangesAsync();
        }
    }
}
