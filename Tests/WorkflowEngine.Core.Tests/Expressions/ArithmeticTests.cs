namespace WorkflowEngine.Tests.Expressions;

public class ArithmeticTests
{
    [TestCase("1 + 2 * 3", "7")]
    [TestCase("(1 + 2) * 3", "9")]
    [TestCase("10 - 4 - 3", "3")]
    [TestCase("2 * 3 + 4 * 5", "26")]
    [TestCase("100 / 10 / 5", "2")]
    [TestCase("7 % 3", "1")]
    [TestCase("-7 % 3", "-1")]
    [TestCase("5.5 % 2", "1.5")]
    [TestCase("2 ** 10", "1024")]
    [TestCase("2 ** 3 ** 2", "512")]
    [TestCase("(-2) ** 2", "4")]
    [TestCase("-3 + 5", "2")]
    [TestCase("- -3", "3")]
    [TestCase("+\"42\"", "42")]
    [TestCase("+true", "1")]
    [TestCase("1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10", "55")]
    [TestCase("1 - 2 + 3 * 4 / 2 % 5", "0")]
    [TestCase("0.1 * 3", "0.30000000000000004")]
    [TestCase("1.5e3 + 0x10", "1516")]
    [TestCase("0b101 + 0o17", "20")]
    [TestCase("1_000_000 / 1e3", "1000")]
    [TestCase(".5 + 1.", "1.5")]
    public void Arithmetic_follows_javascript_precedence(string script, string expected)
    {
        Assert.That(Js.Json(script), Is.EqualTo(expected));
    }

    [TestCase("String(1 / 0)", "\"Infinity\"")]
    [TestCase("String(-1 / 0)", "\"-Infinity\"")]
    [TestCase("String(0 / 0)", "\"NaN\"")]
    [TestCase("String(\"abc\" * 2)", "\"NaN\"")]
    [TestCase("String(undefined + 1)", "\"NaN\"")]
    [TestCase("null + 1", "1")]
    [TestCase("true + true", "2")]
    [TestCase("\"6\" / \"2\"", "3")]
    [TestCase("\"5\" - 2", "3")]
    [TestCase("[5] * 2", "10")]
    [TestCase("[] * 1", "0")]
    public void Arithmetic_coerces_operands_like_javascript(string script, string expected)
    {
        Assert.That(Js.Json(script), Is.EqualTo(expected));
    }

    [TestCase("1 / 0")]
    [TestCase("0 / 0")]
    public void Non_finite_results_become_null(string script)
    {
        Assert.That(Js.Eval(script), Is.Null);
    }

    [TestCase("3 > 2", "true")]
    [TestCase("3 >= 3", "true")]
    [TestCase("2 < 1", "false")]
    [TestCase("\"10\" < \"9\"", "true")]
    [TestCase("\"10\" < 9", "false")]
    [TestCase("\"2024-03-01\" < \"2024-12-31\"", "true")]
    [TestCase("\"abc\" <= \"abd\"", "true")]
    [TestCase("1 < NaN", "false")]
    [TestCase("null >= 0", "true")]
    [TestCase("undefined >= 0", "false")]
    public void Comparison_handles_numbers_and_strings(string script, string expected)
    {
        Assert.That(Js.Json(script), Is.EqualTo(expected));
    }

    [Test]
    public void Compound_assignment_updates_locals()
    {
        Assert.That(Js.Json("let x = 10; x += 5; x -= 3; x *= 2; x /= 4; x %= 4; x"), Is.EqualTo("2"));
    }

    [Test]
    public void Plus_equals_concatenates_strings()
    {
        Assert.That(Js.Json("let s = 'a'; s += 1; s += 'b'; s"), Is.EqualTo("\"a1b\""));
    }
}
