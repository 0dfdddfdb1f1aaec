using System.Text.Json;
using WorkflowEngine.Tests.Server.Integrators;

namespace WorkflowEngine.Tests.Server.Production;

/// <summary>
/// What an integrator's receiver may expect of the deliveries (docs/integrators.md): every event at least once, signed,
/// events of one case in order, and a repeat only of an event already sent, with the same body.
/// </summary>
internal static class WebhookChecks
{
    /// <summary>Every way the received events break the promises; empty when they keep them.</summary>
    public static List<string> Problems(IReadOnlyList<DeliveryRow> deliveries, IReadOnlyList<ReceivedEvent> received)
    {
        var problems = new List<string>();
        var byId = received.GroupBy(e => e.EventId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var delivery in deliveries.Where(d => !byId.ContainsKey(d.EventId)))
            problems.Add($"event {delivery.EventId} ({delivery.EventType} of case {delivery.CaseNumber}) never arrived; its delivery is {delivery.Status}");
        foreach (var unsigned in received.Where(e => !e.SignatureValid))
            problems.Add($"event {unsigned.EventId} arrived with a signature that does not verify");
        foreach (var (id, copies) in byId.Where(g => g.Value.Count > 1))
            if (copies.Select(c => Canonical(c.Body)).Distinct().Count() > 1)
                problems.Add($"event {id} was sent {copies.Count} times with different bodies");
        foreach (var @case in deliveries.GroupBy(d => d.CaseNumber))
        {
            var types = @case.OrderBy(d => d.Id).Select(d => d.EventType).ToList();
            // A burst replayed after a crash must not post its events again: one accepted, one completed per case.
            if (types.Count(t => t == "case.accepted") != 1 || types.Count(t => t == "case.completed") != 1 || types.Distinct().Count() != types.Count)
                problems.Add($"case {@case.Key} has the events {string.Join(", ", types)}; each should be there once, accepted and completed among them");
        }
        var known = deliveries.Select(d => d.EventId).ToHashSet();
        foreach (var stray in received.Where(e => !known.Contains(e.EventId)).Select(e => e.EventId).Distinct())
            problems.Add($"event {stray} arrived but no delivery of it was ever made");

        // In order per case: the first arrival of each event follows the order the deliveries were numbered in.
        var firstArrivals = received.Select(e => e.EventId).Distinct().ToList();
        var position = firstArrivals.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        foreach (var @case in deliveries.GroupBy(d => d.CaseNumber))
        {
            var expected = @case.OrderBy(d => d.Id).Select(d => d.EventId).Where(position.ContainsKey).ToList();
            var arrived = expected.OrderBy(id => position[id]).ToList();
            if (!expected.SequenceEqual(arrived))
                problems.Add($"events of case {@case.Key} arrived out of order: " +
                    string.Join(", ", arrived.Select(id => @case.Single(d => d.EventId == id).EventType)));
        }
        return problems;
    }

    /// <summary>Events delivered more than once (allowed after a node died mid-send).</summary>
    public static int Repeats(IReadOnlyList<ReceivedEvent> received) => received.Count - received.Select(e => e.EventId).Distinct().Count();

    static string Canonical(string body) => JsonSerializer.Serialize(JsonDocument.Parse(body).RootElement);
}
