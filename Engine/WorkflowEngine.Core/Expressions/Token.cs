namespace WorkflowEngine.Expressions;

internal enum TokenKind
{
    EndOfInput,
    Identifier,
    Number,
    String,

    /// <summary>`text` without substitutions.</summary>
    Template,

    /// <summary>`text${</summary>
    TemplateHead,

    /// <summary>}text${</summary>
    TemplateMiddle,

    /// <summary>}text`</summary>
    TemplateTail,
    Punctuator,
}

/// <summary>
/// A token. Text is the identifier name, the punctuator, or the cooked string/template text; Number is a numeric
/// literal's value. NewlineBefore drives automatic semicolon insertion.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Pos, int End, string Text, double Number, bool NewlineBefore)
{
    public bool Is(string punctuator) => Kind == TokenKind.Punctuator && Text == punctuator;

    public bool IsWord(string word) => Kind == TokenKind.Identifier && Text == word;
}
