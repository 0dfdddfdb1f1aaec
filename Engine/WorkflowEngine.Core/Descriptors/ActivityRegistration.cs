using System.Reflection;
using WorkflowEngine.Activities;

namespace WorkflowEngine.Descriptors;

/// <summary>An activity type known to the engine: its descriptor and how to bind a node's JSON to a new object of it.</summary>
public sealed class ActivityRegistration
{
    public required string TypeName { get; init; }
    public required Type ClrType { get; init; }
    public required ActivityDescriptor Descriptor { get; init; }
    public required IReadOnlyList<InputProperty> Inputs { get; init; }
    public required IReadOnlyList<OutputProperty> Outputs { get; init; }
    /// <summary>Static out ports from <see cref="FlowNodeAttribute"/>.</summary>
    public required IReadOnlyList<string> Outcomes { get; init; }
    public bool IsTrigger => ClrType.IsAssignableTo(typeof(Trigger));

    public Activity Create() => (Activity)Activator.CreateInstance(ClrType)!;
}

/// <summary>An input property: wrapped ones are <see cref="Input{T}"/>, others hold plain JSON-deserialised values.</summary>
public sealed record InputProperty(PropertyInfo Property, string Name, string JsonName, bool IsWrapped, Type ValueType, InputAttribute Attribute);

/// <summary>An <see cref="Output{T}"/> property.</summary>
public sealed record OutputProperty(PropertyInfo Property, string Name, string JsonName, Type ValueType);
