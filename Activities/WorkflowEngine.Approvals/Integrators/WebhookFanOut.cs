using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Persistence;
using WorkflowEngine.Persistence.Records;
using WorkflowEngine.Runtime;
using WorkflowEngine.Supervision;

namespace WorkflowEngine.Approvals.Integrators;

/// <summary>
/// Turns case events in the outbox into one delivery per matching subscription. Each outbox message is claimed by
/// setting its <c>DispatchedAt</c> where it is still empty, in the same transaction as its deliveries: two nodes never
/// fan out one event twice, and a crash leaves it for the next round.
/// </summary>
public sealed class WebhookFanOut(WorkflowDbContext workflow, TimeProvider time)
{
    static readonly string[] Topics = [.. CaseEvents.All.Where(t => t != CaseEvents.Overdue), SupervisionMessages.AlertRaisedTopic];

    /// <summary>Fans out up to <paramref name="batchSize"/> events, oldest first; returns how many were taken.</summary>
    public async Task<int> RunOnceAsync(int batchSize, CancellationToken cancellationToken = default)
    {
        var messages = await workflow.Outbox.AsNoTracking().Where(o => o.DispatchedAt == null && Topics.Contains(o.Topic))
            .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).Take(batchSize).ToListAsync(cancellationToken);
        var taken = 0;
        foreach (var message in messages)
            if (await FanOutAsync(message, cancellationToken)) taken++;
        return taken;
    }

    async Task<bool> FanOutAsync(OutboxRecord message, CancellationToken cancellationToken)
    {
        await workflow.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await workflow.Database.BeginTransactionAsync(cancellationToken);
            var now = time.GetUtcNow();
            var claimed = await workflow.Outbox.Where(o => o.Id == message.Id && o.DispatchedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.DispatchedAt, now).SetProperty(o => o.Attempts, o => o.Attempts + 1), cancellationToken);
            if (claimed == 0) return false; // another node took it
            await using var db = ApprovalsContexts.On(transaction.GetDbTransaction().Connection!);
            await db.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
            if (await EventOfAsync(db, message, cancellationToken) is { } @event)
            {
                var subscriptions = await db.WebhookSubscriptions.AsNoTracking()
                    .Where(s => s.DeletedAt == null && s.CreatedAt <= message.CreatedAt).ToListAsync(cancellationToken);
                foreach (var subscription in subscriptions.Where(s => s.Events.Contains(@event.Type)
                             && (s.Departments.Contains(ApiScopes.AllDepartments) || s.Departments.Intersect(@event.Departments).Any())))
                    db.WebhookDeliveries.Add(new WebhookDelivery
                    {
                        EventId = message.Id, SubscriptionId = subscription.Id, EventType = @event.Type, CaseNumber = @event.CaseNumber,
                        Body = @event.Body, CreatedAt = now, NextAttemptAt = now,
                    });
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        finally
        {
            await workflow.Database.CloseConnectionAsync();
        }
    }

    sealed record Event(string Type, string CaseNumber, IReadOnlyList<string> Departments, string Body);

    /// <summary>The event a message stands for, with the body every subscriber gets; null for alerts that are not a case running late.</summary>
    static async Task<Event?> EventOfAsync(ApprovalsDbContext db, OutboxRecord message, CancellationToken cancellationToken)
    {
        var payload = message.Payload is null ? new JsonObject() : JsonNode.Parse(message.Payload) as JsonObject ?? [];
        string type, caseNumber;
        JsonObject data;
        if (message.Topic == SupervisionMessages.AlertRaisedTopic)
        {
            if ((string?)payload["ownerType"] != "case" || (string?)payload["level"] != nameof(Calendar.ClockLevel.Overdue)) return null;
            (type, caseNumber) = (CaseEvents.Overdue, (string)payload["ownerId"]!);
            data = new JsonObject { ["alertId"] = payload["alertId"]?.DeepClone(), ["level"] = payload["level"]?.DeepClone(), ["raisedAt"] = payload["raisedAt"]?.DeepClone() };
        }
        else
        {
            (type, caseNumber) = (message.Topic, (string)payload["caseNumber"]!);
            data = payload;
            data.Remove("caseNumber");
        }
        var departments = await db.CaseMatters.AsNoTracking().Where(m => m.CaseNumber == caseNumber).Select(m => m.DepartmentCode).Distinct().ToListAsync(cancellationToken);
        data["departments"] = new JsonArray(departments.Select(d => (JsonNode)d).ToArray());
        var body = new JsonObject
        {
            ["id"] = message.Id,
            ["type"] = type,
            ["occurredAt"] = message.CreatedAt.ToUniversalTime(),
            ["caseNumber"] = caseNumber,
            ["data"] = data,
        };
        return new Event(type, caseNumber, departments, body.ToJsonString(WorkflowJson.Options)); // Chinese stays readable in integrators' logs
    }
}
