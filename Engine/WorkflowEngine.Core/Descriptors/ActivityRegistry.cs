using System.Reflection;
using WorkflowEngine.Activities;

namespace WorkflowEngine.Descriptors;

/// <summary>Every activity type the engine can run, by full type name. Built once at start-up.</summary>
public sealed class ActivityRegistry
{
    readonly Dictionary<string, ActivityRegistration> _byType = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ActivityRegistration> All => _byType.Values;

    public ActivityRegistry Add(Type type)
    {
        var registration = ActivityDescriber.Describe(type);
        _byType[registration.TypeName] = registration;
        return this;
    }

    public ActivityRegistry Add<T>() where T : Activity => Add(typeof(T));

    /// <summary>Adds every concrete activity class with an [Activity] attribute in the assembly.</summary>
    public ActivityRegistry AddFrom(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => !t.IsAbstract && t.IsAssignableTo(typeof(Activity)) && t.GetCustomAttribute<ActivityAttribute>() is not null))
            Add(type);
        return this;
    }

    public ActivityRegistration? Find(string typeName) => _byType.GetValueOrDefault(typeName);
}
