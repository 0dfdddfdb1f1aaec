namespace WorkflowEngine.Expressions;

/// <summary>Messages naming the ECMAScript constructs this subset rejects, and the reserved words.</summary>
internal static class Unsupported
{
    private static readonly Dictionary<string, string> KeywordMessages = new(StringComparer.Ordinal)
    {
        ["for"] = "loops ('for') are not supported in expressions",
        ["while"] = "loops ('while') are not supported in expressions",
        ["do"] = "loops ('do') are not supported in expressions",
        ["function"] = "functions ('function') are not supported in expressions; use an arrow function",
        ["class"] = "classes ('class') are not supported in expressions",
        ["new"] = "'new' is not supported in expressions",
        ["this"] = "'this' is not supported in expressions",
        ["super"] = "'super' is not supported in expressions",
        ["eval"] = "'eval' is not supported in expressions",
        ["with"] = "'with' statements are not supported in expressions",
        ["import"] = "modules ('import') are not supported in expressions",
        ["export"] = "modules ('export') are not supported in expressions",
        ["async"] = "async functions ('async') are not supported in expressions",
        ["await"] = "'await' is not supported in expressions",
        ["yield"] = "generators ('yield') are not supported in expressions",
        ["try"] = "exception handling ('try') is not supported in expressions",
        ["catch"] = "exception handling ('catch') is not supported in expressions",
        ["finally"] = "exception handling ('finally') is not supported in expressions",
        ["switch"] = "'switch' statements are not supported in expressions; use if/else",
        ["case"] = "'switch' statements ('case') are not supported in expressions",
        ["default"] = "'switch' statements ('default') are not supported in expressions",
        ["break"] = "'break' is not supported in expressions (there are no loops)",
        ["continue"] = "'continue' is not supported in expressions (there are no loops)",
        ["delete"] = "the 'delete' operator is not supported in expressions",
        ["void"] = "the 'void' operator is not supported in expressions",
        ["in"] = "the 'in' operator is not supported in expressions",
        ["instanceof"] = "the 'instanceof' operator is not supported in expressions",
        ["debugger"] = "'debugger' is not supported in expressions",
        ["arguments"] = "'arguments' is not supported in expressions; name the parameters",
    };

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export",
        "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super",
        "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static", "implements",
        "interface", "package", "private", "protected", "public", "await", "async", "eval", "arguments", "undefined",
    };

    /// <summary>The message for an unsupported keyword, or null.</summary>
    public static string? ForKeyword(string word) => KeywordMessages.GetValueOrDefault(word);

    /// <summary>True when the word cannot name a binding (parameter or declaration).</summary>
    public static bool IsReserved(string word) => Reserved.Contains(word);

    public static string Bitwise(string op) => $"bitwise operators ('{op}') are not supported in expressions";

    public static string IncrementDecrement(string op) => $"increment and decrement operators ('{op}') are not supported in expressions; use x += 1";

    public static string CompoundAssignment(string op) => $"the '{op}' operator is not supported in expressions";
}
