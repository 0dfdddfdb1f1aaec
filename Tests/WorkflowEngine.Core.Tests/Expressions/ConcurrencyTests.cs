using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WorkflowEngine.Expressions;

namespace WorkflowEngine.Tests.Expressions;

public class ConcurrencyTests
{
    [Test]
    public void The_same_cached_script_evaluates_correctly_from_eight_threads()
    {
        var evaluator = new JavaScriptEvaluator();
        const string script = "const items = input.items.map(x => x * getVariable('factor')); items.reduce((a, b) => a + b, 0) + getVariable('offset')";
        var failures = new ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                var globals = new TestGlobals();
                globals.Variables["factor"] = JsonValue.Create(t + 1);
                globals.Variables["offset"] = JsonValue.Create(i);
                globals.Inputs["items"] = new JsonArray(1, 2, 3);
                var expected = (6 * (t + 1)) + i;
                var actual = evaluator.Evaluate(script, globals)!.GetValue<long>();
                if (actual != expected)
                {
                    failures.Add($"thread {t}, iteration {i}: {actual} != {expected}");
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Parallel_evaluation_of_many_distinct_scripts_survives_cache_eviction()
    {
        var evaluator = new JavaScriptEvaluator();
        var failures = new ConcurrentBag<string>();
        Parallel.For(0, 6_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var value = evaluator.Evaluate($"const n = {i}; n * 2 + getVariable('one')", new TestGlobals().WithVariable("one", "1"))!.GetValue<long>();
            if (value != (i * 2) + 1)
            {
                failures.Add($"{i}: {value}");
            }
        });
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Errors_in_one_thread_do_not_disturb_others()
    {
        var evaluator = new JavaScriptEvaluator();
        var results = new ConcurrentBag<bool>();
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (i % 2 == 0)
            {
                var error = Assert.Throws<JavaScriptException>(() => evaluator.Evaluate("const f = n => f(n + 1); f(0)", new TestGlobals()));
                results.Add(error!.Kind == JavaScriptErrorKind.LimitExceeded);
            }
            else
            {
                results.Add(evaluator.EvaluateCondition("[1, 2, 3].map(x => x * 2).includes(6)", new TestGlobals()));
            }
        });
        Assert.That(results, Has.All.True);
    }

    [Test]
    public void Host_function_may_evaluate_another_script_on_the_same_thread()
    {
        var evaluator = new JavaScriptEvaluator();
        var globals = new TestGlobals();
        globals.HostFunctions["nested"] = args => evaluator.Evaluate("[1, 2].map(x => x * 10)", new TestGlobals());
        Assert.That(Js.Render(evaluator.Evaluate("const a = [5]; nested().concat(a)", globals)), Is.EqualTo("[10,20,5]"));
    }
}
