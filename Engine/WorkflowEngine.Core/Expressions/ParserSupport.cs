namespace WorkflowEngine.Expressions;

/// <summary>Parser infrastructure: token access, nesting limits, declaration scopes and errors.</summary>
internal sealed partial class Parser
{
    private Token PeekToken(int offset) => _tokens[Math.Min(_index + offset, _tokens.Count - 1)];

    private Token Next()
    {
        var token = _tokens[_index];
        if (_index < _tokens.Count - 1)
        {
            _index++;
        }

        return token;
    }

    private bool Match(string punctuator)
    {
        if (!Current.Is(punctuator))
        {
            return false;
        }

        Next();
        return true;
    }

    private Token Expect(string punctuator)
    {
        if (!Current.Is(punctuator))
        {
            throw Unexpected(Current, punctuator);
        }

        return Next();
    }

    private void Enter(int pos)
    {
        if (++_nesting > _maxNesting || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new SyntaxErrorException($"Limit exceeded: expression nested deeper than {_maxNesting} levels", pos, JavaScriptErrorKind.LimitExceeded);
        }
    }

    private void Exit() => _nesting--;

    /// <summary>Rejects trees too tall to evaluate safely (long member/call chains; operator runs are flattened).</summary>
    private T Checked<T>(T expression)
        where T : Expr
    {
        if (expression.Depth > MaxTreeDepth)
        {
            throw new SyntaxErrorException($"Limit exceeded: expression nested deeper than {MaxTreeDepth} levels", expression.Pos, JavaScriptErrorKind.LimitExceeded);
        }

        return expression;
    }

    private static SyntaxErrorException Error(string message, int pos) => new(message, pos);

    private static SyntaxErrorException Unexpected(Token token, string? expected = null)
    {
        if (token.Kind == TokenKind.Identifier && Unsupported.ForKeyword(token.Text) is { } unsupported)
        {
            return Error(unsupported, token.Pos);
        }

        var what = token.Kind switch
        {
            TokenKind.EndOfInput => "unexpected end of input",
            TokenKind.Number => "unexpected number",
            TokenKind.String => "unexpected string",
            TokenKind.Template or TokenKind.TemplateHead => "unexpected template literal",
            TokenKind.TemplateMiddle or TokenKind.TemplateTail => "unexpected '}'",
            _ => $"unexpected token '{token.Text}'",
        };
        return Error(expected is null ? what : $"{what}, expected '{expected}'", token.Pos);
    }

    private string BindingName(Token token)
    {
        if (token.Kind != TokenKind.Identifier)
        {
            throw Unexpected(token, "a name");
        }

        if (Unsupported.IsReserved(token.Text))
        {
            throw Error($"'{token.Text}' is a reserved word and cannot be used as a name", token.Pos);
        }

        return token.Text;
    }

    private DeclarationScope PushDeclarations()
    {
        var scope = new DeclarationScope();
        _declarations.Add(scope);
        return scope;
    }

    private void PopDeclarations() => _declarations.RemoveAt(_declarations.Count - 1);

    /// <summary>Declares a name in the innermost block and returns its slot.</summary>
    private int Declare(string name, bool isConstant, int pos)
    {
        var scope = _declarations[^1];
        if (scope.Names.Contains(name))
        {
            throw Error($"'{name}' has already been declared", pos);
        }

        scope.Names.Add(name);
        scope.Constants.Add(isConstant);
        return scope.Names.Count - 1;
    }

    /// <summary>The names declared in a block, program or arrow function (parameters first) while it is parsed.</summary>
    private sealed class DeclarationScope
    {
        public List<string> Names { get; } = [];

        public List<bool> Constants { get; } = [];

        public ScopeLayout? ToLayout() => Names.Count == 0 ? null : new ScopeLayout([.. Names], [.. Constants]);
    }
}
