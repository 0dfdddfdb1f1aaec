namespace WorkflowEngine.Expressions;

/// <summary>Primary expressions: literals, names, parentheses, array/object/template literals and arrow functions.</summary>
internal sealed partial class Parser
{
    private Expr ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Next();
                return new ConstantExpr(token.Pos, JsValue.FromNumber(token.Number));
            case TokenKind.String or TokenKind.Template:
                Next();
                return new ConstantExpr(token.Pos, JsValue.FromString(token.Text));
            case TokenKind.TemplateHead:
                return ParseTemplate();
            case TokenKind.Identifier:
                return ParseName();
            case TokenKind.Punctuator when token.Text == "(":
            {
                Next();
                var inner = ParseExpression();
                Expect(")");
                inner.Parenthesized = true;
                return inner;
            }

            case TokenKind.Punctuator when token.Text == "[":
                return ParseArrayLiteral();
            case TokenKind.Punctuator when token.Text == "{":
                return ParseObjectLiteral();
            case TokenKind.Punctuator when token.Text == "...":
                throw Error("spread ('...') is only supported in array literals, object literals and call arguments", token.Pos);
            default:
                throw Unexpected(token);
        }
    }

    private Expr ParseName()
    {
        var token = Next();
        switch (token.Text)
        {
            case "true":
                return new ConstantExpr(token.Pos, JsValue.True);
            case "false":
                return new ConstantExpr(token.Pos, JsValue.False);
            case "null":
                return new ConstantExpr(token.Pos, JsValue.Null);
            case "undefined":
                return new ConstantExpr(token.Pos, JsValue.Undefined);
        }

        if (Unsupported.ForKeyword(token.Text) is { } message)
        {
            throw Error(message, token.Pos);
        }

        if (Unsupported.IsReserved(token.Text))
        {
            throw Unexpected(token);
        }

        return new IdentifierExpr(token.Pos, token.Text);
    }

    private TemplateExpr ParseTemplate()
    {
        var head = Next();
        var strings = new List<string> { head.Text };
        var substitutions = new List<Expr>();
        while (true)
        {
            substitutions.Add(ParseExpression());
            var token = Next();
            if (token.Kind is not (TokenKind.TemplateMiddle or TokenKind.TemplateTail))
            {
                throw Unexpected(token, "}");
            }

            strings.Add(token.Text);
            if (token.Kind == TokenKind.TemplateTail)
            {
                return Checked(new TemplateExpr(head.Pos, [.. strings], [.. substitutions]));
            }
        }
    }

    private ArrayExpr ParseArrayLiteral()
    {
        var open = Next();
        var elements = new List<Expr>();
        while (!Current.Is("]"))
        {
            var token = Current;
            if (token.Is(","))
            {
                throw Error("array holes (empty elements) are not supported in expressions", token.Pos);
            }

            elements.Add(Match("...") ? new SpreadExpr(token.Pos, ParseAssignment()) : ParseAssignment());
            if (!Current.Is("]"))
            {
                Expect(",");
            }
        }

        Next();
        return Checked(new ArrayExpr(open.Pos, [.. elements]));
    }

    private ObjectExpr ParseObjectLiteral()
    {
        var open = Next();
        var properties = new List<ObjectProperty>();
        while (!Current.Is("}"))
        {
            properties.Add(ParseObjectProperty());
            if (!Current.Is("}"))
            {
                Expect(",");
            }
        }

        Next();
        return Checked(new ObjectExpr(open.Pos, [.. properties]));
    }

    private ObjectProperty ParseObjectProperty()
    {
        var token = Current;
        if (Match("..."))
        {
            return new ObjectProperty(null, null, ParseAssignment(), IsSpread: true);
        }

        string? key = null;
        Expr? computed = null;
        var next = PeekToken(1);
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                if (token.Text is "get" or "set" && (next.Kind is TokenKind.Identifier or TokenKind.String or TokenKind.Number || next.Is("[")))
                {
                    throw Error("getters and setters are not supported in expressions", token.Pos);
                }

                if (token.Text == "async" && (next.Kind == TokenKind.Identifier || next.Is("*")))
                {
                    throw Error(Unsupported.ForKeyword("async")!, token.Pos);
                }

                key = token.Text;
                Next();
                if (Current.Is(",") || Current.Is("}"))
                {
                    // Shorthand { name }.
                    if (Unsupported.IsReserved(key) && key != "undefined")
                    {
                        throw Unexpected(token);
                    }

                    return new ObjectProperty(key, null, new IdentifierExpr(token.Pos, key), IsSpread: false);
                }

                if (Current.Is("="))
                {
                    throw Error("destructuring defaults are not supported in expressions", Current.Pos);
                }

                break;
            case TokenKind.String:
                key = token.Text;
                Next();
                break;
            case TokenKind.Number:
                key = Conversions.NumberToString(token.Number);
                Next();
                break;
            case TokenKind.Punctuator when token.Text == "[":
                computed = ParseBracketKey();
                break;
            case TokenKind.Punctuator when token.Text == "*":
                throw Error("generator methods are not supported in expressions", token.Pos);
            default:
                throw Unexpected(token, "a property name");
        }

        if (Current.Is("("))
        {
            throw Error("method definitions are not supported in expressions; write name: (args) => ...", Current.Pos);
        }

        Expect(":");
        return new ObjectProperty(key, computed, ParseAssignment(), IsSpread: false);
    }
}
