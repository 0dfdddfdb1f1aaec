namespace WorkflowEngine.Expressions;

/// <summary>Expressions: assignment, conditional, binary operators by precedence, unary, member/call chains.</summary>
internal sealed partial class Parser
{
    private const int ExponentLevel = 7;

    private static readonly Dictionary<string, BinaryOp?> AssignmentOperators = new(StringComparer.Ordinal)
    {
        ["="] = null,
        ["+="] = BinaryOp.Add,
        ["-="] = BinaryOp.Subtract,
        ["*="] = BinaryOp.Multiply,
        ["/="] = BinaryOp.Divide,
        ["%="] = BinaryOp.Remainder,
    };

    private static readonly Dictionary<string, (int Level, BinaryOp Op)> BinaryOperators = new(StringComparer.Ordinal)
    {
        ["=="] = (3, BinaryOp.Equal),
        ["!="] = (3, BinaryOp.NotEqual),
        ["==="] = (3, BinaryOp.StrictEqual),
        ["!=="] = (3, BinaryOp.StrictNotEqual),
        ["<"] = (4, BinaryOp.Less),
        ["<="] = (4, BinaryOp.LessOrEqual),
        [">"] = (4, BinaryOp.Greater),
        [">="] = (4, BinaryOp.GreaterOrEqual),
        ["+"] = (5, BinaryOp.Add),
        ["-"] = (5, BinaryOp.Subtract),
        ["*"] = (6, BinaryOp.Multiply),
        ["/"] = (6, BinaryOp.Divide),
        ["%"] = (6, BinaryOp.Remainder),
    };

    private Expr ParseExpression()
    {
        var expression = ParseAssignment();
        if (Current.Is(","))
        {
            throw Error("the comma operator is not supported in expressions", Current.Pos);
        }

        return expression;
    }

    private Expr ParseAssignment()
    {
        Enter(Current.Pos);
        Expr result;
        if (IsArrowStart())
        {
            result = ParseArrow();
        }
        else
        {
            var left = ParseConditional();
            var token = Current;
            if (token.Kind == TokenKind.Punctuator && AssignmentOperators.TryGetValue(token.Text, out var op))
            {
                if (left is not (IdentifierExpr or MemberExpr or IndexExpr))
                {
                    throw Error(left is ChainExpr ? "invalid assignment target: an optional chain cannot be assigned to" : "invalid assignment target", token.Pos);
                }

                Next();
                result = Checked(new AssignExpr(token.Pos, left, op, ParseAssignment()));
            }
            else if (token.Kind == TokenKind.Punctuator && token.Text is "**=" or "<<=" or ">>=" or ">>>=" or "&=" or "|=" or "^=" or "&&=" or "||=" or "??=")
            {
                throw Error(Unsupported.CompoundAssignment(token.Text), token.Pos);
            }
            else
            {
                result = left;
            }
        }

        Exit();
        return result;
    }

    private Expr ParseConditional()
    {
        var test = ParseLevel(1);
        if (!Current.Is("?"))
        {
            return test;
        }

        var question = Next();
        var consequent = ParseAssignment();
        Expect(":");
        var alternate = ParseAssignment();
        return Checked(new ConditionalExpr(question.Pos, test, consequent, alternate));
    }

    /// <summary>Levels: 1 || and ??, 2 &amp;&amp;, 3 equality, 4 relational, 5 additive, 6 multiplicative, 7 **.</summary>
    private Expr ParseLevel(int level)
    {
        if (level == ExponentLevel)
        {
            return ParseExponent();
        }

        var first = ParseLevel(level + 1);
        List<(Token Token, Expr Right)>? rest = null;
        while (true)
        {
            var token = Current;
            if (level == 1)
            {
                RejectUnsupportedBinary(token);
            }

            if (!IsOperatorOfLevel(token, level))
            {
                break;
            }

            Next();
            (rest ??= []).Add((token, ParseLevel(level + 1)));
        }

        if (rest is null)
        {
            return first;
        }

        if (level <= 2)
        {
            return BuildLogical(first, rest);
        }

        if (rest.Count == 1)
        {
            return Checked(new BinaryExpr(rest[0].Token.Pos, BinaryOperators[rest[0].Token.Text].Op, first, rest[0].Right));
        }

        return Checked(new BinaryChainExpr(
            rest[0].Token.Pos,
            first,
            rest.Select(r => BinaryOperators[r.Token.Text].Op).ToArray(),
            rest.Select(r => r.Right).ToArray(),
            rest.Select(r => r.Token.Pos).ToArray()));
    }

    private static bool IsOperatorOfLevel(Token token, int level)
    {
        if (token.Kind != TokenKind.Punctuator)
        {
            return false;
        }

        return level switch
        {
            1 => token.Text is "||" or "??",
            2 => token.Text == "&&",
            _ => BinaryOperators.TryGetValue(token.Text, out var entry) && entry.Level == level,
        };
    }

    private LogicalExpr BuildLogical(Expr first, List<(Token Token, Expr Right)> rest)
    {
        var text = rest[0].Token.Text;
        if (rest.Any(r => r.Token.Text != text))
        {
            throw Error("'??' cannot be mixed with '||' or '&&' without parentheses", rest.First(r => r.Token.Text != text).Token.Pos);
        }

        var op = text switch { "&&" => LogicalOp.And, "||" => LogicalOp.Or, _ => LogicalOp.Coalesce };
        var operands = new List<Expr> { first };
        operands.AddRange(rest.Select(r => r.Right));
        foreach (var operand in operands)
        {
            if (operand is LogicalExpr inner && !inner.Parenthesized && (inner.Op == LogicalOp.Coalesce) != (op == LogicalOp.Coalesce))
            {
                throw Error("'??' cannot be mixed with '||' or '&&' without parentheses", rest[0].Token.Pos);
            }
        }

        return Checked(new LogicalExpr(rest[0].Token.Pos, op, [.. operands]));
    }

