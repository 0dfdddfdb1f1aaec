using WorkflowEngine.Expressions;

namespace WorkflowEngine.Tests.Expressions;

public class UnsupportedSyntaxTests
{
    [TestCase("for (let i = 0; i < 3; i++) {}", "loops ('for')")]
    [TestCase("while (true) {}", "loops ('while')")]
    [TestCase("do { } while (true)", "loops ('do')")]
    [TestCase("function f() { return 1 }", "functions ('function')")]
    [TestCase("const f = function () {}", "functions ('function')")]
    [TestCase("function* g() {}", "functions ('function')")]
    [TestCase("class A {}", "classes ('class')")]
    [TestCase("new Date()", "'new'")]
    [TestCase("this.x", "'this'")]
    [TestCase("eval('1')", "'eval'")]
    [TestCase("with (x) {}", "'with'")]
    [TestCase("import x from 'y'", "modules ('import')")]
    [TestCase("import('x')", "modules ('import')")]
    [TestCase("export const a = 1", "modules ('export')")]
    [TestCase("async () => 1", "async functions ('async')")]
    [TestCase("await getVariable('x')", "'await'")]
    [TestCase("yield 1", "generators ('yield')")]
    [TestCase("try { 1 } catch (e) { 2 }", "exception handling ('try')")]
    [TestCase("switch (1) { case 1: 2 }", "'switch'")]
    [TestCase("break", "'break'")]
    [TestCase("/ab+c/.test('abc')", "regular-expression literals")]
    [TestCase("'abc'.replace(/b/g, 'x')", "regular-expression literals")]
    [TestCase("const o = {a: 1}; delete o.a", "the 'delete' operator")]
    [TestCase("void 0", "the 'void' operator")]
    [TestCase("({ get x() { return 1 } })", "getters and setters")]
    [TestCase("({ set x(v) { } })", "getters and setters")]
    [TestCase("({ m() { return 1 } })", "method definitions")]
    [TestCase("((...args) => args)(1)", "rest parameters")]
    [TestCase("const [a, b] = [1, 2]", "destructuring")]
    [TestCase("const {a} = {a: 1}", "destructuring")]
    [TestCase("(({a}) => a)({a: 1})", "destructuring parameters")]
    [TestCase("((a = 1) => a)()", "default parameter values")]
    [TestCase("label: 1", "labels")]
    [TestCase("'a' in {a: 1}", "the 'in' operator")]
    [TestCase("[] instanceof Array", "the 'instanceof' operator")]
    [TestCase("1, 2", "the comma operator")]
    [TestCase("1 & 2", "bitwise operators ('&')")]
    [TestCase("1 | 2", "bitwise operators ('|')")]
    [TestCase("1 ^ 2", "bitwise operators ('^')")]
    [TestCase("~1", "bitwise operators ('~')")]
    [TestCase("1 << 2", "bitwise operators ('<<')")]
    [TestCase("let i = 0; i++", "increment and decrement operators ('++')")]
    [TestCase("let i = 0; --i", "increment and decrement operators ('--')")]
    [TestCase("let i = 1; i **= 2", "the '**=' operator")]
    [TestCase("let i = null; i ??= 2", "the '??=' operator")]
    [TestCase("10n", "BigInt literals")]
    [TestCase("010", "legacy octal literals")]
    [TestCase("[1, , 2]", "array holes")]
    [TestCase("debugger", "'debugger'")]
    [TestCase("#x", "private names")]
    [TestCase("@dec", "decorators")]
    [TestCase("super.x", "'super'")]
    [TestCase("-2 ** 2", "unary operator before '**'")]
    [TestCase("const f = () => arguments", "'arguments'")]
    [TestCase("String.raw`x`", "tagged templates")]
    public void Unsupported_constructs_are_syntax_errors_that_name_them(string script, string expected)
    {
        var error = Js.Fails(script);
        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(JavaScriptErrorKind.Syntax));
            Assert.That(error.Message, Does.Contain(expected));
            Assert.That(error.Line, Is.EqualTo(1));
        });
    }

    [Test]
    public void Unsupported_construct_error_gives_its_position()
    {
        var error = Js.Fails("const x = 1;\nconst y = 2;\n  while (x) {}");
        Assert.Multiple(() =>
        {
            Assert.That(error.Line, Is.EqualTo(3));
            Assert.That(error.Column, Is.EqualTo(3));
            Assert.That(error.Message, Does.EndWith("(line 3, column 3)"));
        });
    }

    [Test]
    public void Reserved_words_are_allowed_as_property_names()
    {
        var globals = new TestGlobals().WithInput("doc", """{"new":1,"class":2,"for":3,"default":4}""");
        Assert.That(Js.Json("input.doc.new + input.doc.class + input.doc.for + ({if: 1, default: 2}).default", globals), Is.EqualTo("8"));
    }
}
