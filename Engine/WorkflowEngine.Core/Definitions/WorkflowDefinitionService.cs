using System.Text.Json.Nodes;
using WorkflowEngine.Activities;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Definitions;

/// <summary>
/// Elsa's versioning rules: save over the latest draft, or open version N+1 when the latest is published;
/// publish, retract, revert and delete versions. Instances keep the version they started on.
/// </summary>
public sealed class WorkflowDefinitionService(IWorkflowDefinitionStore store, WorkflowCompiler compiler, TimeProvider time)
{
    /// <summary>The result of a save: the version written, whether it was already published, and what is wrong with it.</summary>
    public sealed record SaveResult(WorkflowDefinition Definition, bool AlreadyPublished, IReadOnlyList<DefinitionValidationError> Errors);

    /// <summary>Saves a model as the latest draft (or publishes it). An invalid model is saved as a draft but never published.</summary>
    public async Task<SaveResult> SaveAsync(string? definitionId, JsonObject model, bool publish, CancellationToken cancellationToken = default)
    {
        var errors = compiler.Validate(model);
        if (publish && errors.Count > 0) throw new DefinitionValidationException(errors);
        definitionId ??= NewId();
        var versions = await store.ListVersionsAsync(definitionId, cancellationToken);
        var latest = versions.FirstOrDefault(v => v.IsLatest);
        var now = time.GetUtcNow();
        var changed = new List<WorkflowDefinition>();
        WorkflowDefinition target;
        if (latest is null || latest.IsPublished)
        {
            if (latest is not null) { latest.IsLatest = false; changed.Add(latest); }
            target = new WorkflowDefinition
            {
                Id = NewId(), DefinitionId = definitionId, Version = (latest?.Version ?? 0) + 1,
                CreatedAt = now, UpdatedAt = now, IsLatest = true, Model = Clean(model),
            };
        }
        else
        {
            target = latest;
            target.Model = Clean(model);
            target.UpdatedAt = now;
        }
        target.Name = (string?)model["name"] ?? target.Name;
        target.Description = (string?)model["description"] ?? target.Description;
        changed.Add(target);
        var triggers = publish ? Publish(target, versions, changed) : null;
        await store.SaveAsync(definitionId, changed, triggers, cancellationToken);
        return new SaveResult(target, AlreadyPublished: false, errors);
    }

