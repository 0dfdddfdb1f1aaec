using WorkflowEngine.Expressions;

namespace WorkflowEngine.Tests.Expressions;

public class JsonTests
{
    [TestCase("JSON.stringify({b: 1, a: 'x'})", """{"b":1,"a":"x"}""")]
    [TestCase("JSON.stringify({z: 1, 10: 'a', 2: 'b', y: 2})", """{"2":"b","10":"a","z":1,"y":2}""")]
    [TestCase("JSON.stringify([1, 'two', true, null, undefined, x => x])", """[1,"two",true,null,null,null]""")]
    [TestCase("JSON.stringify({a: undefined, f: x => x, n: NaN, i: -Infinity})", """{"n":null,"i":null}""")]
    [TestCase("JSON.stringify('quote\" backslash\\\\ newline\\n tab\\t ctrl\\u0001 é')", "\"quote\\\" backslash\\\\ newline\\n tab\\t ctrl\\u0001 é\"")]
    [TestCase("JSON.stringify(1e21)", "1e+21")]
    [TestCase("JSON.stringify(0.1 + 0.2)", "0.30000000000000004")]
    [TestCase("JSON.stringify({a: [1, {b: 2}]}, null, 2)", "{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ]\n}")]
    [TestCase("JSON.stringify([], null, 2) + JSON.stringify({}, null, 2)", "[]{}")]
    public void Stringify_matches_javascript_output(string script, string expected)
    {
        Assert.That(Js.Eval(script)!.GetValue<string>(), Is.EqualTo(expected));
    }

    [Test]
    public void Stringify_of_undefined_is_undefined()
    {
        Assert.That(Js.Eval("JSON.stringify(undefined)"), Is.Null);
    }

    [TestCase("""{"a":[1,2.5,"x",true,false,null],"b":{"c":{}}}""")]
    [TestCase("""[]""")]
    [TestCase("""[{"nested":[[[]]]}]""")]
    [TestCase("\"esc\\\"aped\\\\ \\u00e9 \\n\"")]
    [TestCase("""-12.5e-3""")]
    public void Parse_then_stringify_round_trips(string json)
    {
        var globals = new TestGlobals();
        globals.Variables["text"] = System.Text.Json.Nodes.JsonValue.Create(json);
        var once = Js.Eval("JSON.stringify(JSON.parse(getVariable('text')))", globals)!.GetValue<string>();
        globals.Variables["text"] = System.Text.Json.Nodes.JsonValue.Create(once);
        var twice = Js.Eval("JSON.stringify(JSON.parse(getVariable('text')))", globals)!.GetValue<string>();
        Assert.That(twice, Is.EqualTo(once));
    }

    [Test]
    public void Parse_produces_script_values()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Js.Json("JSON.parse('{\"a\":[1,2,{\"b\":null}]}').a[2]"), Is.EqualTo("{\"b\":null}"));
            Assert.That(Js.Json("JSON.parse(' [1, 2] ').length"), Is.EqualTo("2"));
            Assert.That(Js.Json("JSON.parse('\"\\\\u0041\"')"), Is.EqualTo("\"A\""));
            Assert.That(Js.Json("JSON.parse('{\"a\":1,\"a\":2}').a"), Is.EqualTo("2"));
        });
    }

    [TestCase("JSON.parse('{a:1}')")]
    [TestCase("JSON.parse('[1,]')")]
    [TestCase("JSON.parse('01')")]
    [TestCase("JSON.parse('')")]
    [TestCase("JSON.parse('[1] x')")]
    [TestCase("JSON.parse(\"'single'\")")]
    public void Invalid_json_is_a_runtime_syntax_error(string script)
    {
        var error = Js.Fails(script);
        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(JavaScriptErrorKind.Runtime));
            Assert.That(error.Message, Does.StartWith("SyntaxError: JSON.parse"));
        });
    }

    [Test]
    public void Stringify_of_a_circular_structure_is_a_type_error()
    {
        Assert.That(Js.Fails("const a = {}; a.self = a; JSON.stringify(a)").Message, Does.Contain("circular"));
    }

    [Test]
    public void Returning_a_circular_structure_is_a_type_error_not_a_crash()
    {
        Assert.That(Js.Fails("const a = [1]; a.push(a); a").Message, Does.Contain("circular"));
    }

    [Test]
    public void A_circular_array_joins_as_empty_like_engines_do()
    {
        Assert.That(Js.Json("const a = [1, 2]; a.push(a); a.join('-')"), Is.EqualTo("\"1-2-\""));
    }

    [Test]
    public void Evaluate_returns_structured_json()
    {
        var node = Js.Eval("({ ok: true, total: 12.5, items: ['a'], when: '2025-01-01' })")!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(node["ok"]!.GetValue<bool>(), Is.True);
            Assert.That(node["total"]!.GetValue<double>(), Is.EqualTo(12.5));
            Assert.That(node["items"]![0]!.GetValue<string>(), Is.EqualTo("a"));
            Assert.That(node["when"]!.GetValue<string>(), Is.EqualTo("2025-01-01"));
        });
    }
}
