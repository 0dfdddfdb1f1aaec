namespace WorkflowEngine.Tests.Expressions;

public class StringMemberTests
{
    [TestCase("'hello'.length", "5")]
    [TestCase("'hello'[1]", "\"e\"")]
    [TestCase("'hello'[10]", "null")]
    [TestCase("'hello'.includes('ell')", "true")]
    [TestCase("'hello'.includes('l', 4)", "false")]
    [TestCase("'hello'.startsWith('he')", "true")]
    [TestCase("'hello'.startsWith('l', 2)", "true")]
    [TestCase("'hello'.endsWith('lo')", "true")]
    [TestCase("'hello'.endsWith('l', 4)", "true")]
    [TestCase("'hello'.indexOf('l')", "2")]
    [TestCase("'hello'.indexOf('z')", "-1")]
    [TestCase("'hello'.lastIndexOf('l')", "3")]
    [TestCase("'hello'.lastIndexOf('l', 2)", "2")]
    [TestCase("'hello'.slice(1, 3)", "\"el\"")]
    [TestCase("'hello'.slice(-3)", "\"llo\"")]
    [TestCase("'hello'.slice(3, 1)", "\"\"")]
    [TestCase("'hello'.substring(3, 1)", "\"el\"")]
    [TestCase("'hello'.substring(-5, 2)", "\"he\"")]
    [TestCase("'MiXeD'.toUpperCase() + 'MiXeD'.toLowerCase()", "\"MIXEDmixed\"")]
    [TestCase("'  pad  '.trim() + '|'", "\"pad|\"")]
    [TestCase("'  pad  '.trimStart() + '|'", "\"pad  |\"")]
    [TestCase("'  pad  '.trimEnd() + '|'", "\"  pad|\"")]
    [TestCase("'a,b,,c'.split(',')", "[\"a\",\"b\",\"\",\"c\"]")]
    [TestCase("'abc'.split('')", "[\"a\",\"b\",\"c\"]")]
    [TestCase("'abc'.split()", "[\"abc\"]")]
    [TestCase("'a-b-c'.split('-', 2)", "[\"a\",\"b\"]")]
    [TestCase("''.split(',')", "[\"\"]")]
    [TestCase("'aXbXc'.replace('X', '-')", "\"a-bXc\"")]
    [TestCase("'aXbXc'.replaceAll('X', '-')", "\"a-b-c\"")]
    [TestCase("'abc'.replaceAll('', '.')", "\".a.b.c.\"")]
    [TestCase("'price: 5'.replace('5', '$$$&0')", "\"price: $50\"")]
    [TestCase("'abc'.replace('b', m => m.toUpperCase())", "\"aBc\"")]
    [TestCase("'5'.padStart(3, '0')", "\"005\"")]
    [TestCase("'abc'.padStart(8, '12')", "\"12121abc\"")]
    [TestCase("'5'.padEnd(3)", "\"5  \"")]
    [TestCase("'ab'.repeat(3)", "\"ababab\"")]
    [TestCase("'ab'.repeat(0)", "\"\"")]
    [TestCase("'abc'.charAt(1)", "\"b\"")]
    [TestCase("'abc'.charAt(9)", "\"\"")]
    [TestCase("'abc'.charCodeAt(0)", "97")]
    [TestCase("'abc'.at(-1)", "\"c\"")]
    [TestCase("'a'.concat('b', 1, null)", "\"ab1null\"")]
    [TestCase("'b'.localeCompare('a')", "1")]
    [TestCase("'x'.toString()", "\"x\"")]
    [TestCase("'Straße'.length", "6")]
    public void String_members_follow_javascript(string script, string expected)
    {
        Assert.That(Js.Json(script), Is.EqualTo(expected));
    }

    [Test]
    public void Repeat_with_a_negative_count_is_a_range_error()
    {
        Assert.That(Js.Fails("'a'.repeat(-1)").Message, Does.StartWith("RangeError:"));
    }

    [Test]
    public void Unknown_string_members_are_undefined_and_not_callable()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Js.Eval("'abc'.match"), Is.Null);
            Assert.That(Js.Fails("'abc'.match('b')").Message, Does.Contain(".match is not a function"));
        });
    }
}
