namespace WorkflowEngine.Tests.Expressions;

public class FormattingTests
{
    [TestCase("1 + \"2\"", "\"12\"")]
    [TestCase("\"1\" + 2 + 3", "\"123\"")]
    [TestCase("1 + 2 + \"3\"", "\"33\"")]
    [TestCase("\"a\" + null", "\"anull\"")]
    [TestCase("\"a\" + undefined", "\"aundefined\"")]
    [TestCase("\"a\" + true", "\"atrue\"")]
    [TestCase("[] + \"\"", "\"\"")]
    [TestCase("[1, 2] + \"\"", "\"1,2\"")]
    [TestCase("[1, [2, [3]]] + \"\"", "\"1,2,3\"")]
    [TestCase("[null, undefined, 1] + \"\"", "\",,1\"")]
    [TestCase("({}) + \"\"", "\"[object Object]\"")]
    [TestCase("[] + []", "\"\"")]
    [TestCase("[] + {}", "\"[object Object]\"")]
    public void String_concatenation_follows_the_plus_rules(string script, string expected)
    {
        Assert.That(Js.Json(script), Is.EqualTo(expected));
    }

    [TestCase("String(1.5)", "1.5")]
    [TestCase("String(0.1 + 0.2)", "0.30000000000000004")]
    [TestCase("String(100)", "100")]
    [TestCase("String(-0)", "0")]
    [TestCase("String(1e21)", "1e+21")]
    [TestCase("String(1e20)", "100000000000000000000")]
    [TestCase("String(123456789012345680000)", "123456789012345680000")]
    [TestCase("String(1.5e-7)", "1.5e-7")]
    [TestCase("String(0.000001)", "0.000001")]
    [TestCase("String(-1234.5678)", "-1234.5678")]
    [TestCase("String(2 ** 53)", "9007199254740992")]
    [TestCase("String(1 / 3)", "0.3333333333333333")]
    [TestCase("String(5e-324)", "5e-324")]
    [TestCase("String(1.7976931348623157e308)", "1.7976931348623157e+308")]
    [TestCase("String(NaN)", "NaN")]
    [TestCase("String(Infinity)", "Infinity")]
    [TestCase("String({})", "[object Object]")]
    [TestCase("String([1, 2])", "1,2")]
    [TestCase("String(null)", "null")]
    [TestCase("String(undefined)", "undefined")]
    [TestCase("String(true)", "true")]
    [TestCase("String()", "")]
    [TestCase("`${0.1 * 3}`", "0.30000000000000004")]
    [TestCase("(255).toString(16)", "ff")]
    [TestCase("(5).toString(2)", "101")]
    [TestCase("(12.5).toString()", "12.5")]
    public void Numbers_and_values_print_like_javascript(string script, string expected)
    {
        Assert.That(Js.Eval(script)!.GetValue<string>(), Is.EqualTo(expected));
    }

    [TestCase("(1.005).toFixed(2)", "1.00")]
    [TestCase("(2.5).toFixed(0)", "3")]
    [TestCase("(1.45).toFixed(1)", "1.4")]
    [TestCase("(123.456).toFixed(2)", "123.46")]
    [TestCase("(0).toFixed(2)", "0.00")]
    [TestCase("(-1.5).toFixed(0)", "-2")]
    [TestCase("(1e21).toFixed(2)", "1e+21")]
    [TestCase("(0.000001).toFixed(7)", "0.0000010")]
    [TestCase("(1234.5678).toFixed()", "1235")]
    public void ToFixed_rounds_the_exact_binary_value(string script, string expected)
    {
        Assert.That(Js.Eval(script)!.GetValue<string>(), Is.EqualTo(expected));
    }

    [TestCase("Number(\"42\")", "42")]
    [TestCase("Number(\"  12.5  \")", "12.5")]
    [TestCase("Number(\"\")", "0")]
    [TestCase("Number(\"0x1A\")", "26")]
    [TestCase("Number(null)", "0")]
    [TestCase("Number(true)", "1")]
    [TestCase("Number([7])", "7")]
    [TestCase("Number(\"1e3\")", "1000")]
    [TestCase("Number(\"-Infinity\") < 0", "true")]
    [TestCase("isNaN(Number(\"12px\"))", "true")]
    [TestCase("isNaN(Number(\"infinity\"))", "true")]
    [TestCase("isNaN(Number(undefined))", "true")]
    [TestCase("parseInt(\"42px\")", "42")]
    [TestCase("parseInt(\"  -17.9\")", "-17")]
    [TestCase("parseInt(\"ff\", 16)", "255")]
    [TestCase("parseInt(\"0x1F\")", "31")]
    [TestCase("parseInt(\"101\", 2)", "5")]
    [TestCase("isNaN(parseInt(\"abc\"))", "true")]
    [TestCase("parseFloat(\"3.14abc\")", "3.14")]
    [TestCase("parseFloat(\".5e1x\")", "5")]
    [TestCase("isNaN(parseFloat(\"x1\"))", "true")]
    [TestCase("Number.isInteger(5)", "true")]
    [TestCase("Number.isInteger(5.5)", "false")]
    [TestCase("Number.isInteger(\"5\")", "false")]
    [TestCase("Boolean(\"\")", "false")]
    [TestCase("Boolean(\"0\")", "true")]
    public void Conversion_functions_follow_javascript(string script, string expected)
    {
        Assert.That(Js.Json(script), Is.EqualTo(expected));
    }
}
