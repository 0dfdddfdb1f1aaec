using WorkflowEngine.Approvals.Cases;

namespace WorkflowEngine.Tests.Approvals.Cases;

/// <summary>A case moves between the national statuses only as some process does; anything else is refused and changes nothing.</summary>
public class CaseTransitionTests
{
    static Case NewCase() => new() { Number = "2026120700000000001", Applicant = new Applicant("周一", "居民身份证", "330106199001011234"), InstanceId = "i-1" };

    [Test]
    public void A_case_goes_from_receipt_through_correction_and_review_to_approval()
    {
        var @case = NewCase();
        foreach (var status in new[] { CaseStatus.CorrectionStarted, CaseStatus.CorrectionEnded, CaseStatus.Accepted, CaseStatus.Handling,
                     CaseStatus.CorrectionStarted, CaseStatus.CorrectionEnded, CaseStatus.CompletedApproved })
            @case.MoveTo(status);

        Assert.That(@case.Status, Is.EqualTo(CaseStatus.CompletedApproved));
    }

    [TestCase(CaseStatus.Refused)]
    [TestCase(CaseStatus.Withdrawn)]
    [TestCase(CaseStatus.CompletedApproved)]
    [TestCase(CaseStatus.CompletedNotApproved)]
    public void A_final_status_never_changes_again(CaseStatus final)
    {
        var @case = NewCase();
        @case.MoveTo(final == CaseStatus.CompletedApproved || final == CaseStatus.CompletedNotApproved ? CaseStatus.Accepted : final);
        if (@case.Status != final) @case.MoveTo(final);

        var refused = Assert.Throws<CaseRefusedException>(() => @case.MoveTo(CaseStatus.Handling))!;
        Assert.That(refused.Code, Is.EqualTo("status-transition-not-allowed"));
        Assert.That(@case.Status, Is.EqualTo(final), "nothing changed");
        Assert.That(CaseTransitions.IsFinal(final), Is.True);
    }

    [Test]
    public void An_accepted_case_can_no_longer_be_refused_at_the_window()
    {
        var @case = NewCase();
        @case.MoveTo(CaseStatus.Accepted);

        Assert.Throws<CaseRefusedException>(() => @case.MoveTo(CaseStatus.Refused));
        Assert.That(@case.Status, Is.EqualTo(CaseStatus.Accepted));
    }

    [Test]
    public void A_case_approved_under_a_deferred_material_is_returned_when_the_material_never_arrives()
    {
        var @case = NewCase();
        @case.MoveTo(CaseStatus.Accepted);
        @case.MoveTo(CaseStatus.CompletedApprovedUnderDeferredMaterials);
        @case.MoveTo(CaseStatus.NotAccepted);

        Assert.That(@case.Status, Is.EqualTo(CaseStatus.NotAccepted));
    }
}
