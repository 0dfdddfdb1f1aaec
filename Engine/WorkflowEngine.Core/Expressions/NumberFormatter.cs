using System.Globalization;
using System.Numerics;
using System.Text;

namespace WorkflowEngine.Expressions;

/// <summary>Number-to-string conversions with ECMAScript output (Number::toString, toFixed, radix).</summary>
internal static class NumberFormatter
{
    private static readonly string[] SmallIntegers = Enumerable.Range(0, 256).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    public static string ToJsString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (value == 0)
        {
            return "0"; // also -0
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (Math.Abs(value) < 1e15 && value == Math.Truncate(value))
        {
            var integer = (long)value;
            return integer is >= 0 and < 256 ? SmallIntegers[integer] : integer.ToString(CultureInfo.InvariantCulture);
        }

        // "R" gives the shortest round-tripping digits; re-layout them the way ECMAScript does.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = text[0] == '-';
        var digits = new StringBuilder(20);
        var exponent = 0;
        var pointSeen = false;
        var digitsBeforePoint = 0;
        for (var i = negative ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                pointSeen = true;
            }
            else if (c is 'E' or 'e')
            {
                exponent = int.Parse(text.AsSpan(i + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits.Append(c);
                if (!pointSeen)
                {
                    digitsBeforePoint++;
                }
            }
        }

        // Strip leading zeros (as in "0.001") and trailing zeros.
        var leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }

        var s = digits.ToString(leading, digits.Length - leading).TrimEnd('0');
        var n = digitsBeforePoint - leading + exponent; // value = 0.s * 10^n
        var k = s.Length;
        var result = new StringBuilder(k + 8);
        if (negative)
        {
            result.Append('-');
        }

        if (k <= n && n <= 21)
        {
            result.Append(s).Append('0', n - k);
        }
        else if (n > 0 && n <= 21)
        {
            result.Append(s, 0, n).Append('.').Append(s, n, k - n);
        }
        else if (n > -6 && n <= 0)
        {
            result.Append("0.").Append('0', -n).Append(s);
        }
        else
        {
            result.Append(s[0]);
            if (k > 1)
            {
                result.Append('.').Append(s, 1, k - 1);
            }

            var e = n - 1;
            result.Append('e').Append(e >= 0 ? '+' : '-').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return result.ToString();
    }

    /// <summary>Number.prototype.toFixed, exact (the nearest multiple of 10^-digits, ties to the larger).</summary>
    public static string ToFixed(double value, int fractionDigits)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (Math.Abs(value) >= 1e21 || double.IsInfinity(value))
        {
            return ToJsString(value);
        }

        var negative = value < 0;
        var x = Math.Abs(value);
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponentBits == 0)
        {
            exponentBits = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        var binaryExponent = exponentBits - 1075; // x = mantissa * 2^binaryExponent
        BigInteger n;
        if (binaryExponent >= 0)
        {
            n = new BigInteger(mantissa) * BigInteger.Pow(2, binaryExponent) * BigInteger.Pow(10, fractionDigits);
        }
        else
        {
            var numerator = new BigInteger(mantissa) * BigInteger.Pow(10, fractionDigits);
            var denominator = BigInteger.Pow(2, -binaryExponent);
            n = BigInteger.DivRem(numerator, denominator, out var remainder);
            if (remainder * 2 >= denominator)
            {
                n += 1;
            }
        }

        var digits = n.ToString(CultureInfo.InvariantCulture);
        if (fractionDigits > 0)
        {
            if (digits.Length <= fractionDigits)
            {
                digits = new string('0', fractionDigits - digits.Length + 1) + digits;
            }

            digits = digits[..^fractionDigits] + "." + digits[^fractionDigits..];
        }

        return negative ? "-" + digits : digits;
    }

    /// <summary>Number.prototype.toString(radix) for radix 2..36 (fractions to at most 52 digits).</summary>
    public static string ToRadixString(double value, int radix)
    {
        if (radix == 10 || double.IsNaN(value) || double.IsInfinity(value))
        {
            return ToJsString(value);
        }

        const string alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
        var negative = value < 0;
        var x = Math.Abs(value);
        var integerPart = Math.Floor(x);
        var fraction = x - integerPart;
        var builder = new StringBuilder();
        if (integerPart == 0)
        {
            builder.Append('0');
        }

        while (integerPart >= 1)
        {
            var digit = (int)(integerPart % radix);
            builder.Insert(0, alphabet[digit]);
            integerPart = Math.Floor(integerPart / radix);
        }

        if (fraction > 0)
        {
            builder.Append('.');
            for (var i = 0; i < 52 && fraction > 0; i++)
            {
                fraction *= radix;
                var digit = (int)Math.Floor(fraction);
                builder.Append(alphabet[digit]);
                fraction -= digit;
            }
        }

        return negative ? "-" + builder : builder.ToString();
    }
}
