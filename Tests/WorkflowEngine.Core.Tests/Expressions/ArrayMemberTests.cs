namespace WorkflowEngine.Tests.Expressions;

public class ArrayMemberTests
{
    [TestCase("[1, 2, 3].length", "3")]
    [TestCase("[1, 2, 3][0]", "1")]
    [TestCase("[1, 2, 3][5]", "null")]
    [TestCase("[1, 2, 3]['1']", "2")]
    [TestCase("[1, 2, NaN].includes(NaN)", "true")]
    [TestCase("[1, 2, 3].includes('2')", "false")]
    [TestCase("[1, 2, 3].indexOf(3)", "2")]
    [TestCase("[1, 2, 1].lastIndexOf(1)", "2")]
    [TestCase("[1, [2, 3], null].join('-')", "\"1-2,3-\"")]
    [TestCase("[1, 2].join()", "\"1,2\"")]
    [TestCase("[1, 2, 3, 4].slice(1, -1)", "[2,3]")]
    [TestCase("[1, 2].concat([3], 4, [[5]])", "[1,2,3,4,[5]]")]
    [TestCase("const a = [1]; const n = a.push(2, 3); [n, a]", "[3,[1,2,3]]")]
    [TestCase("const a = [1, 2]; [a.pop(), a]", "[2,[1]]")]
    [TestCase("[].pop()", "null")]
    [TestCase("const a = [1, 2]; [a.shift(), a]", "[1,[2]]")]
    [TestCase("const a = [2]; [a.unshift(0, 1), a]", "[3,[0,1,2]]")]
    [TestCase("[1, 2, 3].reverse()", "[3,2,1]")]
    [TestCase("[1, [2, [3]]].flat()", "[1,2,[3]]")]
    [TestCase("[1, [2, [3]]].flat(Infinity)", "[1,2,3]")]
    [TestCase("[1, 2, 3].at(-1)", "3")]
    [TestCase("[10, 9, 1, 'b', 'a', undefined, null].sort()", "[1,10,9,\"a\",\"b\",null,null]")]
    [TestCase("['b', 'a', 'c'].sort().join('')", "\"abc\"")]
    [TestCase("[3, 1, 2].sort((a, b) => b - a)", "[3,2,1]")]
    [TestCase("const a = [1, 2]; a[3] = 4; a", "[1,2,null,4]")]
    [TestCase("const a = [1, 2, 3]; a.length = 1; a", "[1]")]
    [TestCase("const a = [[0]]; a[0][0] = 'x'; a", "[[\"x\"]]")]
    [TestCase("[...[1, 2], ...'ab', 3]", "[1,2,\"a\",\"b\",3]")]
    [TestCase("Math.max(...[1, 7, 3])", "7")]
    [TestCase("Array.isArray([]) && !Array.isArray({})", "true")]
    [TestCase("Array.of(1, 2)", "[1,2]")]
    [TestCase("Object.keys({a: 1, b: 2})", "[\"a\",\"b\"]")]
    [TestCase("Object.values({a: 1, b: 2})", "[1,2]")]
    [TestCase("Object.entries({a: 1})", "[[\"a\",1]]")]
    [TestCase("Object.fromEntries([['a', 1], ['b', 2]])", "{\"a\":1,\"b\":2}")]
    [TestCase("Object.keys(['x', 'y'])", "[\"0\",\"1\"]")]
    [TestCase("({...{a: 1, b: 2}, b: 3, c: 4})", "{\"a\":1,\"b\":3,\"c\":4}")]
    [TestCase("const k = 'dyn'; ({[k + 1]: true, k})", "{\"dyn1\":true,\"k\":\"dyn\"}")]
    [TestCase("const o = {a: {b: 1}}; o.a.b = 2; o.a['c'] = 3; o", "{\"a\":{\"b\":2,\"c\":3}}")]
    public void Array_and_object_members_follow_javascript(string script, string expected)
    {
        Assert.That(Js.Json(script), Is.EqualTo(expected));
    }

    [Test]
    public void Setting_a_named_property_on_an_array_is_a_type_error()
    {
        Assert.That(Js.Fails("const a = []; a.name = 'x'").Message, Does.Contain("cannot set property 'name' on an array"));
    }

    [Test]
    public void Sort_with_an_inconsistent_comparator_does_not_throw()
    {
        Assert.That(Js.Json("[5, 1, 4, 2, 3].sort(() => -1).length"), Is.EqualTo("5"));
    }

    [Test]
    public void Sort_is_stable()
    {
        Assert.That(
            Js.Json("[{k: 1, v: 'a'}, {k: 0, v: 'b'}, {k: 1, v: 'c'}, {k: 0, v: 'd'}].sort((x, y) => x.k - y.k).map(x => x.v).join('')"),
            Is.EqualTo("\"bdac\""));
    }
}
