namespace WorkflowEngine.Tests.Expressions;

public class ArrowFunctionTests
{
    [TestCase("[1, 2, 3].map(x => x * 2)", "[2,4,6]")]
    [TestCase("[1, 2, 3, 4].filter(x => x % 2 === 0)", "[2,4]")]
    [TestCase("[1, 2, 3].some(x => x > 2)", "true")]
    [TestCase("[1, 2, 3].some(x => x > 5)", "false")]
    [TestCase("[1, 2, 3].every(x => x > 0)", "true")]
    [TestCase("[].every(x => false)", "true")]
    [TestCase("[1, 2, 3].reduce((sum, x) => sum + x, 0)", "6")]
    [TestCase("[1, 2, 3].reduce((sum, x) => sum + x)", "6")]
    [TestCase("['a', 'b'].reduce((acc, x, i) => acc + x + i, '')", "\"a0b1\"")]
    [TestCase("[[1, 2], [3]].reduceRight((acc, x) => acc.concat(x), [])", "[3,1,2]")]
    [TestCase("[5, 12, 8].find(x => x > 6)", "12")]
    [TestCase("[5, 12, 8].findIndex(x => x > 6)", "1")]
    [TestCase("[5, 12, 8].findLast(x => x > 6)", "8")]
    [TestCase("[5, 12, 8].find(x => x > 99)", "null")]
    [TestCase("[5, 12, 8].findIndex(x => x > 99)", "-1")]
    [TestCase("['a', 'b'].map((x, i, arr) => x + i + arr.length)", "[\"a02\",\"b12\"]")]
    [TestCase("let total = 0; [1, 2, 3].forEach(x => { total += x }); total", "6")]
    [TestCase("[3, 1, 2].sort((a, b) => a - b)", "[1,2,3]")]
    [TestCase("[{n: 'b', v: 1}, {n: 'a', v: 1}, {n: 'c', v: 0}].sort((a, b) => a.v - b.v).map(o => o.n)", "[\"c\",\"b\",\"a\"]")]
    [TestCase("[[1, 2], [3]].flatMap(x => x)", "[1,2,3]")]
    [TestCase("(() => 42)()", "42")]
    [TestCase("((a, b) => a + b)(1, 2)", "3")]
    [TestCase("((a, b) => b)(1)", "null")]
    [TestCase("(a => { const d = a * 2; return d + 1 })(5)", "11")]
    [TestCase("(a => { if (a > 1) { return 'big' } return 'small' })(5)", "\"big\"")]
    [TestCase("(a => { a * 2 })(5)", "null")]
    [TestCase("(() => ({a: 1}))()", "{\"a\":1}")]
    [TestCase("const add = a => b => a + b; add(2)(3)", "5")]
    [TestCase("const counter = () => { let n = 0; return () => { n += 1; return n } }; const c = counter(); c(); c(); c()", "3")]
    [TestCase("const fact = n => n <= 1 ? 1 : n * fact(n - 1); fact(10)", "3628800")]
    [TestCase("const apply = (f, x) => f(x); apply(x => x + 1, 1)", "2")]
    [TestCase("[1, 2, 3].map(String)", "[\"1\",\"2\",\"3\"]")]
    [TestCase("['1', '2', 'x'].map(Number).filter(n => !isNaN(n))", "[1,2]")]
    [TestCase("[0, 1, '', 'a', null].filter(Boolean)", "[1,\"a\"]")]
    public void Arrow_functions_work_with_array_methods(string script, string expected)
    {
        Assert.That(Js.Json(script), Is.EqualTo(expected));
    }

    [Test]
    public void Callbacks_see_workflow_data()
    {
        var globals = new TestGlobals()
            .WithInput("materials", """[{"code":"M-100","qty":2},{"code":"M-200","qty":0},{"code":"X-1","qty":5}]""")
            .WithVariable("allowed", """["M-100","M-200"]""");
        Assert.Multiple(() =>
        {
            Assert.That(Js.Condition("input.materials.every(m => m.code.startsWith('M-') || m.qty > 3)", globals), Is.True);
            Assert.That(Js.Json("input.materials.filter(m => getVariable('allowed').includes(m.code)).map(m => m.qty)", globals), Is.EqualTo("[2,0]"));
            Assert.That(Js.Json("input.materials.reduce((sum, m) => sum + m.qty, 0)", globals), Is.EqualTo("7"));
        });
    }

    [Test]
    public void Pushing_inside_a_callback_does_not_extend_the_iteration()
    {
        Assert.That(Js.Json("const a = [1, 2]; a.forEach(x => { a.push(x) }); a"), Is.EqualTo("[1,2,1,2]"));
    }

    [Test]
    public void Reduce_of_an_empty_array_without_initial_value_is_a_type_error()
    {
        Assert.That(Js.Fails("[].reduce((a, b) => a + b)").Message, Does.Contain("TypeError: reduce of an empty array"));
    }

    [Test]
    public void Passing_a_non_function_callback_is_a_type_error()
    {
        Assert.That(Js.Fails("[1].map(5)").Message, Does.Contain("is not a function"));
    }

    [Test]
    public void Arrow_function_prints_its_source()
    {
        Assert.That(Js.Json("String((a, b) => a + b)"), Is.EqualTo("\"(a, b) => a + b\""));
    }

    [Test]
    public void Duplicate_parameter_names_are_a_syntax_error()
    {
        Assert.That(Js.Fails("(a, a) => 1").Message, Does.Contain("'a' has already been declared"));
    }
}
