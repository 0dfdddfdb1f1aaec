using System.Security.Cryptography;

namespace WorkflowEngine.Approvals.Cases;

/// <summary>
/// Case numbers (办件编号): the acceptance date, ten random digits and an ISO 7064 MOD 11-2 check character, the
/// scheme of the resident ID number, so a clerk's typo is caught at once and nobody can guess the next case's
/// number from their own. Uniqueness is enforced by the database; a collision (1 in 10^10 per day) draws again.
/// </summary>
public static class CaseNumber
{
    const int RandomDigits = 10;
    static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string New(DateOnly acceptedOn)
    {
        Span<char> digits = stackalloc char[8 + RandomDigits];
        acceptedOn.TryFormat(digits, out _, "yyyyMMdd");
        for (var i = 8; i < digits.Length; i++) digits[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        return new string(digits) + CheckCharacter(digits);
    }

    /// <summary>True when the text has the shape of a case number and its check character matches.</summary>
    public static bool IsValid(string? text) =>
        text is { Length: 8 + RandomDigits + 1 }
        && text.AsSpan(0, text.Length - 1).IndexOfAnyExceptInRange('0', '9') < 0
        && DateOnly.TryParseExact(text.AsSpan(0, 8), "yyyyMMdd", out _)
        && char.ToUpperInvariant(text[^1]) == CheckCharacter(text.AsSpan(0, text.Length - 1));

    static char CheckCharacter(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++) sum += (digits[i] - '0') * Weights[i % Weights.Length];
        return "10X98765432"[sum % 11];
    }
}
