using System.Net;
using System.Text.Json;
using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Server.Calendars;

namespace WorkflowEngine.Tests.Server.Integrators;

/// <summary>Case events reach a subscriber that is down at first: all of them, signed, in order per case, each once, and again on request.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class IntegratorWebhookTests(TestDatabase database)
{
    IntegratorServer _server = null!;
    string _key = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await IntegratorServer.StartAsync(database);
        _key = await _server.CreateKeyAsync("notifier", ["CENTRE", "SAMR"]);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task Every_case_event_arrives_signed_in_order_per_case_once_each_after_thereceiver_comes_back()
    {
        await using var receiver = new WebhookReceiver(failFirst: 5);
        var subscribed = await _server.PostAsync("/api/v1/webhooks/subscriptions", _key, new { url = receiver.Url });
        Assert.That(subscribed.Status, Is.EqualTo(HttpStatusCode.Created), subscribed.ToString());
        receiver.Secret = subscribed.Text("secret")!;

        var issued = await _server.ApplyAsync(_key, "出件");
        var corrected = await _server.ApplyAsync(_key, "补正后撤回");
        var refused = await _server.ApplyAsync(_key, "不予受理");
        await _server.ActAsync(_key, issued, "CENTRE", "Accept", "clerk-01");
        await _server.ActAsync(_key, corrected, "CENTRE", "CorrectionNotice", "clerk-01", new { missing = "营业执照副本" });
        await _server.ActAsync(_key, refused, "CENTRE", "Refuse", "clerk-02", new { reason = "不属于本机关职权范围", legalBasis = "《行政许可法》第三十二条" });
        await _server.ActAsync(_key, refused, "CENTRE", "ApproveRefusal", "supervisor"); // the supervising leader approves it (窗口无否决权)
        await _server.ActAsync(_key, issued, "SAMR", "Pass", "samr-reviewer");
        await _server.PostAsync($"/api/v1/cases/{corrected}/withdrawal", _key, new { requestedBy = "申请人" });
        await _server.ActAsync(_key, issued, "SAMR", "Approved", "samr-approver");
        await _server.ActAsync(_key, issued, "CENTRE", "ByPost", "window-01", new { trackingNumber = "SF1234567890" });
        var expected = new Dictionary<string, string[]>
        {
            [issued] = ["case.accepted", "case.issued", "case.completed"],
            [corrected] = ["case.correction-needed", "case.withdrawn"],
            [refused] = ["case.refused"],
        };

        await receiver.WaitForAsync(got => got.Select(e => e.EventId).Distinct().Count() >= 6);

        var accepted = receiver.Accepted;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(receiver.Refused, Is.EqualTo(5), "the receiver was down for the first deliveries");
            foreach (var (number, types) in expected)
                Assert.That(accepted.Where(e => e.CaseNumber == number).Select(e => e.Type), Is.EqualTo(types), $"the events of case {number}, in order");
            Assert.That(accepted.All(e => e.SignatureValid), Is.True, "every delivery is signed with the subscription's secret");
            Assert.That(accepted.Select(e => e.EventId), Is.Unique, "without a crash, each event is delivered once");
            Assert.That(accepted.Max(e => e.Attempt), Is.GreaterThan(1), "refused deliveries were retried");
        }
        var completed = JsonDocument.Parse(accepted.Single(e => e.Type == "case.completed").Body).RootElement;
        Assert.That(completed.GetProperty("data").GetProperty("status").GetString(), Is.EqualTo("CompletedApproved"));
        Assert.That(completed.GetProperty("data").GetProperty("departments").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "SAMR" }));
    }

    [Test]
    public async Task A_delivery_is_listed_and_sent_again_on_request_with_the_same_event_id()
    {
        await using var receiver = new WebhookReceiver(failFirst: 0);
        var subscribed = await _server.PostAsync("/api/v1/webhooks/subscriptions", _key, new { url = receiver.Url, events = new[] { "case.accepted" } });
        receiver.Secret = subscribed.Text("secret")!;
        var subscription = subscribed.Text("id")!;
        var number = await _server.ApplyAsync(_key, "重发");
        await _server.ActAsync(_key, number, "CENTRE", "Accept", "clerk-03");
        await receiver.WaitForAsync(got => got.Any(e => e.CaseNumber == number));
        var first = receiver.Accepted.Single(e => e.CaseNumber == number);
        Answer delivered;
        var polls = 0;
        do
        {
            await Task.Delay(50);
            delivered = await _server.GetAsync($"/api/v1/webhooks/deliveries?subscription={subscription}&caseNumber={number}&status=Delivered", _key);
        }
        while (delivered.Number("totalCount") == 0 && ++polls < 600);
        var id = delivered.Json.GetProperty("items")[0].GetProperty("id").GetInt64();

        var redelivered = await _server.PostAsync($"/api/v1/webhooks/deliveries/{id}/redeliver", _key, null);
        await receiver.WaitForAsync(got => got.Count(e => e.CaseNumber == number) >= 2);

        Assert.That(redelivered.Status, Is.EqualTo(HttpStatusCode.Accepted), redelivered.ToString());
        var copies = receiver.Accepted.Where(e => e.CaseNumber == number).ToList();
        Assert.That(copies, Has.Count.EqualTo(2));
        Assert.That(copies.Select(e => e.EventId), Is.All.EqualTo(first.EventId), "receivers deduplicate on the event id");
        Assert.That(copies.Select(e => e.Body).Distinct().Count(), Is.EqualTo(1), "the same body, signed again");
    }
}
