using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Integrators;
using WorkflowEngine.Server.Endpoints.Supervision;
using WorkflowEngine.Server.Integrators;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Server.Endpoints.Cases;

/// <summary>Cases (办件) for integrators: intake with an Idempotency-Key, read, supplements and withdrawal. Listing is in <see cref="CaseListEndpoints"/>.</summary>
internal static class CaseEndpoints
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static RouteGroupBuilder MapCases(this RouteGroupBuilder group)
    {
        group.MapPost("/", Create).WithName("CreateCase").WithSummary("Take an application in · 收件")
            .WithDescription($"Send an `{IdempotencyKeyHeader}` header to make retries safe: the same key with the same body answers the case it created; with another body, 409 `idempotency-key-reused`.")
            .Accepts<CreateCaseRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireApiKey(ApiScopes.CasesWrite);
        group.MapCaseList();
        group.MapGet("/{number}", Get).WithName("GetCase").WithSummary("One case: status, clock, open tasks, documents · 办件详情")
            .ProducesProblem(StatusCodes.Status404NotFound).RequireApiKey(ApiScopes.CasesRead);
        group.MapPost("/{number}/supplements", Supplement).WithName("SupplementCase").WithSummary("Hand in materials later (deferred or correction) · 补交材料")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireApiKey(ApiScopes.CasesWrite);
        group.MapPost("/{number}/withdrawal", Withdraw).WithName("WithdrawCase").WithSummary("The applicant withdraws the application · 撤回申请")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireApiKey(ApiScopes.CasesWrite);
        group.MapPost("/{number}/rating", Rate).WithName("RateCase").WithSummary("Record the applicant's rating of a finished case · 好差评")
            .WithDescription("Five levels: 1 非常不满意, 2 不满意, 3 基本满意, 4 满意, 5 非常满意. A bad rating (1 or 2) opens a rectification for the responsible department.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireApiKey(ApiScopes.CasesWrite);
        return group;
    }

    static async Task<Ok<CaseResponse>> Rate(string number, RatingRequest rating, ApiCaller caller, CaseService cases, CaseQueries queries,
        EvaluationService evaluations, ClockService clocks, CancellationToken cancellationToken)
    {
        await CaseAccess.ReadableAsync(number, caller, cases, queries, cancellationToken);
        await evaluations.RateAsync(number, rating.Level ?? 0, rating.Comment, rating.RealName ?? true, cancellationToken);
        return TypedResults.Ok(await DetailAsync((await cases.FindAsync(number, cancellationToken))!, queries, clocks, cancellationToken));
    }

    static async Task<Created<CaseResponse>> Create(HttpRequest request, ApiCaller caller, IdempotentIntake intake, ApprovalsDbContext db, CaseQueries queries,
        ClockService clocks, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var body = buffer.ToArray();
        CreateCaseRequest application;
        try
        {
            application = JsonSerializer.Deserialize<CreateCaseRequest>(body, json.Value.SerializerOptions)
                ?? throw new BadHttpRequestException("the body is empty", new JsonException("the body is null"));
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("the body is not valid JSON", e);
        }
        var departments = await CaseAccess.OfApplicationAsync(application, db, cancellationToken);
        if (departments.Count > 0) caller.MustCoverAny(departments, "the application");
        var key = request.Headers[IdempotencyKeyHeader].ToString() is { Length: > 0 } k ? k : null;
        var result = await intake.CreateAsync(caller.IntegratorId, key, Convert.ToHexStringLower(SHA256.HashData(body)), application.ToNewCase(), cancellationToken);
        if (result.Replayed) request.HttpContext.Response.Headers[ReplayedHeader] = "true";
        return TypedResults.Created($"/api/v1/cases/{result.Case.Number}", await DetailAsync(result.Case, queries, clocks, cancellationToken));
    }

    static async Task<Ok<CaseResponse>> Get(string number, ApiCaller caller, CaseService cases, CaseQueries queries, ClockService clocks, CancellationToken cancellationToken)
    {
        var (@case, departments) = await CaseAccess.ReadableAsync(number, caller, cases, queries, cancellationToken);
        return TypedResults.Ok(await DetailAsync(@case, queries, clocks, cancellationToken, departments));
    }

    static async Task<Ok<CaseResponse>> Supplement(string number, SupplementRequest supplement, ApiCaller caller, CaseService cases, CaseQueries queries,
        SupplementService supplements, ClockService clocks, CancellationToken cancellationToken)
    {
        await CaseAccess.ReadableAsync(number, caller, cases, queries, cancellationToken);
        var @case = await supplements.ReceiveSupplementAsync(number, supplement.Materials ?? [], supplement.ReceivedBy ?? "", cancellationToken);
        return TypedResults.Ok(await DetailAsync(@case, queries, clocks, cancellationToken));
    }

    static async Task<Ok<CaseResponse>> Withdraw(string number, WithdrawalRequest withdrawal, ApiCaller caller, CaseService cases, CaseQueries queries,
        WithdrawalService withdrawals, ClockService clocks, CancellationToken cancellationToken)
    {
        await CaseAccess.ReadableAsync(number, caller, cases, queries, cancellationToken);
        var @case = await withdrawals.WithdrawAsync(number, withdrawal.RequestedBy ?? "", withdrawal.Reason, cancellationToken);
        return TypedResults.Ok(await DetailAsync(@case, queries, clocks, cancellationToken));
    }

    internal static async Task<CaseResponse> DetailAsync(Case @case, CaseQueries queries, ClockService clocks, CancellationToken cancellationToken,
        List<string>? departments = null)
    {
        var clock = @case.ClockId is { } id ? ClockResponse.From(await clocks.ReadAsync(id, cancellationToken: cancellationToken)) : null;
        return CaseResponse.From(@case, departments ?? await queries.DepartmentsAsync(@case.Number, cancellationToken), clock,
            await queries.OpenTasksAsync(@case.Number, cancellationToken), await queries.FaultsAsync(@case.InstanceId, cancellationToken));
    }
}
