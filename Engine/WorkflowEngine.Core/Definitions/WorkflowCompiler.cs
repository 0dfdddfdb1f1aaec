using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WorkflowEngine.Activities;
using WorkflowEngine.Descriptors;
using WorkflowEngine.Expressions;

namespace WorkflowEngine.Definitions;

/// <summary>Validates definitions and turns versions into runnable flowcharts, caching them per version.</summary>
public sealed class WorkflowCompiler(ActivityRegistry registry, JavaScriptEvaluator javaScript)
{
    readonly ConcurrentDictionary<string, (DateTimeOffset UpdatedAt, CompiledWorkflow Workflow)> _cache = new(StringComparer.Ordinal);

    public IReadOnlyList<DefinitionValidationError> Validate(JsonObject model) => Analyze(model).Errors;

    /// <summary>A version compiled earlier on this node, if any.</summary>
    public CompiledWorkflow? Cached(string versionId) => _cache.TryGetValue(versionId, out var cached) ? cached.Workflow : null;

    /// <summary>A version compiled earlier on this node, if it has not changed since.</summary>
    public CompiledWorkflow? Cached(string versionId, DateTimeOffset updatedAt) =>
        _cache.TryGetValue(versionId, out var cached) && cached.UpdatedAt == updatedAt ? cached.Workflow : null;

    /// <summary>The runnable flowchart of a version; throws <see cref="DefinitionValidationException"/> if it is invalid.</summary>
    public CompiledWorkflow Compile(WorkflowDefinition definition)
    {
        if (_cache.TryGetValue(definition.Id, out var cached) && cached.UpdatedAt == definition.UpdatedAt) return cached.Workflow;
        var analysis = Analyze(definition.Model);
        if (analysis.Errors.Count > 0) throw new DefinitionValidationException(analysis.Errors);
        var flowchart = new Flowchart(analysis.Nodes, analysis.Connections, analysis.StartNodeId);
        var compiled = new CompiledWorkflow(definition, flowchart, VariableDefinition.ReadAll(definition.Model));
        _cache[definition.Id] = (definition.UpdatedAt, compiled);
        return compiled;
    }

    sealed record Analysis(List<DefinitionValidationError> Errors, Dictionary<string, FlowNode> Nodes, IReadOnlyList<Connection> Connections, string? StartNodeId);

    Analysis Analyze(JsonObject model)
    {
        var errors = new List<DefinitionValidationError>();
        var document = FlowchartDocument.Read(model["root"] as JsonObject);
        if (document.RootType != FlowchartDocument.FlowchartType)
            errors.Add(new(null, document.RootType, null, $"the root activity must be {FlowchartDocument.FlowchartType}, not '{document.RootType ?? "nothing"}'"));

        var nodes = BindNodes(document, errors);
        CheckConnections(document, nodes, errors);
        var startNodeId = FindStart(document, errors);
        CheckReachability(document, nodes, startNodeId, errors);
        CheckJoins(document, errors);
        CheckVariables(model, errors);
        return new Analysis(errors, nodes, document.Connections, startNodeId);
    }

    Dictionary<string, FlowNode> BindNodes(FlowchartDocument document, List<DefinitionValidationError> errors)
    {
        var nodes = new Dictionary<string, FlowNode>(StringComparer.Ordinal);
        foreach (var node in document.Nodes)
        {
            if (node.Id.Length == 0) { errors.Add(new(null, node.Type, null, "an activity has no id")); continue; }
            if (nodes.ContainsKey(node.Id)) { errors.Add(new(node.Id, node.Type, null, "two activities share this id")); continue; }
            var registration = registry.Find(node.Type);
            if (registration is null) { errors.Add(new(node.Id, node.Type, null, $"unknown activity type '{node.Type}'")); continue; }
            var activity = ActivityBinder.Bind(node, registration, errors);
            CheckInputs(node, registration, activity, errors);
            nodes[node.Id] = new FlowNode(node.Id, activity, registration);
        }
        return nodes;
    }

