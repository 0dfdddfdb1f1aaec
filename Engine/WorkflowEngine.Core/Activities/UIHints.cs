namespace WorkflowEngine.Activities;

/// <summary>The input editors Elsa Studio knows.</summary>
public static class UIHints
{
    public const string SingleLine = "singleline";
    public const string MultiLine = "multiline";
    public const string Checkbox = "checkbox";
    public const string Dropdown = "dropdown";
    public const string CheckList = "checklist";
    public const string RadioList = "radiolist";
    public const string CodeEditor = "code-editor";
    public const string JsonEditor = "json-editor";
    public const string DateTimePicker = "datetime-picker";
    public const string MultiText = "multitext";
    public const string VariablePicker = "variable-picker";
    public const string DynamicOutcomes = "dynamic-outcomes";
}
