using WorkflowEngine.Expressions;

namespace WorkflowEngine.Tests.Expressions;

public class StatementTests
{
    [TestCase("1; 2; 3", "3")]
    [TestCase("42;", "42")]
    [TestCase("const a = 1", "null")]
    [TestCase("const a = 1; a", "1")]
    [TestCase("let a = 1, b = 2; a + b", "3")]
    [TestCase("var v = 5; v = v * 2; v", "10")]
    [TestCase("let u; u", "null")]
    [TestCase("return 5; 6", "5")]
    [TestCase("const x = 3;\nif (x > 2) {\n  return 'big'\n}\nreturn 'small'", "\"big\"")]
    [TestCase("if (false) { 1 } else { 2 }", "2")]
    [TestCase("if (true) 'yes'; else 'no'", "\"yes\"")]
    [TestCase("let r = 'c'; if (1 > 2) r = 'a'; else if (2 > 1) r = 'b'; r", "\"b\"")]
    [TestCase("let r = 0\nr = r + 1\nr = r + 1\nr", "2")]
    [TestCase("const a = 1\nconst b = a\n+ 1\nb", "2")]
    [TestCase("const f = () => {\n  return\n  42\n}; f()", "null")]
    [TestCase(";;; 7 ;;", "7")]
    [TestCase("// comment\n/* block */ 1 + /* inline */ 2 // trailing", "3")]
    [TestCase("{ 5 }", "5")]
    [TestCase("const a = 1; { const a = 2; } a", "1")]
    [TestCase("let a = 1; { a = 2; } a", "2")]
    [TestCase("const a = 1; if (true) { const a = 5; return a } a", "5")]
    public void Statements_produce_the_script_value(string script, string expected)
    {
        Assert.That(Js.Json(script), Is.EqualTo(expected));
    }

    [Test]
    public void Reassigning_a_constant_is_a_type_error()
    {
        var error = Js.Fails("const a = 1; a = 2");
        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(JavaScriptErrorKind.Runtime));
            Assert.That(error.Message, Does.Contain("TypeError: assignment to constant variable 'a'"));
        });
    }

    [Test]
    public void Redeclaring_in_the_same_block_is_a_syntax_error()
    {
        Assert.That(Js.Fails("let a = 1; let a = 2").Kind, Is.EqualTo(JavaScriptErrorKind.Syntax));
    }

    [Test]
    public void Block_scoped_names_are_not_visible_outside_their_block()
    {
        Assert.That(Js.Fails("if (true) { const inner = 1 } inner").Message, Does.Contain("ReferenceError: 'inner' is not defined"));
    }

    [Test]
    public void Using_a_name_before_its_declaration_is_a_reference_error()
    {
        Assert.That(Js.Fails("const b = a + 1; const a = 2").Message, Does.Contain("cannot access 'a' before its declaration"));
    }

    [Test]
    public void Assigning_an_undeclared_name_is_a_reference_error()
    {
        Assert.That(Js.Fails("undeclared = 5").Message, Does.Contain("ReferenceError: 'undeclared' is not defined"));
    }

    [Test]
    public void A_const_without_initializer_is_a_syntax_error()
    {
        Assert.That(Js.Fails("const a;").Message, Does.Contain("missing initializer"));
    }

    [Test]
    public void A_declaration_directly_under_if_is_a_syntax_error()
    {
        Assert.That(Js.Fails("if (true) const a = 1").Message, Does.Contain("must be inside a block"));
    }

    [Test]
    public void Missing_separator_between_statements_on_one_line_is_a_syntax_error()
    {
        Assert.That(Js.Fails("1 2").Message, Does.Contain("unexpected number"));
    }

    [Test]
    public void Throw_ends_the_evaluation_with_the_message()
    {
        var error = Js.Fails("if (true) { throw 'amount missing' }");
        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(JavaScriptErrorKind.Runtime));
            Assert.That(error.Message, Does.StartWith("Uncaught amount missing"));
        });
    }

    [Test]
    public void Throwing_an_object_reports_its_message_property()
    {
        Assert.That(Js.Fails("throw {message: 'bad input'}").Message, Does.StartWith("Uncaught bad input"));
    }

    [Test]
    public void Object_literal_statement_hints_at_parentheses()
    {
        Assert.That(Js.Fails("{a: 1}").Message, Does.Contain("wrap it in parentheses"));
    }
}