    void CheckInputs(NodeDocument node, ActivityRegistration registration, Activity activity, List<DefinitionValidationError> errors)
    {
        foreach (var input in registration.Inputs.Where(i => i.IsWrapped))
        {
            var bound = (IInput?)input.Property.GetValue(activity);
            var expression = bound?.Expression;
            var hasValue = expression?.Value is not null && !(expression.Type == Expression.Literal && string.IsNullOrWhiteSpace(expression.Text))
                || (expression is null && bound is not null && bound.GetType().GetProperty("Literal")!.GetValue(bound) is not null);
            if (input.Attribute.Required && !hasValue)
                errors.Add(new(node.Id, node.Type, input.Name, "a required input has no value"));
            if (expression?.Type == Expression.JavaScript && javaScript.CheckSyntax(expression.Text ?? "") is { } syntax)
                errors.Add(new(node.Id, node.Type, input.Name, $"the JavaScript expression does not parse: {syntax.Message} (line {syntax.Line}, column {syntax.Column})"));
        }
    }

    static void CheckConnections(FlowchartDocument document, Dictionary<string, FlowNode> nodes, List<DefinitionValidationError> errors)
    {
        var ids = document.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var c in document.Connections)
        {
            if (!ids.Contains(c.Source)) errors.Add(new(c.Source, null, null, $"a connection starts at activity '{c.Source}', which does not exist"));
            if (!ids.Contains(c.Target)) errors.Add(new(c.Target, null, null, $"a connection from '{c.Source}' leads to activity '{c.Target}', which does not exist"));
            if (nodes.TryGetValue(c.Source, out var source))
            {
                var ports = source.Registration.Outcomes.Concat(source.Activity.DynamicOutcomes);
                if (!ports.Contains(c.SourcePort, StringComparer.Ordinal))
                    errors.Add(new(c.Source, source.Registration.TypeName, null, $"port '{c.SourcePort}' does not exist on this activity (ports: {string.Join(", ", ports)})"));
            }
            if (nodes.TryGetValue(c.Target, out var target) && c.TargetPort != "In")
                errors.Add(new(c.Target, target.Registration.TypeName, null, $"a connection enters through port '{c.TargetPort}'; the only in port is 'In'"));
        }
    }

    static string? FindStart(FlowchartDocument document, List<DefinitionValidationError> errors)
    {
        var starts = document.Nodes.Where(n => n.Type == "Elsa.Start").ToList();
        if (starts.Count > 1)
            foreach (var extra in starts.Skip(1)) errors.Add(new(extra.Id, extra.Type, null, "a flowchart has at most one Elsa.Start"));
        if (starts.Count > 0) return starts[0].Id;
        // Elsa's rule when there is no Start: the first activity nothing leads to.
        var targets = document.Connections.Select(c => c.Target).ToHashSet(StringComparer.Ordinal);
        return document.Nodes.FirstOrDefault(n => !targets.Contains(n.Id))?.Id;
    }

    static void CheckReachability(FlowchartDocument document, Dictionary<string, FlowNode> nodes, string? startNodeId, List<DefinitionValidationError> errors)
    {
        var targets = document.Connections.Select(c => c.Target).ToHashSet(StringComparer.Ordinal);
        var roots = document.Nodes
            .Where(n => n.Id == startNodeId || (nodes.TryGetValue(n.Id, out var f) && f.Registration.IsTrigger && !targets.Contains(n.Id)))
            .Select(n => n.Id);
        var outgoing = document.Connections.ToLookup(c => c.Source, c => c.Target);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(roots);
        while (stack.TryPop(out var id))
            if (reached.Add(id))
                foreach (var next in outgoing[id]) stack.Push(next);
        foreach (var node in document.Nodes.Where(n => n.Id.Length > 0 && !reached.Contains(n.Id)))
            errors.Add(new(node.Id, node.Type, null, "no path from the start reaches this activity"));
    }

    static void CheckJoins(FlowchartDocument document, List<DefinitionValidationError> errors)
    {
        foreach (var join in document.Nodes.Where(n => n.Type == "Elsa.FlowJoin"))
        {
            var inbound = document.Connections.Where(c => c.Target == join.Id).Select(c => (c.Source, c.SourcePort)).Distinct().Count();
            if (inbound < 2)
                errors.Add(new(join.Id, join.Type, null, $"a join needs at least two inbound branches; it has {inbound}"));
        }
    }

    static void CheckVariables(JsonObject model, List<DefinitionValidationError> errors)
    {
        foreach (var duplicate in VariableDefinition.ReadAll(model).GroupBy(v => v.Name).Where(g => g.Count() > 1))
            errors.Add(new(null, null, duplicate.Key, $"two variables are named '{duplicate.Key}'"));
    }
}
