namespace WorkflowEngine.Expressions;

/// <summary>
/// Recursive-descent parser for the supported subset. Syntactic nesting is bounded by the call-depth limit and the
/// tree height by <see cref="MaxTreeDepth"/>, so neither parsing nor evaluation can exhaust the stack.
/// This part: infrastructure and statements.
/// </summary>
internal sealed partial class Parser
{
    public const int MaxTreeDepth = 256;

    private readonly string _source;
    private readonly List<Token> _tokens;
    private readonly int _maxNesting;
    private readonly List<DeclarationScope> _declarations = [];
    private int _index;
    private int _nesting;

    private Parser(string source, int maxNesting)
    {
        _source = source;
        _maxNesting = maxNesting;
        _tokens = Lexer.Tokenize(source);
    }

    private Token Current => _tokens[_index];

    public static ProgramNode Parse(string source, int maxNesting) => new Parser(source, maxNesting).ParseProgram();

    private ProgramNode ParseProgram()
    {
        var scope = PushDeclarations();
        var body = new List<Stmt>();
        while (Current.Kind != TokenKind.EndOfInput)
        {
            body.Add(ParseStatement());
        }

        PopDeclarations();
        return new ProgramNode(_source, [.. body], scope.ToLayout());
    }

    private Stmt ParseStatement()
    {
        Enter(Current.Pos);
        var statement = ParseStatementCore();
        _nesting--;
        return statement;
    }

    private Stmt ParseStatementCore()
    {
        var token = Current;
        if (token.Is(";"))
        {
            Next();
            return new EmptyStmt(token.Pos);
        }

        if (token.Is("{"))
        {
            return ParseBlock(functionBody: false);
        }

        if (token.Kind == TokenKind.Identifier)
        {
            switch (token.Text)
            {
                case "const" or "let" or "var":
                    return ParseDeclaration();
                case "if":
                    return ParseIf();
                case "return":
                    return ParseReturn();
                case "throw":
                    return ParseThrow();
            }

            if (Unsupported.ForKeyword(token.Text) is { } message)
            {
                throw Error(message, token.Pos);
            }

            if (PeekToken(1).Is(":"))
            {
                throw Error("labels are not supported in expressions (to make an object literal the script's value, wrap it in parentheses)", token.Pos);
            }
        }

        var expression = ParseExpression();
        ConsumeSemicolon();
        return new ExpressionStmt(token.Pos, expression);
    }

    private BlockStmt ParseBlock(bool functionBody)
    {
        var open = Expect("{");
        var scope = functionBody ? null : PushDeclarations();
        var body = new List<Stmt>();
        while (!Current.Is("}"))
        {
            if (Current.Kind == TokenKind.EndOfInput)
            {
                throw Unexpected(Current, "}");
            }

            body.Add(ParseStatement());
        }

        Next();
        if (scope is not null)
        {
            PopDeclarations();
        }

        return new BlockStmt(open.Pos, [.. body], scope?.ToLayout());
    }

    private DeclarationStmt ParseDeclaration()
    {
        var keyword = Next();
        var isConstant = keyword.Text == "const";
        var declarators = new List<(int, Expr?)>();
        do
        {
            var nameToken = Current;
            if (nameToken.Is("[") || nameToken.Is("{"))
            {
                throw Error("destructuring is not supported in expressions", nameToken.Pos);
            }

            var name = BindingName(Next());
            Expr? init = null;
            if (Current.Is("="))
            {
                Next();
                init = ParseAssignment();
            }
            else if (isConstant)
            {
                throw Error($"missing initializer in const declaration of '{name}'", Current.Pos);
            }

            declarators.Add((Declare(name, isConstant, nameToken.Pos), init));
        }
        while (Match(","));

        ConsumeSemicolon();
        return new DeclarationStmt(keyword.Pos, [.. declarators]);
    }

    private IfStmt ParseIf()
    {
        var keyword = Next();
        Expect("(");
        var test = ParseExpression();
        Expect(")");
        var consequent = ParseBranch();
        Stmt? alternate = null;
        if (Current.IsWord("else"))
        {
            Next();
            alternate = ParseBranch();
        }

        return new IfStmt(keyword.Pos, test, consequent, alternate);
    }

    private Stmt ParseBranch()
    {
        if (Current.IsWord("const") || Current.IsWord("let") || Current.IsWord("var"))
        {
            throw Error("a declaration directly under 'if' must be inside a block { ... }", Current.Pos);
        }

        return ParseStatement();
    }

    private ReturnStmt ParseReturn()
    {
        var keyword = Next();
        Expr? argument = null;
        if (!Current.Is(";") && !Current.Is("}") && Current.Kind != TokenKind.EndOfInput && !Current.NewlineBefore)
        {
            argument = ParseExpression();
        }

        ConsumeSemicolon();
        return new ReturnStmt(keyword.Pos, argument);
    }

    private ThrowStmt ParseThrow()
    {
        var keyword = Next();
        if (Current.NewlineBefore || Current.Kind == TokenKind.EndOfInput)
        {
            throw Error("'throw' must be followed by an expression on the same line", Current.Pos);
        }

        var argument = ParseExpression();
        ConsumeSemicolon();
        return new ThrowStmt(keyword.Pos, argument);
    }

    /// <summary>A ';', or automatic semicolon insertion before '}', the end, or a line break.</summary>
    private void ConsumeSemicolon()
    {
        if (Match(";") || Current.Is("}") || Current.Kind == TokenKind.EndOfInput || Current.NewlineBefore)
        {
            return;
        }

        throw Unexpected(Current, ";");
    }
}
