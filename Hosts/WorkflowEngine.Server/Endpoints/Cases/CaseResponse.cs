using System.Text.Json.Nodes;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Server.Endpoints.Supervision;

namespace WorkflowEngine.Server.Endpoints.Cases;

/// <summary>A case as integrators see it: status (name and national code), clock, the tasks still open, documents.</summary>
public sealed record CaseResponse(
    string Number,
    CaseStatus Status,
    int StatusCode,
    string? PackageCode,
    IReadOnlyList<string> MatterCodes,
    IReadOnlyList<string> Departments,
    Applicant Applicant,
    JsonNode? Form,
    IReadOnlyList<CaseMaterial> Materials,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? CompletedAt,
    string InstanceId,
    int? Rating,
    ClockResponse? Clock,
    IReadOnlyList<TaskResponse>? Tasks,
    IReadOnlyList<CaseDocumentResponse> Documents,
    IReadOnlyList<CaseFaultResponse> Faults)
{
    public static CaseResponse From(Case c, IReadOnlyList<string> departments, ClockResponse? clock = null, IReadOnlyList<HumanTask>? tasks = null,
        IReadOnlyList<CaseFault>? faults = null) => new(
        c.Number, c.Status, (int)c.Status, c.PackageCode, c.MatterCodes, departments, c.Applicant, JsonNode.Parse(c.Form),
        c.Materials.Select(m => m with { ReceivedAt = m.ReceivedAt?.ToUniversalTime(), DeferredUntil = m.DeferredUntil?.ToUniversalTime() }).ToList(),
        c.ReceivedAt.ToUniversalTime(), c.AcceptedAt?.ToUniversalTime(), c.CompletedAt?.ToUniversalTime(), c.InstanceId, c.Rating, clock,
        tasks?.Select(TaskResponse.From).ToList(),
        c.Documents.Select(d => new CaseDocumentResponse(d.Kind, d.Number, d.IssuedAt.ToUniversalTime(), d.Title, d.Content)).ToList(),
        (faults ?? []).Select(f => new CaseFaultResponse(f.Step, f.StepName, f.Explanation, f.Message, f.At.ToUniversalTime())).ToList());
}

/// <summary>
/// A fault (办理异常) that stopped the case: the step, what it means for the case in plain Chinese, the technical message
/// for whoever fixes the cause, and when. An administrator retries it after the fix.
/// </summary>
public sealed record CaseFaultResponse(string Step, string StepName, string Explanation, string Message, DateTimeOffset At);

/// <summary>A document issued on a case (受理通知书, 一次性告知书, 送达记录 …).</summary>
public sealed record CaseDocumentResponse(CaseDocumentKind Kind, string Number, DateTimeOffset IssuedAt, string Title, string Content);

/// <summary>A human task: whose inbox it is in, who holds it, what it may end with.</summary>
public sealed record TaskResponse(
    string Id, string? CaseNumber, string Title, string DepartmentCode, StaffRole Role, HumanTaskStatus Status, string? AssignedTo, string? ClaimedBy,
    IReadOnlyList<string> AllowedOutcomes, IReadOnlyDictionary<string, List<string>> RequiredFields, DateTimeOffset CreatedAt, DateTimeOffset? DueAt,
    string? Outcome, string? CompletedBy, DateTimeOffset? CompletedAt)
{
    public static TaskResponse From(HumanTask t) => new(
        t.Id, t.CaseNumber, t.Title, t.DepartmentCode, t.Role, t.Status, t.AssignedTo, t.ClaimedBy, t.AllowedOutcomes, t.RequiredFields,
        t.CreatedAt.ToUniversalTime(), t.DueAt?.ToUniversalTime(), t.Outcome, t.CompletedBy, t.CompletedAt?.ToUniversalTime());
}

/// <summary>A page of results: the items, the page asked for and how many match in all.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

/// <summary>One line of a case's or instance's journal.</summary>
public sealed record JournalLineResponse(long Id, DateTimeOffset At, string Event, string? NodeId, string? ActivityType, string? Outcome, string? Actor,
    string? Message, JsonNode? Data);

/// <summary>A case's journal lines, oldest first; ask again with <c>after</c> = the last line's id for more.</summary>
public sealed record TimelineResponse(string CaseNumber, IReadOnlyList<JournalLineResponse> Lines);
