using System.Text.Json.Nodes;
using WorkflowEngine.Expressions;

namespace WorkflowEngine.Tests.Expressions;

public class GlobalsTests
{
    [Test]
    public void GetVariable_reads_host_variables()
    {
        var globals = new TestGlobals().WithVariable("amount", "150").WithVariable("name", "\"Ann\"");
        Assert.Multiple(() =>
        {
            Assert.That(Js.Condition("getVariable(\"amount\") > 100", globals), Is.True);
            Assert.That(Js.Json("getVariable('name') + '!'", globals), Is.EqualTo("\"Ann!\""));
            Assert.That(Js.Json("getVariable('unknown')", globals), Is.EqualTo("null"));
        });
    }

    [Test]
    public void SetVariable_writes_host_variables()
    {
        var globals = new TestGlobals();
        var result = Js.Eval("setVariable('total', 40 + 2)", globals);
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.Null);
            Assert.That(Js.Render(globals.Variables["total"]), Is.EqualTo("42"));
        });
    }

    [Test]
    public void Assigning_variables_property_calls_SetVariable()
    {
        var globals = new TestGlobals().WithVariable("count", "1");
        var result = Js.Json("variables.count = variables.count + 1; variables['label'] = `n=${variables.count}`; variables.list = [1, {a: 2}]; variables.label", globals);
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo("\"n=2\""));
            Assert.That(Js.Render(globals.Variables["count"]), Is.EqualTo("2"));
            Assert.That(Js.Render(globals.Variables["list"]), Is.EqualTo("[1,{\"a\":2}]"));
            Assert.That(globals.SetCalls, Is.EqualTo(new[] { "count", "label", "list" }));
        });
    }

    [Test]
    public void Compound_assignment_to_variables_reads_then_writes()
    {
        var globals = new TestGlobals().WithVariable("total", "10");
        Js.Eval("variables.total += 5", globals);
        Assert.That(Js.Render(globals.Variables["total"]), Is.EqualTo("15"));
    }

    [Test]
    public void Object_keys_of_variables_lists_variable_names()
    {
        var globals = new TestGlobals().WithVariable("a", "1").WithVariable("b", "2");
        Assert.That(Js.Json("Object.keys(variables)", globals), Is.EqualTo("[\"a\",\"b\"]"));
    }

    [Test]
    public void Input_gives_nested_access()
    {
        var globals = new TestGlobals()
            .WithInput("applicant", """{"name":"Ann","address":{"city":"Oslo"},"scores":[3,4]}""")
            .WithInput("region", "\"A\"");
        Assert.Multiple(() =>
        {
            Assert.That(Js.Json("input.applicant.name", globals), Is.EqualTo("\"Ann\""));
            Assert.That(Js.Json("input.applicant.address.city", globals), Is.EqualTo("\"Oslo\""));
            Assert.That(Js.Json("input['applicant'].scores[1]", globals), Is.EqualTo("4"));
            Assert.That(Js.Json("getInput('region')", globals), Is.EqualTo("\"A\""));
            Assert.That(Js.Json("Object.keys(input)", globals), Is.EqualTo("[\"applicant\",\"region\"]"));
            Assert.That(Js.Json("input.unknown", globals), Is.EqualTo("null"));
        });
    }

    [Test]
    public void Input_is_read_only()
    {
        var globals = new TestGlobals().WithInput("region", "\"A\"");
        var error = Js.Fails("input.region = 'B'", globals);
        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(JavaScriptErrorKind.Runtime));
            Assert.That(error.Message, Does.Contain("read-only"));
            Assert.That(Js.Render(globals.Inputs["region"]), Is.EqualTo("\"A\""));
        });
    }

    [Test]
    public void Mutating_a_value_read_from_a_variable_does_not_change_the_stored_variable()
    {
        var globals = new TestGlobals().WithVariable("order", """{"items":[1,2],"status":"new"}""");
        var result = Js.Json("const o = getVariable('order'); o.status = 'changed'; o.items.push(3); variables.order.items.push(4); o", globals);
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo("{\"items\":[1,2,3],\"status\":\"changed\"}"));
            Assert.That(Js.Render(globals.Variables["order"]), Is.EqualTo("{\"items\":[1,2],\"status\":\"new\"}"));
            Assert.That(globals.SetCalls, Is.Empty);
        });
    }

    [Test]
    public void Writing_back_a_modified_copy_updates_the_variable()
    {
        var globals = new TestGlobals().WithVariable("order", """{"status":"new"}""");
        Js.Eval("const o = getVariable('order'); o.status = 'done'; setVariable('order', o)", globals);
        Assert.That(Js.Render(globals.Variables["order"]), Is.EqualTo("{\"status\":\"done\"}"));
    }

    [Test]
    public void Result_numbers_that_are_integral_become_long_values()
    {
        var result = Js.Eval("[3, 2.5, 2 ** 53, 2 ** 60, -7]")!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(result[0]!.GetValue<long>(), Is.EqualTo(3L));
            Assert.That(result[1]!.GetValue<double>(), Is.EqualTo(2.5));
            Assert.That(result[2]!.GetValue<long>(), Is.EqualTo(9007199254740992L));
            Assert.That(result[3]!.GetValue<double>(), Is.EqualTo(Math.Pow(2, 60)));
            Assert.That(result[4]!.GetValue<long>(), Is.EqualTo(-7L));
        });
    }

    [Test]
    public void Undefined_functions_and_non_finite_numbers_become_null()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Js.Eval("undefined"), Is.Null);
            Assert.That(Js.Eval("x => x"), Is.Null);
            Assert.That(Js.Eval("NaN"), Is.Null);
            Assert.That(Js.Json("[NaN, Infinity, undefined, x => 1, {a: undefined}]"), Is.EqualTo("[null,null,null,null,{\"a\":null}]"));
        });
    }

    [Test]
    public void Host_values_of_any_numeric_type_are_read_as_numbers()
    {
        var globals = new TestGlobals();
        globals.Variables["i"] = JsonValue.Create(2);
        globals.Variables["l"] = JsonValue.Create(3L);
        globals.Variables["m"] = JsonValue.Create(1.5m);
        globals.Variables["f"] = JsonValue.Create(0.5f);
        globals.Variables["s"] = JsonValue.Create((short)4);
        Assert.That(Js.Json("variables.i + variables.l + variables.m + variables.f + variables.s", globals), Is.EqualTo("11"));
    }

    [Test]
    public void Host_values_wrapping_clr_types_are_read_through_their_json_form()
    {
        var globals = new TestGlobals();
        globals.Variables["when"] = JsonValue.Create(new DateTime(2025, 3, 15, 8, 30, 0, DateTimeKind.Unspecified));
        globals.Variables["id"] = JsonValue.Create(Guid.Empty);
        globals.Variables["person"] = JsonValue.Create(new Person("Ann", 42));
        Assert.Multiple(() =>
        {
            Assert.That(Js.Json("variables.when.slice(0, 10)", globals), Is.EqualTo("\"2025-03-15\""));
            Assert.That(Js.Json("variables.id.length", globals), Is.EqualTo("36"));
            Assert.That(Js.Json("variables.person.Name + variables.person.Age", globals), Is.EqualTo("\"Ann42\""));
            Assert.That(Js.Json("typeof variables.person.GetType", globals), Is.EqualTo("\"undefined\""));
        });
    }

    public sealed record Person(string Name, int Age);
}
