using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowEngine.Approvals.Integrators;
using WorkflowEngine.Persistence;
using WorkflowEngine.Runtime;
using WorkflowEngine.Server.Api;
using WorkflowEngine.Server.Endpoints.Cases;
using WorkflowEngine.Server.Integrators;
using Microsoft.EntityFrameworkCore;

namespace WorkflowEngine.Server.Endpoints.Workflows;

/// <summary>The engine for integrators: start a published workflow, publish a named event, read an instance and its journal.</summary>
internal static class WorkflowEndpoints
{
    public static RouteGroupBuilder MapWorkflows(this RouteGroupBuilder group)
    {
        group.MapPost("/workflows/{definitionId}/instances", Start).WithName("StartWorkflow").WithSummary("Start the published version of a workflow with input")
            .ProducesProblem(StatusCodes.Status404NotFound).RequireApiKey(ApiScopes.Workflows);
        group.MapPost("/events/{eventName}", Publish).WithName("PublishEvent").WithSummary("Publish a named event: resumes the instances waiting for it")
            .RequireApiKey(ApiScopes.Workflows);
        group.MapGet("/workflow-instances/{id}", Get).WithName("GetWorkflowInstance").WithSummary("One workflow instance")
            .ProducesProblem(StatusCodes.Status404NotFound).RequireApiKey(ApiScopes.Workflows);
        group.MapGet("/workflow-instances/{id}/journal", Journal).WithName("GetWorkflowInstanceJournal").WithSummary("An instance's journal, oldest first")
            .ProducesProblem(StatusCodes.Status404NotFound).RequireApiKey(ApiScopes.Workflows);
        return group;
    }

    static async Task<Created<RunResponse>> Start(string definitionId, StartWorkflowRequest? start, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var run = await runtime.StartAsync(definitionId, new StartRequest(start?.Input, start?.CorrelationId, start?.Name), cancellationToken);
        return TypedResults.Created($"/api/v1/workflow-instances/{run.InstanceId}", RunResponse.From(run));
    }

    static async Task<Ok<EventResponse>> Publish(string eventName, PublishEventRequest? published, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var runs = await runtime.PublishEventAsync(eventName, published?.Input, published?.CorrelationId, cancellationToken);
        return TypedResults.Ok(new EventResponse(eventName, runs.Select(RunResponse.From).ToList()));
    }

    static async Task<Ok<InstanceResponse>> Get(string id, IWorkflowInstanceStore instances, CancellationToken cancellationToken)
    {
        var instance = await instances.FindAsync(id, cancellationToken) ?? throw new InstanceNotFoundException(id);
        return TypedResults.Ok(InstanceResponse.From(instance));
    }

    static async Task<Ok<List<JournalLineResponse>>> Journal(string id, IWorkflowInstanceStore instances, WorkflowDbContext workflow, string? after,
        CancellationToken cancellationToken)
    {
        _ = await instances.FindAsync(id, cancellationToken) ?? throw new InstanceNotFoundException(id);
        var from = after is null ? 0 : QueryValue.Count("after", after, int.MaxValue);
        var lines = await workflow.Journal.AsNoTracking().Where(j => j.InstanceId == id && j.Id > from).OrderBy(j => j.Id).Take(1000).ToListAsync(cancellationToken);
        return TypedResults.Ok(lines.Select(CaseListEndpoints.Line).ToList());
    }
}

/// <summary>The input of a new instance, and the correlation id that ties it to something outside (a case number, an order).</summary>
public sealed record StartWorkflowRequest(JsonObject? Input, string? CorrelationId, string? Name);

/// <summary>An event's payload, and optionally the correlation id of instances it starts.</summary>
public sealed record PublishEventRequest(JsonObject? Input, string? CorrelationId);

/// <summary>Where an instance stands after a start or resume.</summary>
public sealed record RunResponse(string InstanceId, WorkflowStatus Status, WorkflowSubStatus SubStatus, int OpenIncidents)
{
    public static RunResponse From(WorkflowRunResult run) => new(run.InstanceId, run.Status, run.SubStatus, run.Incidents.Count);
}

/// <summary>The instances an event resumed or started.</summary>
public sealed record EventResponse(string EventName, IReadOnlyList<RunResponse> Instances);

/// <summary>A workflow instance: definition, status, correlation, times, variables and open incidents.</summary>
public sealed record InstanceResponse(string Id, string DefinitionId, int Version, string? Name, string? CorrelationId, WorkflowStatus Status,
    WorkflowSubStatus SubStatus, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt,
    IReadOnlyDictionary<string, JsonNode?> Variables, IReadOnlyList<Incident> Incidents)
{
    public static InstanceResponse From(WorkflowInstance i) => new(i.Id, i.DefinitionId, i.Version, i.Name, i.CorrelationId, i.Status, i.SubStatus,
        i.CreatedAt.ToUniversalTime(), i.UpdatedAt.ToUniversalTime(), i.FinishedAt?.ToUniversalTime(), i.Variables,
        i.Incidents.Where(x => x.ResolvedAt is null).ToList());
}