    private static void RejectUnsupportedBinary(Token token)
    {
        if (token.Kind == TokenKind.Punctuator && token.Text is "&" or "|" or "^" or "<<" or ">>" or ">>>")
        {
            throw Error(Unsupported.Bitwise(token.Text), token.Pos);
        }

        if (token.Kind == TokenKind.Identifier && token.Text is "in" or "instanceof")
        {
            throw Error(Unsupported.ForKeyword(token.Text)!, token.Pos);
        }
    }

    private Expr ParseExponent()
    {
        var left = ParseUnary();
        if (!Current.Is("**"))
        {
            return left;
        }

        if (left is UnaryExpr && !left.Parenthesized)
        {
            throw Error("a unary operator before '**' needs parentheses, e.g. (-x) ** 2", Current.Pos);
        }

        var op = Next();
        Enter(op.Pos);
        var right = ParseExponent();
        Exit();
        return Checked(new BinaryExpr(op.Pos, BinaryOp.Exponent, left, right));
    }

    private Expr ParseUnary()
    {
        var token = Current;
        UnaryOp? op = null;
        if (token.Kind == TokenKind.Punctuator)
        {
            op = token.Text switch { "!" => UnaryOp.Not, "-" => UnaryOp.Negate, "+" => UnaryOp.Plus, _ => null };
            if (token.Text == "~")
            {
                throw Error(Unsupported.Bitwise("~"), token.Pos);
            }

            if (token.Text is "++" or "--")
            {
                throw Error(Unsupported.IncrementDecrement(token.Text), token.Pos);
            }
        }
        else if (token.Kind == TokenKind.Identifier)
        {
            if (token.Text == "typeof")
            {
                op = UnaryOp.TypeOf;
            }
            else if (token.Text is "delete" or "void" or "await")
            {
                throw Error(Unsupported.ForKeyword(token.Text)!, token.Pos);
            }
        }

        if (op is { } unary)
        {
            Next();
            Enter(token.Pos);
            var operand = ParseUnary();
            Exit();
            if (unary == UnaryOp.Negate && operand is ConstantExpr { Value.Type: JsType.Number } constant)
            {
                return new ConstantExpr(token.Pos, JsValue.FromNumber(-constant.Value.Number));
            }

            return Checked(new UnaryExpr(token.Pos, unary, operand));
        }

        var expression = ParsePostfix();
        if ((Current.Is("++") || Current.Is("--")) && !Current.NewlineBefore)
        {
            throw Error(Unsupported.IncrementDecrement(Current.Text), Current.Pos);
        }

        return expression;
    }

    /// <summary>Member access, indexing, calls and optional chains; a chain containing ?. is wrapped in a ChainExpr.</summary>
    private Expr ParsePostfix()
    {
        var start = Current;
        var expression = ParsePrimary();
        var isChain = false;
        while (true)
        {
            var token = Current;
            if (token.Is("."))
            {
                Next();
                expression = Checked(new MemberExpr(Current.Pos, expression, PropertyName(), optional: false));
            }
            else if (token.Is("?."))
            {
                Next();
                isChain = true;
                if (Current.Is("("))
                {
                    expression = Checked(new CallExpr(Current.Pos, expression, ParseArguments(), optional: true));
                }
                else if (Current.Is("["))
                {
                    expression = Checked(new IndexExpr(Current.Pos, expression, ParseBracketKey(), optional: true));
                }
                else
                {
                    expression = Checked(new MemberExpr(Current.Pos, expression, PropertyName(), optional: true));
                }
            }
            else if (token.Is("["))
            {
                expression = Checked(new IndexExpr(token.Pos, expression, ParseBracketKey(), optional: false));
            }
            else if (token.Is("("))
            {
                expression = Checked(new CallExpr(token.Pos, expression, ParseArguments(), optional: false));
            }
            else if (token.Kind is TokenKind.Template or TokenKind.TemplateHead)
            {
                throw Error("tagged templates are not supported in expressions", token.Pos);
            }
            else
            {
                break;
            }
        }

        return isChain ? new ChainExpr(start.Pos, expression) : expression;
    }

    private string PropertyName()
    {
        var token = Next();
        if (token.Kind != TokenKind.Identifier)
        {
            throw Unexpected(token, "a property name");
        }

        return token.Text;
    }

    private Expr ParseBracketKey()
    {
        var open = Expect("[");
        Enter(open.Pos);
        var key = ParseExpression();
        Exit();
        Expect("]");
        return key;
    }

    private Expr[] ParseArguments()
    {
        var open = Expect("(");
        Enter(open.Pos);
        var arguments = new List<Expr>();
        while (!Current.Is(")"))
        {
            var token = Current;
            arguments.Add(Match("...") ? new SpreadExpr(token.Pos, ParseAssignment()) : ParseAssignment());
            if (!Current.Is(")"))
            {
                Expect(",");
            }
        }

        Next();
        Exit();
        return [.. arguments];
    }
}
