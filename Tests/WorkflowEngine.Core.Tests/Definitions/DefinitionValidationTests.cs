using System.Text.Json.Nodes;
using WorkflowEngine.Definitions;
using WorkflowEngine.Descriptors;
using WorkflowEngine.Expressions;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Definitions;

public class DefinitionValidationTests
{
    static IReadOnlyList<DefinitionValidationError> Validate(Flow flow) => Validate(flow.Build());

    static IReadOnlyList<DefinitionValidationError> Validate(JsonObject model) =>
        new WorkflowCompiler(new ActivityRegistry().AddFrom(typeof(WorkflowCompiler).Assembly), new JavaScriptEvaluator()).Validate(model);

    static Flow StartToEnd() => new Flow().Activity("start", "Elsa.Start").Activity("end", "Elsa.End").Connect("start", "end");

    [Test]
    public void A_well_formed_flowchart_has_no_errors()
    {
        Assert.That(Validate(Flow.ForkOfThreeEvents()), Is.Empty);
    }

    [Test]
    public void An_unknown_activity_type_is_named()
    {
        var errors = Validate(StartToEnd().Activity("x", "Acme.Teleport").Connect("start", "x"));

        Assert.That(errors.Single().ActivityId, Is.EqualTo("x"));
        Assert.That(errors.Single().Message, Does.Contain("unknown activity type 'Acme.Teleport'"));
    }

    [Test]
    public void A_missing_required_input_names_the_activity_and_the_input()
    {
        var errors = Validate(StartToEnd().Activity("wait", "Elsa.Event").Connect("start", "wait"));

        Assert.That(errors.Single(), Has.Property("ActivityId").EqualTo("wait").And.Property("Property").EqualTo("EventName"));
        Assert.That(errors.Single().Message, Does.Contain("required"));
    }

    [Test]
    public void A_connection_to_a_missing_activity_is_reported()
    {
        var errors = Validate(StartToEnd().Connect("start", "ghost"));

        Assert.That(errors.Single().Message, Does.Contain("'ghost', which does not exist"));
    }

    [Test]
    public void A_connection_from_a_port_the_activity_lacks_is_reported()
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("decide", "Elsa.FlowDecision", ("condition", "js:true"))
            .Activity("end", "Elsa.End")
            .Connect("start", "decide").Connect("decide", "end", "Maybe");

        var errors = Validate(flow);

        Assert.That(errors.Single().ActivityId, Is.EqualTo("decide"));
        Assert.That(errors.Single().Message, Does.Contain("port 'Maybe' does not exist").And.Contain("True, False"));
    }

    [Test]
    public void A_fork_port_must_be_one_of_its_branches()
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("fork", "Elsa.FlowFork", ("branches", "[\"a\",\"b\"]"))
            .Activity("x", "Elsa.End")
            .Connect("start", "fork").Connect("fork", "x", "c");

        Assert.That(Validate(flow).Single().Message, Does.Contain("port 'c' does not exist"));
    }

    [Test]
    public void An_activity_no_path_reaches_is_reported()
    {
        var errors = Validate(StartToEnd().Activity("island", "Elsa.FlowDecision", ("condition", "js:true")));

        Assert.That(errors.Single().ActivityId, Is.EqualTo("island"));
        Assert.That(errors.Single().Message, Does.Contain("no path"));
    }

    [Test]
    public void A_join_with_a_single_inbound_branch_is_reported()
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("join", "Elsa.FlowJoin", ("mode", "WaitAll"))
            .Activity("end", "Elsa.End")
            .Connect("start", "join").Connect("join", "end");

        var error = Validate(flow).Single();

        Assert.That(error.ActivityId, Is.EqualTo("join"));
        Assert.That(error.Message, Does.Contain("at least two inbound branches"));
    }

    [Test]
    public void A_javascript_expression_that_does_not_parse_is_reported_with_its_position()
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("decide", "Elsa.FlowDecision", ("condition", "js:getInput('amount') > "))
            .Connect("start", "decide");

        var error = Validate(flow).Single();

        Assert.That(error.ActivityId, Is.EqualTo("decide"));
        Assert.That(error.Property, Is.EqualTo("Condition"));
        Assert.That(error.Message, Does.Contain("does not parse").And.Contain("line 1"));
    }

    [Test]
    public void A_literal_that_cannot_be_read_as_the_input_type_is_reported()
    {
        var flow = new Flow()
            .Activity("start", "Elsa.Start")
            .Activity("join", "Elsa.FlowJoin", ("mode", "WaitForever"))
            .Connect("start", "join");

        Assert.That(Validate(flow).Any(e => e.Property == "Mode" && e.Message.Contains("cannot be read")), Is.True);
    }

    [Test]
    public void A_root_that_is_not_a_flowchart_is_refused()
    {
        var model = StartToEnd().Build();
        model["root"]!["type"] = "Elsa.Sequence";

        Assert.That(Validate(model).Single().Message, Does.Contain("Elsa.Flowchart"));
    }

    [Test]
    public void Every_problem_is_reported_in_one_pass()
    {
        var flow = StartToEnd()
            .Activity("x", "Acme.Teleport")
            .Activity("wait", "Elsa.Event")
            .Connect("start", "wait").Connect("wait", "nowhere");

        Assert.That(Validate(flow).Select(e => e.ActivityId), Is.SupersetOf(new[] { "x", "wait", "nowhere" }));
    }
}
