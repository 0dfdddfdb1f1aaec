using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Activities;
using WorkflowEngine.Descriptors;
using WorkflowEngine.Runtime;

namespace WorkflowEngine.Tests.Descriptors;

public class ActivityDescriptorTests
{
    [Activity("Approvals", "政务审批", "审查后作出决定。", DisplayName = "部门审查 Department review")]
    [FlowNode("Approved|通过", "Rejected|不通过")]
    sealed class SampleReview : Activity
    {
        [Input(DisplayName = "部门", OptionsProvider = "departments", Required = true)]
        public Input<string> Department { get; set; } = new();

        [Input(DisplayName = "时限(工作日)", DefaultValue = 5)]
        public Input<int> TimeLimit { get; set; } = new();

        [Input(Options = ["all|全部通过", "any|任一通过"])]
        public Input<string> PassRule { get; set; } = new();

        [Output(DisplayName = "审查意见")]
        public Output<string> Opinion { get; set; } = new();

        protected override ValueTask ExecuteAsync(ActivityExecutionContext context) => ValueTask.CompletedTask;
    }

    sealed class Departments : IInputOptionsProvider
    {
        public string Name => "departments";
        public IReadOnlyList<SelectOption> GetOptions() => [new("市场监管局", "SAMR"), new("公安局", "PSB")];
    }

    static ActivityRegistration Registration => ActivityDescriber.Describe(typeof(SampleReview));

    [Test]
    public void The_descriptor_carries_type_category_and_labels_from_the_attribute()
    {
        var d = Registration.Descriptor;

        Assert.That(d.TypeName, Is.EqualTo("Approvals.SampleReview"));
        Assert.That(d.Category, Is.EqualTo("政务审批"));
        Assert.That(d.DisplayName, Is.EqualTo("部门审查 Department review"));
        Assert.That(d.Kind, Is.EqualTo(ActivityKind.Action));
    }

    [Test]
    public void Outcomes_become_ports_with_display_names()
    {
        Assert.That(Registration.Descriptor.Ports.Select(p => (p.Name, p.DisplayName)),
            Is.EqualTo(new[] { ("Approved", "通过"), ("Rejected", "不通过") }));
    }

    [Test]
    public void Inputs_carry_their_editor_default_and_required_flag()
    {
        var inputs = Registration.Descriptor.Inputs.ToDictionary(i => i.Name);

        Assert.That(inputs["Department"].IsRequired, Is.True);
        Assert.That(inputs["TimeLimit"].TypeName, Is.EqualTo("Int32"));
        Assert.That(inputs["TimeLimit"].DefaultValue!.GetValue<int>(), Is.EqualTo(5));
        Assert.That(inputs["PassRule"].UIHint, Is.EqualTo("dropdown"));
        Assert.That(inputs["PassRule"].UISpecifications!["dropdown"]!["selectList"]!["items"]![0]!["text"]!.GetValue<string>(), Is.EqualTo("全部通过"));
    }

    [Test]
    public void A_dropdown_backed_by_a_provider_is_filled_when_described()
    {
        var descriptor = ActivityDescriber.WithOptions(Registration, new Dictionary<string, IInputOptionsProvider> { ["departments"] = new Departments() });

        var items = descriptor.Inputs.Single(i => i.Name == "Department").UISpecifications!["dropdown"]!["selectList"]!["items"]!.AsArray();
        Assert.That(items.Select(i => i!["value"]!.GetValue<string>()), Is.EqualTo(new[] { "SAMR", "PSB" }));
    }

    [Test]
    public void The_descriptor_serialises_in_the_shape_elsa_studio_reads()
    {
        var json = JsonSerializer.SerializeToNode(Registration.Descriptor, WorkflowJson.Options)!.AsObject();

        Assert.That(json.Select(p => p.Key), Is.SupersetOf(new[] { "typeName", "namespace", "name", "version", "category", "displayName", "inputs", "outputs", "kind", "ports", "isBrowsable" }));
        Assert.That(json["kind"]!.GetValue<string>(), Is.EqualTo("Action"));
        Assert.That(json["inputs"]![0]!["uiHint"], Is.Not.Null);
        Assert.That(json["outputs"]![0]!["displayName"]!.GetValue<string>(), Is.EqualTo("审查意见"));
    }

    [Test]
    public void Built_in_control_flow_uses_elsa_type_names()
    {
        var registry = new ActivityRegistry().AddFrom(typeof(ActivityRegistry).Assembly);

        Assert.That(registry.All.Select(r => r.TypeName), Is.SupersetOf(new[]
            { "Elsa.Start", "Elsa.End", "Elsa.FlowDecision", "Elsa.FlowFork", "Elsa.FlowJoin", "Elsa.SetVariable", "Elsa.Event" }));
        Assert.That(registry.Find("Elsa.Event")!.Descriptor.Kind, Is.EqualTo(ActivityKind.Trigger));
        Assert.That(registry.Find("Elsa.FlowFork")!.Descriptor.Inputs.Single().UIHint, Is.EqualTo("dynamic-outcomes"));
    }
}