    /// <summary>Publishes the latest version; the previously published version stops taking new instances.</summary>
    public async Task<SaveResult> PublishAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var versions = await store.ListVersionsAsync(definitionId, cancellationToken);
        var latest = versions.FirstOrDefault(v => v.IsLatest) ?? throw new DefinitionNotFoundException(definitionId);
        if (latest.IsPublished) return new SaveResult(latest, AlreadyPublished: true, []);
        var errors = compiler.Validate(latest.Model);
        if (errors.Count > 0) throw new DefinitionValidationException(errors);
        var changed = new List<WorkflowDefinition> { latest };
        latest.UpdatedAt = time.GetUtcNow();
        var triggers = Publish(latest, versions, changed);
        await store.SaveAsync(definitionId, changed, triggers, cancellationToken);
        return new SaveResult(latest, AlreadyPublished: false, []);
    }

    /// <summary>Takes the published version out of service; running instances go on.</summary>
    public async Task<WorkflowDefinition> RetractAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var versions = await store.ListVersionsAsync(definitionId, cancellationToken);
        var published = versions.FirstOrDefault(v => v.IsPublished)
            ?? throw new InvalidOperationException($"definition {definitionId} has no published version to retract");
        published.IsPublished = false;
        published.UpdatedAt = time.GetUtcNow();
        await store.SaveAsync(definitionId, [published], [], cancellationToken);
        return published;
    }

    /// <summary>Makes an earlier version's model the latest draft again.</summary>
    public async Task<WorkflowDefinition> RevertAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        var versions = await store.ListVersionsAsync(definitionId, cancellationToken);
        var source = versions.FirstOrDefault(v => v.Version == version) ?? throw new DefinitionNotFoundException(definitionId, version);
        return (await SaveAsync(definitionId, (JsonObject)source.Model.DeepClone(), publish: false, cancellationToken)).Definition;
    }

    /// <summary>Deletes one version that is neither published nor the only one; deleting the latest makes the previous one latest.</summary>
    public async Task DeleteVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        var versions = await store.ListVersionsAsync(definitionId, cancellationToken);
        var target = versions.FirstOrDefault(v => v.Version == version) ?? throw new DefinitionNotFoundException(definitionId, version);
        if (target.IsPublished) throw new InvalidOperationException("a published version cannot be deleted; retract it first");
        if (target.IsLatest)
        {
            var previous = versions.Where(v => v.Version < version).MaxBy(v => v.Version)
                ?? throw new InvalidOperationException("the only version cannot be deleted; delete the definition instead");
            previous.IsLatest = true;
            await store.SaveAsync(definitionId, [previous], null, cancellationToken);
        }
        await store.DeleteVersionsAsync(definitionId, [target.Id], cancellationToken);
    }

    /// <summary>Deletes every version and the triggers of a definition.</summary>
    public async Task DeleteAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var versions = await store.ListVersionsAsync(definitionId, cancellationToken);
        if (versions.Count == 0) throw new DefinitionNotFoundException(definitionId);
        await store.SaveAsync(definitionId, [], [], cancellationToken);
        await store.DeleteVersionsAsync(definitionId, versions.Select(v => v.Id).ToList(), cancellationToken);
    }

    public async Task<WorkflowDefinition?> FindAsync(string definitionId, VersionOptions options, CancellationToken cancellationToken = default)
    {
        var versions = await store.ListVersionsAsync(definitionId, cancellationToken);
        return options switch
        {
            VersionOptions.Published => versions.FirstOrDefault(v => v.IsPublished),
            VersionOptions.LatestOrPublished => versions.FirstOrDefault(v => v.IsLatest) ?? versions.FirstOrDefault(v => v.IsPublished),
            _ => versions.FirstOrDefault(v => v.IsLatest),
        };
    }

    IReadOnlyList<StoredTrigger> Publish(WorkflowDefinition target, IReadOnlyList<WorkflowDefinition> versions, List<WorkflowDefinition> changed)
    {
        foreach (var previous in versions.Where(v => v.IsPublished && v.Id != target.Id))
        {
            previous.IsPublished = false;
            if (!changed.Contains(previous)) changed.Add(previous);
        }
        target.IsPublished = true;
        var workflow = compiler.Compile(target);
        return workflow.Flowchart.TriggerNodes
            .Select(node => (node, stimulus: ((Trigger)node.Activity).GetTriggerStimulus(new TriggerContext(input => LiteralOf(input)))))
            .Where(x => x.stimulus is not null)
            .Select(x => new StoredTrigger(NewId(), target.DefinitionId, target.Id, x.node.Registration.TypeName,
                Stimulus.Hash(x.node.Registration.TypeName, x.stimulus!), x.node.Id))
            .ToList();
    }

    static object? LiteralOf(IInput input) =>
        input.Expression is { Type: Expression.Literal } e ? ValueConverter.FromJsonNode(e.Value, input.ValueType) : null;

    // Identity and state belong to the version row, not to the model the designer sends back.
    static JsonObject Clean(JsonObject model)
    {
        var copy = (JsonObject)model.DeepClone();
        foreach (var key in new[] { "id", "definitionId", "version", "isLatest", "isPublished", "createdAt", "links", "isReadonly" })
            copy.Remove(key);
        return copy;
    }

    static string NewId() => Guid.CreateVersion7().ToString("N");
}

/// <summary>No definition (or no such version) exists.</summary>
public sealed class DefinitionNotFoundException(string definitionId, int? version = null)
    : Exception(version is null ? $"workflow definition {definitionId} does not exist" : $"workflow definition {definitionId} has no version {version}")
{
    public string DefinitionId { get; } = definitionId;
}
