using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Activities;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Descriptors;

/// <summary>Builds registrations and descriptors from activity classes by reflection, and nothing else.</summary>
public static class ActivityDescriber
{
    public static ActivityRegistration Describe(Type type)
    {
        var attribute = type.GetCustomAttribute<ActivityAttribute>()
            ?? throw new ArgumentException($"{type.Name} has no [Activity] attribute.", nameof(type));
        var name = attribute.Type ?? type.Name;
        var typeName = $"{attribute.Namespace}.{name}";
        var inputs = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<InputAttribute>()))
            .Where(x => x.Attribute is not null || IsInputType(x.Property.PropertyType))
            .Select(x => ToInputProperty(x.Property, x.Attribute ?? new InputAttribute()))
            .OrderBy(i => i.Attribute.Order)
            .ToList();
        var outputs = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Output<>))
            .Select(p => new OutputProperty(p, p.Name, JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.PropertyType.GetGenericArguments()[0]))
            .ToList();
        // Like Elsa, an activity that declares no ports has the one port "Done".
        var outcomes = type.GetCustomAttribute<FlowNodeAttribute>(inherit: true)?.Outcomes ?? ["Done"];
        var kind = type.IsAssignableTo(typeof(Trigger)) && attribute.Kind == ActivityKind.Action ? ActivityKind.Trigger : attribute.Kind;

        var descriptor = new ActivityDescriptor
        {
            TypeName = typeName,
            Namespace = attribute.Namespace,
            Name = name,
            Version = attribute.Version,
            Category = attribute.Category,
            DisplayName = attribute.DisplayName ?? name,
            Description = attribute.Description,
            Kind = kind,
            IsBrowsable = attribute.IsBrowsable,
            Inputs = inputs.Select(ToDescriptor).ToList(),
            Outputs = outputs.Select(o => new OutputDescriptor(o.Name, TypeAliases.For(o.ValueType),
                o.Property.GetCustomAttribute<OutputAttribute>()?.DisplayName ?? o.Name,
                o.Property.GetCustomAttribute<OutputAttribute>()?.Description)).ToList(),
            Ports = outcomes.Select(ToPort).ToList(),
            IsStart = typeName == "Elsa.Start",
            IsTerminal = typeName == "Elsa.End",
        };
        return new ActivityRegistration
        {
            TypeName = typeName,
            ClrType = type,
            Descriptor = descriptor,
            Inputs = inputs,
            Outputs = outputs,
            Outcomes = outcomes.Select(o => o.Split('|')[0]).ToList(),
        };
    }

    /// <summary>The descriptor with dropdown choices filled in from the named providers.</summary>
    public static ActivityDescriptor WithOptions(ActivityRegistration registration, IReadOnlyDictionary<string, IInputOptionsProvider> providers)
    {
        if (!registration.Inputs.Any(i => i.Attribute.OptionsProvider is not null)) return registration.Descriptor;
        var inputs = registration.Descriptor.Inputs.Zip(registration.Inputs, (descriptor, input) =>
            input.Attribute.OptionsProvider is { } name && providers.TryGetValue(name, out var provider)
                ? descriptor with { UISpecifications = SelectList(provider.GetOptions()) }
                : descriptor).ToList();
        return registration.Descriptor with { Inputs = inputs };
    }

    static bool IsInputType(Type t) => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Input<>);

    static InputProperty ToInputProperty(PropertyInfo property, InputAttribute attribute)
    {
        var wrapped = IsInputType(property.PropertyType);
        var valueType = wrapped ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
        return new InputProperty(property, property.Name, JsonNamingPolicy.CamelCase.ConvertName(property.Name), wrapped, valueType, attribute);
    }

    static InputDescriptor ToDescriptor(InputProperty input)
    {
        var a = input.Attribute;
        var type = Nullable.GetUnderlyingType(input.ValueType) ?? input.ValueType;
        IReadOnlyList<SelectOption>? options = a.Options?.Select(o => SplitOption(o)).ToList()
            ?? (type.IsEnum ? Enum.GetNames(type).Select(n => new SelectOption(n, n)).ToList() : null);
        var uiHint = a.UIHint ?? (options is not null ? UIHints.Dropdown
            : type == typeof(bool) ? UIHints.Checkbox
            : TypeAliases.For(type) == "String[]" ? UIHints.MultiText
            : UIHints.SingleLine);
        return new InputDescriptor
        {
            Name = input.Name,
            TypeName = TypeAliases.For(input.ValueType),
            DisplayName = a.DisplayName ?? input.Name,
            Description = a.Description,
            Order = a.Order,
            IsBrowsable = a.IsBrowsable,
            IsWrapped = input.IsWrapped,
            UIHint = uiHint,
            Category = a.Category,
            DefaultValue = a.DefaultValue is null ? null : ValueConverter.ToJsonNode(a.DefaultValue),
            DefaultSyntax = a.DefaultSyntax,
            IsRequired = a.Required,
            UISpecifications = options is null ? null : SelectList(options),
        };
    }

    static SelectOption SplitOption(string option) =>
        option.Split('|') is [var value, var text] ? new SelectOption(text, value) : new SelectOption(option, option);

    static JsonObject SelectList(IEnumerable<SelectOption> options) => new()
    {
        ["dropdown"] = new JsonObject
        {
            ["selectList"] = new JsonObject
            {
                ["items"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["text"] = o.Text, ["value"] = o.Value }).ToArray()),
            },
        },
    };

    static Port ToPort(string outcome) =>
        outcome.Split('|') is [var name, var display] ? new Port(name, display) : new Port(outcome, outcome);
}
