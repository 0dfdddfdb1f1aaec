using WorkflowEngine.Expressions;

namespace WorkflowEngine.Tests.Expressions;

public class CheckSyntaxTests
{
    private readonly JavaScriptEvaluator _evaluator = new();

    [TestCase("getVariable(\"amount\") > 100 && input.region === \"A\"")]
    [TestCase("const a = 1;\nif (a) { return a } else { return 0 }")]
    [TestCase("[1, 2].map(x => ({ v: x }))")]
    [TestCase("`${a}${b}`")]
    [TestCase("")]
    [TestCase("// only a comment")]
    public void Valid_scripts_have_no_syntax_error(string script)
    {
        Assert.That(_evaluator.CheckSyntax(script), Is.Null);
    }

    [Test]
    public void Incomplete_expression_reports_line_and_column()
    {
        var error = _evaluator.CheckSyntax("a +");
        Assert.That(error, Is.EqualTo(new JavaScriptSyntaxError("unexpected end of input", 1, 4)));
    }

    [Test]
    public void Error_on_a_later_line_reports_that_line()
    {
        var error = _evaluator.CheckSyntax("const a = 1;\nconst b = (a + ;\n");
        Assert.That(error, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(error!.Line, Is.EqualTo(2));
            Assert.That(error.Column, Is.EqualTo(16));
            Assert.That(error.Message, Is.EqualTo("unexpected token ';'"));
        });
    }

    [Test]
    public void Unsupported_construct_is_reported_by_name()
    {
        Assert.That(_evaluator.CheckSyntax("x => { for (;;) {} }")!.Message, Does.Contain("loops ('for')"));
    }

    [Test]
    public void CheckSyntax_does_not_execute_the_script()
    {
        var globals = new TestGlobals();
        var evaluator = new JavaScriptEvaluator();
        Assert.Multiple(() =>
        {
            Assert.That(evaluator.CheckSyntax("setVariable('touched', true); throw 'ran'"), Is.Null);
            Assert.That(globals.SetCalls, Is.Empty);
        });
    }

    [Test]
    public void Runtime_errors_are_not_syntax_errors()
    {
        Assert.That(_evaluator.CheckSyntax("undefinedName.property.other()"), Is.Null);
    }

    [Test]
    public void Too_deep_nesting_is_reported_not_crashed()
    {
        var error = _evaluator.CheckSyntax(new string('(', 10_000) + "1" + new string(')', 10_000));
        Assert.That(error!.Message, Does.Contain("nested deeper than"));
    }

    [Test]
    public void Over_long_script_is_reported()
    {
        var evaluator = new JavaScriptEvaluator(new JavaScriptLimits { MaxScriptLength = 10 });
        Assert.That(evaluator.CheckSyntax("1 + 2 + 3 + 4 + 5")!.Message, Does.Contain("script longer than 10 characters"));
    }

    [Test]
    public void Syntax_errors_are_thrown_by_evaluate_every_time()
    {
        var first = Assert.Throws<JavaScriptException>(() => _evaluator.Evaluate("a +", new TestGlobals()))!;
        var second = Assert.Throws<JavaScriptException>(() => _evaluator.Evaluate("a +", new TestGlobals()))!;
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.Not.SameAs(second));
            Assert.That(second.Kind, Is.EqualTo(JavaScriptErrorKind.Syntax));
            Assert.That(second.Message, Is.EqualTo("SyntaxError: unexpected end of input (line 1, column 4)"));
        });
    }

    [TestCase("'unterminated", "unterminated string literal")]
    [TestCase("/* open", "unterminated comment")]
    [TestCase("a.", "unexpected end of input, expected 'a property name'")]
    [TestCase("f(1, 2", "unexpected end of input, expected ','")]
    [TestCase("1 = 2", "invalid assignment target")]
    [TestCase("a?.b = 1", "optional chain cannot be assigned")]
    [TestCase("'\\u{zz}'", "invalid unicode escape")]
    [TestCase("const if = 1", "reserved word")]
    public void Malformed_scripts_give_clear_messages(string script, string expected)
    {
        Assert.That(_evaluator.CheckSyntax(script)!.Message, Does.Contain(expected));
    }
}
