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
}
