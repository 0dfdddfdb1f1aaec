namespace WorkflowEngine.Expressions;

/// <summary>Arrow functions: detection by lookahead, parameters and bodies.</summary>
internal sealed partial class Parser
{
    /// <summary>x =&gt; ..., or ( ... ) =&gt; ... (found by matching the parenthesis and looking at the next token).</summary>
    private bool IsArrowStart()
    {
        var token = Current;
        if (token.Kind == TokenKind.Identifier)
        {
            return PeekToken(1).Is("=>");
        }

        if (!token.Is("("))
        {
            return false;
        }

        var depth = 0;
        for (var i = _index; i < _tokens.Count; i++)
        {
            var t = _tokens[i];
            if (t.Kind != TokenKind.Punctuator)
            {
                if (t.Kind == TokenKind.EndOfInput)
                {
                    return false;
                }

                continue;
            }

            if (t.Text is "(" or "[" or "{")
            {
                depth++;
            }
            else if (t.Text is ")" or "]" or "}")
            {
                depth--;
                if (depth == 0)
                {
                    return i + 1 < _tokens.Count && _tokens[i + 1].Is("=>");
                }
            }
        }

        return false;
    }

    private ArrowExpr ParseArrow()
    {
        var start = Current;
        var scope = PushDeclarations();
        if (start.Kind == TokenKind.Identifier)
        {
            Declare(BindingName(Next()), isConstant: false, start.Pos);
        }
        else
        {
            Expect("(");
            while (!Current.Is(")"))
            {
                var token = Current;
                if (token.Is("..."))
                {
                    throw Error("rest parameters ('...') are not supported in expressions", token.Pos);
                }

                if (token.Is("[") || token.Is("{"))
                {
                    throw Error("destructuring parameters are not supported in expressions", token.Pos);
                }

                Declare(BindingName(Next()), isConstant: false, token.Pos);
                if (Current.Is("="))
                {
                    throw Error("default parameter values are not supported in expressions", Current.Pos);
                }

                if (!Current.Is(")"))
                {
                    Expect(",");
                }
            }

            Next();
        }

        var parameters = scope.Names.ToArray();
        Expect("=>");
        Expr? expressionBody = null;
        BlockStmt? blockBody = null;
        if (Current.Is("{"))
        {
            blockBody = ParseBlock(functionBody: true);
        }
        else
        {
            expressionBody = ParseAssignment();
        }

        PopDeclarations();
        var end = _tokens[Math.Max(_index - 1, 0)].End;
        return Checked(new ArrowExpr(start.Pos, parameters, expressionBody, blockBody, scope.ToLayout(), _source[start.Pos..end]));
    }
}
