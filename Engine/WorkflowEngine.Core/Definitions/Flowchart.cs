using WorkflowEngine.Activities;
using WorkflowEngine.Descriptors;

namespace WorkflowEngine.Definitions;

/// <summary>A flowchart ready to run: bound activities, edges indexed by source port, and for each join the nodes that can still reach it.</summary>
public sealed class Flowchart
{
    readonly Dictionary<(string Node, string Port), string[]> _outgoing;
    readonly Dictionary<string, HashSet<string>> _reachers = new(StringComparer.Ordinal);

    public Flowchart(IReadOnlyDictionary<string, FlowNode> nodes, IReadOnlyList<Connection> connections, string? startNodeId)
    {
        Nodes = nodes;
        Connections = connections;
        StartNodeId = startNodeId;
        _outgoing = connections.GroupBy(c => (c.Source, c.SourcePort)).ToDictionary(g => g.Key, g => g.Select(c => c.Target).ToArray());
        var inbound = connections.GroupBy(c => c.Target).ToDictionary(g => g.Key, g => g.Select(c => c.Source).Distinct().ToArray());
        InboundCount = inbound.ToDictionary(kv => kv.Key, kv => kv.Value.Length);
        foreach (var node in nodes.Values.Where(n => n.Activity is BuiltIn.FlowJoin))
            _reachers[node.Id] = Reachers(node.Id, inbound);
        TriggerNodes = nodes.Values.Where(n => n.Registration.IsTrigger && !InboundCount.ContainsKey(n.Id)).ToList();
    }

    public IReadOnlyDictionary<string, FlowNode> Nodes { get; }
    public IReadOnlyList<Connection> Connections { get; }
    public string? StartNodeId { get; }
    public IReadOnlyDictionary<string, int> InboundCount { get; }
    /// <summary>Trigger nodes nothing leads to: publishing indexes them so their stimulus starts new instances.</summary>
    public IReadOnlyList<FlowNode> TriggerNodes { get; }

    public IReadOnlyList<string> Targets(string nodeId, string port) => _outgoing.GetValueOrDefault((nodeId, port)) ?? [];

    /// <summary>Nodes from which a token can arrive at the join without passing through it.</summary>
    public IReadOnlySet<string> ReachersOf(string joinId) => _reachers[joinId];

    static HashSet<string> Reachers(string joinId, Dictionary<string, string[]> inbound)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(inbound.GetValueOrDefault(joinId) ?? []);
        while (stack.TryPop(out var node))
        {
            if (node == joinId || !seen.Add(node)) continue;
            foreach (var source in inbound.GetValueOrDefault(node) ?? []) stack.Push(source);
        }
        return seen;
    }
}

/// <summary>A node of a runnable flowchart.</summary>
public sealed record FlowNode(string Id, Activity Activity, ActivityRegistration Registration);
