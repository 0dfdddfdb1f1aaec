using WorkflowEngine.Expressions;

namespace WorkflowEngine.Tests.Expressions;

public class SecurityTests
{
    [TestCase("getVariable.constructor")]
    [TestCase("getVariable.prototype")]
    [TestCase("getVariable.__proto__")]
    [TestCase("getVariable.call")]
    [TestCase("getVariable.apply")]
    [TestCase("getVariable.bind")]
    [TestCase("''.constructor")]
    [TestCase("'abc'.__proto__")]
    [TestCase("[].constructor")]
    [TestCase("[].__proto__")]
    [TestCase("({}).constructor")]
    [TestCase("({}).__proto__")]
    [TestCase("(1).constructor")]
    [TestCase("true.constructor")]
    [TestCase("(x => x).constructor")]
    [TestCase("Math.constructor")]
    [TestCase("JSON.__proto__")]
    [TestCase("Object.prototype")]
    [TestCase("Array.prototype")]
    [TestCase("Number.prototype")]
    [TestCase("Number.constructor")]
    [TestCase("''.toUpperCase.constructor")]
    [TestCase("[].map.constructor")]
    [TestCase("input.constructor")]
    [TestCase("variables.__proto__")]
    [TestCase("Math.random")]
    [TestCase("''['constructor']")]
    [TestCase("[]['__proto__']")]
    [TestCase("JSON.parse('{\"__proto__\": {\"polluted\": 1}}').polluted")]
    public void Prototype_and_constructor_paths_read_as_undefined(string script)
    {
        Assert.That(Js.Eval(script), Is.Null);
    }

    [TestCase("getVariable.constructor('return 1')()")]
    [TestCase("''.constructor.constructor('return process')()")]
    [TestCase("[].map.constructor('return this')()")]
    [TestCase("Math.random()")]
    [TestCase("getVariable.call(null, 'x')")]
    [TestCase("({}).toString.call([])")]
    public void Reaching_for_constructors_is_a_type_error(string script)
    {
        var error = Js.Fails(script);
        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(JavaScriptErrorKind.Runtime));
            Assert.That(error.Message, Does.StartWith("TypeError:"));
        });
    }

    [TestCase("globalThis")]
    [TestCase("window")]
    [TestCase("process")]
    [TestCase("require")]
    [TestCase("Function")]
    [TestCase("Reflect")]
    [TestCase("Proxy")]
    [TestCase("Symbol")]
    [TestCase("Date")]
    [TestCase("System")]
    [TestCase("setTimeout")]
    [TestCase("fetch")]
    [TestCase("importScripts")]
    public void Host_and_dangerous_globals_are_not_defined(string name)
    {
        var error = Js.Fails(name);
        Assert.That(error.Message, Does.StartWith($"ReferenceError: '{name}' is not defined"));
    }

    [TestCase("typeof globalThis", "\"undefined\"")]
    [TestCase("typeof getVariable", "\"function\"")]
    [TestCase("typeof Math", "\"object\"")]
    [TestCase("typeof getVariable.constructor", "\"undefined\"")]
    public void Typeof_reveals_nothing_beyond_script_values(string script, string expected)
    {
        Assert.That(Js.Json(script), Is.EqualTo(expected));
    }

    [Test]
    public void Built_in_objects_cannot_be_modified()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Js.Fails("Math.abs = () => 1").Message, Does.Contain("TypeError: cannot assign to property 'abs' of the built-in"));
            Assert.That(Js.Fails("JSON.extra = 1").Message, Does.StartWith("TypeError:"));
            Assert.That(Js.Fails("Object.assign(Math, {PI: 3})").Message, Does.StartWith("TypeError:"));
            Assert.That(Js.Fails("Math = {}").Message, Does.Contain("cannot assign to the global 'Math'"));
            Assert.That(Js.Fails("getVariable = () => 1").Message, Does.StartWith("TypeError:"));
            Assert.That(Js.Fails("''.toUpperCase.x = 1").Message, Does.StartWith("TypeError:"));
            Assert.That(Js.Json("Math.abs(-2)"), Is.EqualTo("2"));
        });
    }

    [Test]
    public void Error_messages_do_not_leak_clr_details()
    {
        string[] scripts =
        [
            "null.x", "undefined()", "(1)()", "[].reduce((a, b) => a)", "'a'.repeat(-1)", "(1).toFixed(200)",
            "JSON.parse('{')", "x", "const c = 1; c = 2", "''.constructor.constructor()",
        ];
        foreach (var script in scripts)
        {
            var error = Js.Fails(script);
            Assert.That(error.Message, Does.Not.Contain("System.").And.Not.Contain("Exception").And.Not.Contain("WorkflowEngine"), script);
        }
    }

    [Test]
    public void Scripts_do_not_see_each_others_locals()
    {
        var evaluator = new JavaScriptEvaluator();
        evaluator.Evaluate("const secret = 42; secret", new TestGlobals());
        var error = Assert.Throws<JavaScriptException>(() => evaluator.Evaluate("secret", new TestGlobals()))!;
        Assert.That(error.Message, Does.Contain("'secret' is not defined"));
    }
}
