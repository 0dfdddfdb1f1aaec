namespace WorkflowEngine.Tests.Expressions;

public class TruthinessAndLogicalTests
{
    [TestCase("0", false)]
    [TestCase("-0", false)]
    [TestCase("NaN", false)]
    [TestCase("''", false)]
    [TestCase("null", false)]
    [TestCase("undefined", false)]
    [TestCase("false", false)]
    [TestCase("1", true)]
    [TestCase("-1", true)]
    [TestCase("'0'", true)]
    [TestCase("'false'", true)]
    [TestCase("' '", true)]
    [TestCase("[]", true)]
    [TestCase("({})", true)]
    [TestCase("x => x", true)]
    [TestCase("Infinity", true)]
    public void Truthiness_follows_javascript(string script, bool expected)
    {
        Assert.That(Js.Condition(script), Is.EqualTo(expected));
    }

    [TestCase("1 && 'a'", "\"a\"")]
    [TestCase("0 && 'a'", "0")]
    [TestCase("'' || 'fallback'", "\"fallback\"")]
    [TestCase("'x' || 'fallback'", "\"x\"")]
    [TestCase("null ?? 'd'", "\"d\"")]
    [TestCase("undefined ?? 'd'", "\"d\"")]
    [TestCase("0 ?? 'd'", "0")]
    [TestCase("'' ?? 'd'", "\"\"")]
    [TestCase("false ?? true", "false")]
    [TestCase("null ?? undefined ?? 3", "3")]
    [TestCase("1 || 2 && 0", "1")]
    [TestCase("(1 || 2) && 0", "0")]
    [TestCase("!0", "true")]
    [TestCase("!!'a'", "true")]
    [TestCase("(null || 0) ?? 5", "0")]
    [TestCase("1 > 2 ? 'a' : 3 > 2 ? 'b' : 'c'", "\"b\"")]
    public void Logical_operators_short_circuit_and_return_operand_values(string script, string expected)
    {
        Assert.That(Js.Json(script), Is.EqualTo(expected));
    }

    [Test]
    public void Short_circuit_skips_the_right_operand()
    {
        var globals = new TestGlobals();
        Js.Eval("false && setVariable('a', 1); true || setVariable('b', 1); 1 ?? setVariable('c', 1); true ? 1 : setVariable('d', 1)", globals);
        Assert.That(globals.SetCalls, Is.Empty);
    }

    [Test]
    public void Mixing_nullish_coalescing_with_or_without_parentheses_is_a_syntax_error()
    {
        var error = Js.Fails("a ?? b || c");
        Assert.That(error.Message, Does.Contain("'??' cannot be mixed"));
    }

    [TestCase("input.applicant?.name", "\"Ann\"")]
    [TestCase("input.missing?.name", "null")]
    [TestCase("input.missing?.name.first.letter", "null")]
    [TestCase("input.missing?.[0]", "null")]
    [TestCase("input.applicant?.tags?.[1]", "\"y\"")]
    [TestCase("input.applicant.nothing?.()", "null")]
    [TestCase("input.applicant.tags?.includes('x')", "true")]
    [TestCase("input.missing?.includes('x') ?? 'none'", "\"none\"")]
    [TestCase("(input.missing?.a) === undefined", "true")]
    [TestCase("input.missing?.a === null", "false")]
    [TestCase("const o = {a: null}; o.a?.b === undefined", "true")]
    [TestCase("typeof input.applicant?.age", "\"number\"")]
    public void Optional_chaining_short_circuits_the_whole_chain(string script, string expected)
    {
        var globals = new TestGlobals().WithInput("applicant", """{"name":"Ann","age":42,"tags":["x","y"]}""");
        Assert.That(Js.Json(script, globals), Is.EqualTo(expected));
    }

    [Test]
    public void Reading_through_a_parenthesized_chain_does_not_short_circuit()
    {
        var error = Js.Fails("const o = {}; (o.a?.b).c");
        Assert.That(error.Message, Does.Contain("cannot read property 'c' of undefined"));
    }
}
