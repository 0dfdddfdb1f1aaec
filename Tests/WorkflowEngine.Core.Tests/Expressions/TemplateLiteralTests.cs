namespace WorkflowEngine.Tests.Expressions;

public class TemplateLiteralTests
{
    [TestCase("`plain`", "plain")]
    [TestCase("`a${1 + 1}b`", "a2b")]
    [TestCase("`${'x'}${'y'}`", "xy")]
    [TestCase("`${[1, 2]}|${null}|${undefined}|${true}`", "1,2|null|undefined|true")]
    [TestCase("`outer ${`inner ${1 + 2}`} end`", "outer inner 3 end")]
    [TestCase("`${ {a: 1}.a }`", "1")]
    [TestCase("`line1\nline2`", "line1\nline2")]
    [TestCase("`tab\\t\\u0041\\x42`", "tab\tAB")]
    [TestCase("`\\${not} $ {}`", "${not} $ {}")]
    [TestCase("`${input.applicant.name} (${input.applicant.age})`", "Ann (42)")]
    public void Template_literals_interpolate_values(string script, string expected)
    {
        var globals = new TestGlobals().WithInput("applicant", """{"name":"Ann","age":42}""");
        Assert.That(Js.Eval(script, globals)!.GetValue<string>(), Is.EqualTo(expected));
    }

    [Test]
    public void Unterminated_template_is_a_syntax_error()
    {
        Assert.That(Js.Fails("`abc ${1}").Kind, Is.EqualTo(WorkflowEngine.Expressions.JavaScriptErrorKind.Syntax));
    }

    [Test]
    public void Tagged_templates_are_rejected()
    {
        Assert.That(Js.Fails("String.raw`x`").Message, Does.Contain("tagged templates"));
    }
}
