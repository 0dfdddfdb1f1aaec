using WorkflowEngine.Expressions;

namespace WorkflowEngine.Tests.Expressions;

public class LimitTests
{
    private static JavaScriptException LimitFailure(string script, JavaScriptLimits? limits = null)
    {
        var error = Js.Fails(script, evaluator: limits is null ? null : new JavaScriptEvaluator(limits));
        Assert.That(error.Kind, Is.EqualTo(JavaScriptErrorKind.LimitExceeded), error.Message);
        return error;
    }

    [Test]
    public void Infinite_recursion_hits_the_call_depth_limit()
    {
        var error = LimitFailure("const f = n => f(n + 1); f(0)");
        Assert.That(error.Message, Does.Contain("call depth above 64"));
    }

    [Test]
    public void Self_application_hits_the_call_depth_limit()
    {
        Assert.That(LimitFailure("(f => f(f))(f => f(f))").Message, Does.Contain("call depth above 64"));
    }

    [Test]
    public void Call_depth_limit_is_configurable()
    {
        var limits = new JavaScriptLimits { MaxCallDepth = 8 };
        var evaluator = new JavaScriptEvaluator(limits);
        const string script = "const down = n => n === 0 ? 0 : 1 + down(n - 1); down(DEPTH)";
        Assert.Multiple(() =>
        {
            Assert.That(Js.Render(evaluator.Evaluate(script.Replace("DEPTH", "7"), new TestGlobals())), Is.EqualTo("7"));
            Assert.That(LimitFailure(script.Replace("DEPTH", "8"), limits).Message, Does.Contain("call depth above 8"));
        });
    }

    [Test]
    public void Repeat_beyond_the_string_limit_is_rejected()
    {
        Assert.That(LimitFailure("'x'.repeat(1e9)").Message, Does.Contain("string longer than 1000000 characters"));
    }

    [Test]
    public void Doubling_a_string_hits_the_string_limit()
    {
        Assert.That(
            LimitFailure("'x'.repeat(40).split('').reduce(s => s + s, 'ab')").Message,
            Does.Contain("string longer than 1000000 characters"));
    }

    [Test]
    public void Huge_array_via_repeated_concat_in_reduce_hits_the_array_limit()
    {
        Assert.That(
            LimitFailure("'x'.repeat(30).split('').reduce(acc => acc.concat(acc), [1, 2, 3])").Message,
            Does.Contain("array longer than 100000 elements"));
    }

    [Test]
    public void Pushing_past_the_array_limit_is_rejected()
    {
        var limits = new JavaScriptLimits { MaxArrayLength = 10 };
        Assert.That(LimitFailure("const a = []; [1,2,3,4,5,6].forEach(x => { a.push(x, x) }); a", limits).Message, Does.Contain("array longer than 10 elements"));
    }

    [Test]
    public void Objects_with_too_many_properties_are_rejected()
    {
        var limits = new JavaScriptLimits { MaxArrayLength = 10 };
        Assert.That(
            LimitFailure("[1, 2, 3, 4, 5, 6, 7, 8].reduce((o, x) => { o['a' + x] = x; o['b' + x] = x; return o }, {})", limits).Message,
            Does.Contain("object with more than 10 properties"));
    }

    [Test]
    public void Nested_map_step_bomb_hits_the_step_limit()
    {
        Assert.That(
            LimitFailure("const a = 'x'.repeat(1000).split(''); a.map(x => a.map(y => a.map(z => 1)))").Message,
            Does.Contain("the expression ran more than 100000 steps"));
    }

    [Test]
    public void Bulk_work_is_charged_as_steps()
    {
        var limits = new JavaScriptLimits { MaxSteps = 5_000 };
        Assert.That(
            LimitFailure("const a = 'x'.repeat(50000).split(''); a.concat(a).concat(a).concat(a).concat(a).length", limits).Message,
            Does.Contain("steps"));
    }

    [Test]
    public void Step_limit_is_configurable()
    {
        var limits = new JavaScriptLimits { MaxSteps = 50 };
        Assert.That(LimitFailure("[1,2,3,4,5,6,7,8,9,10].map(x => x * 2).map(x => x + 1).map(x => x - 1)", limits).Message, Does.Contain("more than 50 steps"));
    }

    [Test]
    public void Slow_scripts_time_out()
    {
        var limits = new JavaScriptLimits { MaxSteps = int.MaxValue, Timeout = TimeSpan.FromMilliseconds(50) };
        var error = LimitFailure("const a = 'x'.repeat(1000).split(''); a.map(x => a.map(y => a.map(z => 1)))", limits);
        Assert.That(error.Message, Does.Contain("timed out after 50ms"));
    }

    [Test]
    public void Ten_thousand_nested_parentheses_do_not_crash()
    {
        var script = new string('(', 10_000) + "1" + new string(')', 10_000);
        Assert.That(LimitFailure(script).Message, Does.Contain("nested deeper than 64 levels"));
    }

