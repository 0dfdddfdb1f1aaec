using WorkflowEngine.Tests.Server.Integrators;

namespace WorkflowEngine.Tests.Server.Production;

/// <summary>The crash test's webhook checks catch what a receiver would notice: a lost event, a reordered case, a repeat that is not the same event.</summary>
[TestFixture]
public class WebhookChecksTests
{
    static readonly DeliveryRow[] Deliveries =
    [
        new(1, "e1", "C1", "case.accepted", "Delivered"),
        new(2, "e2", "C2", "case.accepted", "Delivered"),
        new(3, "e3", "C1", "case.completed", "Delivered"),
        new(4, "e4", "C2", "case.completed", "Delivered"),
    ];

    static ReceivedEvent Got(string id, string body = "{\"n\":1}", bool signed = true) =>
        new(id, "case.x", id is "e1" or "e3" ? "C1" : "C2", signed, 1, body);

    [Test]
    public void Every_event_once_in_order_per_case_even_interleaved_across_cases_is_fine() =>
        Assert.That(WebhookChecks.Problems(Deliveries, [Got("e2"), Got("e1"), Got("e4"), Got("e3")]), Is.Empty);

    [Test]
    public void The_same_event_again_with_the_same_body_is_the_allowed_repeat()
    {
        var received = new[] { Got("e1"), Got("e1"), Got("e2"), Got("e3"), Got("e4") };
        Assert.That(WebhookChecks.Problems(Deliveries, received), Is.Empty);
        Assert.That(WebhookChecks.Repeats(received), Is.EqualTo(1));
    }

    [Test]
    public void A_lost_event_a_reordered_case_a_changed_repeat_and_a_bad_signature_are_each_reported()
    {
        var problems = WebhookChecks.Problems(Deliveries,
            [Got("e3"), Got("e1"), Got("e2", signed: false), Got("e2", "{\"n\":2}")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problems, Has.Some.Contains("e4").And.Contains("never arrived"));
            Assert.That(problems, Has.Some.Contains("case C1 arrived out of order"));
            Assert.That(problems, Has.Some.Contains("e2 was sent 2 times with different bodies"));
            Assert.That(problems, Has.Some.Contains("signature that does not verify"));
        }
    }
}
