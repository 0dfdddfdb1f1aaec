using System.Globalization;

namespace WorkflowEngine.Expressions;

/// <summary>String-to-number conversions with ECMAScript rules (ToNumber, parseInt, parseFloat).</summary>
internal static class NumberParser
{
    public static bool IsJsWhitespace(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\u00A0' or '\uFEFF' or '\u2028' or '\u2029'
        || (c > 127 && char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);

    public static string TrimJs(string s, bool start = true, bool end = true)
    {
        var first = 0;
        var last = s.Length - 1;
        while (start && first <= last && IsJsWhitespace(s[first]))
        {
            first++;
        }

        while (end && last >= first && IsJsWhitespace(s[last]))
        {
            last--;
        }

        return first == 0 && last == s.Length - 1 ? s : s.Substring(first, last - first + 1);
    }

    /// <summary>ToNumber applied to a string.</summary>
    public static double StringToNumber(string text)
    {
        var s = TrimJs(text);
        if (s.Length == 0)
        {
            return 0;
        }

        if (s.Length > 2 && s[0] == '0' && s[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            var radix = char.ToLowerInvariant(s[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            return ParseDigits(s.AsSpan(2), radix, out var used) is var value && used == s.Length - 2 ? value : double.NaN;
        }

        var length = DecimalPrefixLength(s, 0);
        return length == s.Length ? ParseDecimal(s) : double.NaN;
    }

    public static double ParseFloat(string text)
    {
        var s = TrimJs(text, end: false);
        var length = DecimalPrefixLength(s, 0);
        return length == 0 ? double.NaN : ParseDecimal(s[..length]);
    }

    public static double ParseInt(string text, double radixArgument)
    {
        var s = TrimJs(text, end: false);
        var index = 0;
        var negative = false;
        if (index < s.Length && s[index] is '+' or '-')
        {
            negative = s[index] == '-';
            index++;
        }

        var radix = double.IsNaN(radixArgument) || double.IsInfinity(radixArgument) ? 0 : (int)radixArgument;
        var stripPrefix = true;
        if (radix != 0)
        {
            if (radix is < 2 or > 36)
            {
                return double.NaN;
            }

            stripPrefix = radix == 16;
        }
        else
        {
            radix = 10;
        }

        if (stripPrefix && index + 1 < s.Length && s[index] == '0' && s[index + 1] is 'x' or 'X')
        {
            index += 2;
            radix = 16;
        }

        var result = ParseDigits(s.AsSpan(index), radix, out var used);
        if (used == 0)
        {
            return double.NaN;
        }

        if (radix == 10 && used > 15)
        {
            result = double.Parse(s.AsSpan(index, used), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return negative ? -result : result;
    }

    private static double ParseDigits(ReadOnlySpan<char> s, int radix, out int used)
    {
        double result = 0;
        used = 0;
        foreach (var c in s)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix)
            {
                break;
            }

            result = (result * radix) + digit;
            used++;
        }

        return used == 0 ? double.NaN : result;
    }

    /// <summary>Length of the longest prefix of <paramref name="s"/> that is a StrDecimalLiteral (sign, Infinity, digits, fraction, exponent).</summary>
    private static int DecimalPrefixLength(string s, int start)
    {
        var i = start;
        if (i < s.Length && s[i] is '+' or '-')
        {
            i++;
        }

        if (string.CompareOrdinal(s, i, "Infinity", 0, 8) == 0)
        {
            return i + 8;
        }

        var digitsStart = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        var digits = i - digitsStart;
        if (i < s.Length && s[i] == '.')
        {
            var fractionStart = i + 1;
            var j = fractionStart;
            while (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                j++;
            }

            if (digits > 0 || j > fractionStart)
            {
                digits += j - fractionStart;
                i = j;
            }
        }

        if (digits == 0)
        {
            return start;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < s.Length && s[j] is '+' or '-')
            {
                j++;
            }

            var exponentStart = j;
            while (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                j++;
            }

            if (j > exponentStart)
            {
                i = j;
            }
        }

        return i;
    }

    private static double ParseDecimal(string s)
    {
        if (s.EndsWith("Infinity", StringComparison.Ordinal))
        {
            return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        return double.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
    }
}