    [TestCase("[", "1", "]")]
    [TestCase("({a: ", "1", "})")]
    [TestCase("!", "true", "")]
    [TestCase("- ", "1", "")]
    [TestCase("x => ", "1", "")]
    [TestCase("1 ? 2 : ", "3", "")]
    [TestCase("2 ** ", "1", "")]
    [TestCase("`${", "1", "}`")]
    [TestCase("f(", "1", ")")]
    [TestCase("if (1) { ", "1", " }")]
    public void Deeply_nested_constructs_are_rejected_not_crashed(string open, string middle, string close)
    {
        var script = string.Concat(Enumerable.Repeat(open, 5_000)) + middle + string.Concat(Enumerable.Repeat(close, 5_000));
        Assert.That(LimitFailure(script).Message, Does.Contain("nested deeper than"));
    }

    [Test]
    public void Very_long_member_chains_are_rejected_not_crashed()
    {
        var script = "input" + string.Concat(Enumerable.Repeat(".a", 5_000));
        Assert.That(LimitFailure(script).Message, Does.Contain("nested deeper than 256 levels"));
    }

    [Test]
    public void Long_flat_operator_runs_evaluate_fine()
    {
        var sum = string.Join(" + ", Enumerable.Repeat("1", 20_000));
        var or = string.Join(" || ", Enumerable.Repeat("false", 5_000)) + " || 'last'";
        var limits = new JavaScriptLimits { MaxSteps = 1_000_000, MaxScriptLength = 200_000 };
        var evaluator = new JavaScriptEvaluator(limits);
        Assert.Multiple(() =>
        {
            Assert.That(Js.Render(evaluator.Evaluate(sum, new TestGlobals())), Is.EqualTo("20000"));
            Assert.That(Js.Render(evaluator.Evaluate(or, new TestGlobals())), Is.EqualTo("\"last\""));
        });
    }

    [Test]
    public void Deeply_nested_data_is_rejected_when_converted_not_crashed()
    {
        var limits = new JavaScriptLimits { MaxSteps = 2_000_000 };
        const string build = "const deep = 'x'.repeat(50000).split('').reduce(acc => [acc], []);";
        Assert.Multiple(() =>
        {
            Assert.That(LimitFailure(build + " deep", limits).Message, Does.Contain("value nested deeper than"));
            Assert.That(LimitFailure(build + " JSON.stringify(deep)", limits).Message, Does.Contain("value nested deeper than"));
            Assert.That(LimitFailure(build + " String(deep)", limits).Message, Does.Contain("value nested deeper than"));
            Assert.That(LimitFailure(build + " deep.flat(Infinity)", limits).Message, Does.Contain("value nested deeper than"));
        });
    }

    [Test]
    public void Deep_recursion_on_a_small_stack_is_a_limit_not_a_crash()
    {
        var limits = new JavaScriptLimits { MaxCallDepth = 10_000, MaxSteps = 10_000_000 };
        var evaluator = new JavaScriptEvaluator(limits);
        Exception? caught = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    evaluator.Evaluate("const f = n => n === 0 ? 0 : 1 + f(n - 1); f(9000)", new TestGlobals());
                }
                catch (Exception ex)
                {
                    caught = ex;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.That(caught, Is.TypeOf<JavaScriptException>().With.Property(nameof(JavaScriptException.Kind)).EqualTo(JavaScriptErrorKind.LimitExceeded));
    }

    [Test]
    public void Over_long_script_is_rejected()
    {
        var limits = new JavaScriptLimits { MaxScriptLength = 100 };
        Assert.That(LimitFailure(new string(' ', 101) + "1", limits).Message, Does.Contain("script longer than 100 characters"));
    }

    [Test]
    public void Limit_errors_name_a_position()
    {
        var error = LimitFailure("const f = n => f(n + 1);\nf(0)");
        Assert.That(error.Line, Is.Not.Null);
    }

    [Test]
    public void Copying_large_strings_repeatedly_is_charged_as_steps()
    {
        Assert.That(
            LimitFailure("const s = 'x'.repeat(900000); 'x'.repeat(2000).split('').map(c => s.toUpperCase()).length").Message,
            Does.Contain("steps"));
    }

    [Test]
    public void Copying_large_host_data_repeatedly_is_charged_as_steps()
    {
        var globals = new TestGlobals();
        globals.Variables["big"] = new System.Text.Json.Nodes.JsonArray(Enumerable.Range(0, 50_000).Select(i => (System.Text.Json.Nodes.JsonNode?)i).ToArray());
        var error = Js.Fails("'x'.repeat(1000).split('').map(c => getVariable('big')).length", globals);
        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(JavaScriptErrorKind.LimitExceeded));
            Assert.That(Js.Json("getVariable('big').length", globals), Is.EqualTo("50000"));
        });
    }

    [Test]
    public void Pathological_substring_search_is_charged_before_it_runs()
    {
        var error = LimitFailure("const hay = 'a'.repeat(500000); const needle = 'a'.repeat(100000) + 'b' + 'a'.repeat(100000); hay.includes(needle)");
        Assert.That(error.Message, Does.Contain("steps"));
    }
}
