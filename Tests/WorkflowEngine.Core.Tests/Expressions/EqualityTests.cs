namespace WorkflowEngine.Tests.Expressions;

public class EqualityTests
{
    [TestCase("1 == \"1\"", true)]
    [TestCase("0 == \"\"", true)]
    [TestCase("0 == \"0\"", true)]
    [TestCase("\"\" == \"0\"", false)]
    [TestCase("\" 12 \" == 12", true)]
    [TestCase("\"1e1\" == 10", true)]
    [TestCase("\"abc\" == 0", false)]
    public void Loose_equality_coerces_numeric_strings(string script, bool expected)
    {
        Assert.That(Js.Condition(script), Is.EqualTo(expected));
    }

    [TestCase("null == undefined", true)]
    [TestCase("undefined == null", true)]
    [TestCase("null == 0", false)]
    [TestCase("null == false", false)]
    [TestCase("undefined == 0", false)]
    [TestCase("null == \"\"", false)]
    [TestCase("true == 1", true)]
    [TestCase("true == \"1\"", true)]
    [TestCase("false == \"0\"", true)]
    [TestCase("false == \"\"", true)]
    [TestCase("true == 2", false)]
    [TestCase("[1] == 1", true)]
    [TestCase("[1, 2] == \"1,2\"", true)]
    [TestCase("[] == false", true)]
    [TestCase("({}) == \"[object Object]\"", true)]
    [TestCase("NaN == NaN", false)]
    [TestCase("NaN != NaN", true)]
    [TestCase("0 == -0", true)]
    public void Loose_equality_follows_the_specification_table(string script, bool expected)
    {
        Assert.That(Js.Condition(script), Is.EqualTo(expected));
    }

    [TestCase("1 === 1", true)]
    [TestCase("1 === \"1\"", false)]
    [TestCase("null === undefined", false)]
    [TestCase("null === null", true)]
    [TestCase("undefined === undefined", true)]
    [TestCase("\"a\" === \"a\"", true)]
    [TestCase("true === 1", false)]
    [TestCase("NaN === NaN", false)]
    [TestCase("0 === -0", true)]
    [TestCase("1 !== \"1\"", true)]
    [TestCase("[1] === [1]", false)]
    [TestCase("({}) === ({})", false)]
    [TestCase("const a = [1]; a === a", true)]
    [TestCase("const o = {}; const p = o; o == p", true)]
    [TestCase("[1] == [1]", false)]
    public void Strict_equality_never_coerces_and_compares_objects_by_reference(string script, bool expected)
    {
        Assert.That(Js.Condition(script), Is.EqualTo(expected));
    }

    [Test]
    public void Variables_from_the_host_compare_by_value_when_primitive()
    {
        var globals = new TestGlobals().WithVariable("status", "\"Approved\"").WithVariable("count", "3");
        Assert.Multiple(() =>
        {
            Assert.That(Js.Condition("getVariable('status') === 'Approved'", globals), Is.True);
            Assert.That(Js.Condition("getVariable('count') == '3'", globals), Is.True);
            Assert.That(Js.Condition("getVariable('count') === '3'", globals), Is.False);
            Assert.That(Js.Condition("getVariable('missing') == null", globals), Is.True);
        });
    }
}
