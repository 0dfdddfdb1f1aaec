using WorkflowEngine.Approvals.Cases;

namespace WorkflowEngine.Tests.Approvals;

public class CaseNumberTests
{
    static readonly DateOnly Accepted = new(2026, 11, 23);

    [Test]
    public void A_case_number_carries_the_acceptance_date_and_a_valid_check_character()
    {
        var number = CaseNumber.New(Accepted);

        Assert.That(number, Does.Match(@"^20261123\d{10}[0-9X]$"));
        Assert.That(CaseNumber.IsValid(number), Is.True);
    }

    [Test]
    public void A_single_mistyped_digit_is_caught()
    {
        var number = CaseNumber.New(Accepted);
        for (var position = 0; position < number.Length - 1; position++)
        {
            var digit = number[position] - '0';
            var typo = number[..position] + (char)('0' + (digit + 1) % 10) + number[(position + 1)..];
            Assert.That(CaseNumber.IsValid(typo), Is.False, $"a typo at position {position} went unnoticed: {typo}");
        }
    }

    [Test]
    public void Two_swapped_neighbouring_digits_are_caught_when_they_differ()
    {
        var number = CaseNumber.New(Accepted);
        for (var i = 8; i < number.Length - 2; i++)
        {
            if (number[i] == number[i + 1]) continue;
            var swapped = number[..i] + number[i + 1] + number[i] + number[(i + 2)..];
            Assert.That(CaseNumber.IsValid(swapped), Is.False, swapped);
        }
    }

    [Test]
    public void Numbers_issued_one_after_another_do_not_reveal_each_other()
    {
        var numbers = Enumerable.Range(0, 1000).Select(_ => CaseNumber.New(Accepted)).ToList();

        Assert.That(numbers.Distinct().Count(), Is.EqualTo(1000));
        var serials = numbers.Select(n => long.Parse(n[8..18])).ToList();
        var steps = serials.Zip(serials.Skip(1), (a, b) => Math.Abs(b - a)).ToList();
        Assert.That(steps.Count(s => s <= 10), Is.LessThan(5), "consecutive numbers must not be near each other");
    }

    [TestCase("")]
    [TestCase("2026112312345")]
    [TestCase("20261323123456789012")]
    [TestCase("2026112312345678a0X")]
    public void Text_that_is_not_a_case_number_is_refused(string text)
    {
        Assert.That(CaseNumber.IsValid(text), Is.False);
    }
}
