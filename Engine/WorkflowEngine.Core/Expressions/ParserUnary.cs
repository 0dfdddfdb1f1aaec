namespace WorkflowEngine.Expressions;

/// <summary>Exponent, unary and postfix expressions: member access, indexing, calls, arguments and optional chains.</summary>
internal sealed partial class Parser
{
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
            if (Current.Is("**"))
            {
                throw Error("a unary operator before '**' needs parentheses, e.g. (-x) ** 2", Current.Pos);
            }
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
        Expect("[");
        var key = ParseExpression();
        Expect("]");
        return key;
    }

    private Expr[] ParseArguments()
    {
        Expect("(");
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
        return [.. arguments];
    }
}
