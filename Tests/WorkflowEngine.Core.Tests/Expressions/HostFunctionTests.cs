using System.Text.Json.Nodes;
using WorkflowEngine.Expressions;

namespace WorkflowEngine.Tests.Expressions;

public class HostFunctionTests
{
    private static TestGlobals Globals()
    {
        var globals = new TestGlobals();
        globals.HostFunctions["isWorkingDay"] = args => JsonValue.Create(args[0]!.GetValue<string>() != "2025-01-01");
        globals.HostFunctions["sum"] = args => JsonValue.Create(args.Sum(a => a!.GetValue<double>()));
        globals.HostFunctions["describe"] = args => JsonValue.Create(string.Join("|", args.Select(a => a?.ToJsonString() ?? "null")));
        globals.HostFunctions["lookup"] = _ => JsonNode.Parse("""{"code":"M1","tags":["x"]}""");
        globals.HostFunctions["fail"] = _ => throw new InvalidOperationException("boom");
        return globals;
    }

    [Test]
    public void Host_functions_are_callable_as_globals()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Js.Condition("isWorkingDay('2025-01-02')", Globals()), Is.True);
            Assert.That(Js.Condition("isWorkingDay('2025-01-01')", Globals()), Is.False);
            Assert.That(Js.Json("sum(1.5, 2.5, 3.5)", Globals()), Is.EqualTo("7.5"));
        });
    }

    [Test]
    public void Host_function_arguments_are_converted_to_json()
    {
        Assert.That(
            Js.Eval("describe(1, 'a', [true, null], {k: 2}, undefined, x => x)", Globals())!.GetValue<string>(),
            Is.EqualTo("1|\"a\"|[true,null]|{\"k\":2}|null|null"));
    }

    [Test]
    public void Host_function_results_are_script_values()
    {
        Assert.That(Js.Json("lookup().tags.concat(['y']).join('+') + lookup().code", Globals()), Is.EqualTo("\"x+yM1\""));
    }

    [Test]
    public void Host_functions_can_be_passed_as_callbacks()
    {
        Assert.That(Js.Json("['2025-01-01', '2025-01-02'].filter(isWorkingDay)", Globals()), Is.EqualTo("[\"2025-01-02\"]"));
    }

    [Test]
    public void A_failing_host_function_is_a_runtime_error_naming_it()
    {
        var error = Js.Fails("1 + fail()", Globals());
        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(JavaScriptErrorKind.Runtime));
            Assert.That(error.Message, Does.Contain("host function 'fail' failed: boom"));
            Assert.That(error.InnerException, Is.TypeOf<InvalidOperationException>());
        });
    }

    [Test]
    public void Built_in_globals_take_precedence_over_host_functions_of_the_same_name()
    {
        var globals = Globals();
        globals.HostFunctions["getVariable"] = _ => JsonValue.Create("host");
        globals.Variables["x"] = JsonValue.Create(1);
        Assert.That(Js.Json("getVariable('x')", globals), Is.EqualTo("1"));
    }

    [Test]
    public void Locals_shadow_host_functions()
    {
        Assert.That(Js.Json("const sum = (a, b) => a * b; sum(3, 4)", Globals()), Is.EqualTo("12"));
    }
}
