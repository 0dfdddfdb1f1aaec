using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Integrators;
using WorkflowEngine.Calendar;
using WorkflowEngine.Server.Api;
using WorkflowEngine.Server.Integrators;

namespace WorkflowEngine.Server.Endpoints.Cases;

/// <summary>The case list with filters and paging, and a case's timeline (its journal).</summary>
internal static class CaseListEndpoints
{
    public const int MaxPageSize = 100;
    static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static RouteGroupBuilder MapCaseList(this RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithName("ListCases").WithSummary("Cases, newest first, by status, matter, package, department, level and date · 办件列表")
            .ProducesProblem(StatusCodes.Status400BadRequest).RequireApiKey(ApiScopes.CasesRead);
        group.MapGet("/{number}/timeline", Timeline).WithName("GetCaseTimeline").WithSummary("The case's journal, oldest first · 办理过程")
            .ProducesProblem(StatusCodes.Status404NotFound).RequireApiKey(ApiScopes.CasesRead);
        return group;
    }

    static async Task<Ok<PageResponse<CaseResponse>>> List(ApiCaller caller, CaseQueries queries, string? status, string? matter, string? package,
        string? department, string? level, string? receivedFrom, string? receivedTo, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        if (department is not null) caller.MustCoverAny([department], $"department {department}");
        var filter = new CaseFilter(
            Status: status is null ? null : Enum<CaseStatus>("status", status),
            MatterCode: matter, PackageCode: package, DepartmentCode: department,
            Level: level is null ? null : Enum<ClockLevel>("level", level),
            ReceivedFrom: receivedFrom is null ? null : QueryValue.Instant("receivedFrom", receivedFrom, Beijing),
            ReceivedTo: receivedTo is null ? null : QueryValue.Instant("receivedTo", receivedTo, Beijing),
            WithinDepartments: caller.DepartmentFilter,
            Page: page is null ? 1 : Math.Max(1, QueryValue.Count("page", page, 100_000)),
            PageSize: pageSize is null ? 20 : Math.Max(1, QueryValue.Count("pageSize", pageSize, MaxPageSize)));
        var found = await queries.ListAsync(filter, cancellationToken);
        var items = new List<CaseResponse>();
        foreach (var c in found.Items) items.Add(CaseResponse.From(c, await queries.DepartmentsAsync(c.Number, cancellationToken)));
        return TypedResults.Ok(new PageResponse<CaseResponse>(items, found.Page, found.PageSize, found.TotalCount));
    }

    /// <summary>The journal after line <paramref name="after"/> (0: from the start), up to <paramref name="take"/> lines; page on with the last id.</summary>
    static async Task<Ok<TimelineResponse>> Timeline(string number, ApiCaller caller, CaseService cases, CaseQueries queries,
        string? after, string? take, CancellationToken cancellationToken)
    {
        var (@case, _) = await CaseAccess.ReadableAsync(number, caller, cases, queries, cancellationToken);
        var from = after is null ? 0 : QueryValue.Count("after", after, int.MaxValue);
        var size = take is null ? 500 : Math.Max(1, QueryValue.Count("take", take, 1000));
        var lines = await queries.TimelineAsync(@case, from, size, cancellationToken);
        return TypedResults.Ok(new TimelineResponse(@case.Number, lines.Select(Line).ToList()));
    }

    internal static JournalLineResponse Line(WorkflowEngine.Persistence.Records.JournalRecord j) => new(
        j.Id, j.At.ToUniversalTime(), j.Event, j.NodeId, j.ActivityType, j.Outcome, j.Actor, j.Message, j.Data is null ? null : JsonNode.Parse(j.Data));

    static T Enum<T>(string parameter, string text) where T : struct, Enum =>
        System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : int.TryParse(text, out var code) && System.Enum.IsDefined(typeof(T), code)
                ? (T)(object)code
                : throw new InvalidQueryException(parameter, $"'{parameter}' must be one of {string.Join(", ", System.Enum.GetNames<T>())}; got '{text}'.");
}
