using WorkflowEngine.Expressions;

namespace WorkflowEngine.Tests.Expressions;

public class ErrorTests
{
    [Test]
    public void Unknown_identifier_is_a_reference_error_naming_it()
    {
        var error = Js.Fails("1 +\n  amount");
        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(JavaScriptErrorKind.Runtime));
            Assert.That(error.Message, Is.EqualTo("ReferenceError: 'amount' is not defined (line 2, column 3)"));
            Assert.That(error.Line, Is.EqualTo(2));
            Assert.That(error.Column, Is.EqualTo(3));
        });
    }

    [Test]
    public void Reading_a_property_of_undefined_names_the_property()
    {
        var globals = new TestGlobals().WithInput("applicant", """{"name":"Ann"}""");
        var error = Js.Fails("input.applicant.address.city", globals);
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith("TypeError: cannot read property 'city' of undefined (input.applicant.address)"));
            Assert.That(error.Column, Is.EqualTo(25));
        });
    }

    [Test]
    public void Reading_a_property_of_null_says_null()
    {
        Assert.That(Js.Fails("const x = null; x.name").Message, Does.StartWith("TypeError: cannot read property 'name' of null"));
    }

    [Test]
    public void Indexing_undefined_names_the_key()
    {
        Assert.That(Js.Fails("const a = undefined; a[0]").Message, Does.StartWith("TypeError: cannot read property '0' of undefined"));
    }

    [Test]
    public void Calling_a_non_function_is_a_type_error()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Js.Fails("const n = 5; n()").Message, Does.StartWith("TypeError: n is not a function"));
            Assert.That(Js.Fails("input.x.y()", new TestGlobals().WithInput("x", "{}")).Message, Does.StartWith("TypeError: input.x.y is not a function"));
            Assert.That(Js.Fails("[1].nope()").Message, Does.Contain("is not a function"));
        });
    }

    [Test]
    public void Setting_a_property_of_undefined_is_a_type_error()
    {
        Assert.That(Js.Fails("let o; o.x = 1").Message, Does.StartWith("TypeError: cannot set property 'x' of undefined"));
    }

    [Test]
    public void Setting_a_property_on_a_primitive_is_a_type_error()
    {
        Assert.That(Js.Fails("const s = 'abc'; s.x = 1").Message, Does.StartWith("TypeError: cannot set property 'x' on a string"));
    }

    [Test]
    public void Error_inside_a_callback_reports_the_position_inside_the_callback()
    {
        var error = Js.Fails("[1, 2].map(x =>\n    x.y.z)");
        Assert.Multiple(() =>
        {
            Assert.That(error.Line, Is.EqualTo(2));
            Assert.That(error.Message, Does.Contain("cannot read property 'z' of undefined (x.y)"));
        });
    }

    [Test]
    public void Built_in_errors_report_the_calling_position()
    {
        var error = Js.Fails("const a = 1;\nconst b = [].reduce((x, y) => x)");
        Assert.That(error.Line, Is.EqualTo(2));
    }
}
