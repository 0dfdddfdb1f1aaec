namespace WorkflowEngine.Descriptors;

/// <summary>The type names Elsa Studio shows for input and output types.</summary>
internal static class TypeAliases
{
    public static string For(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "String";
        if (type == typeof(bool)) return "Boolean";
        if (type == typeof(int)) return "Int32";
        if (type == typeof(long)) return "Int64";
        if (type == typeof(double)) return "Double";
        if (type == typeof(decimal)) return "Decimal";
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset)) return "DateTime";
        if (type == typeof(DateOnly)) return "DateOnly";
        if (type == typeof(TimeSpan)) return "TimeSpan";
        if (type.IsEnum) return "String";
        if (type != typeof(string) && type.IsAssignableTo(typeof(IEnumerable<string>))) return "String[]";
        return "Object";
    }
}
