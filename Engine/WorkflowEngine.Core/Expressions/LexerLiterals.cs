using System.Globalization;
using System.Text;

namespace WorkflowEngine.Expressions;

/// <summary>Numeric, string and template literals.</summary>
internal sealed partial class Lexer
{
    private double ScanNumber()
    {
        var start = _pos;
        double value;
        if (Peek() == '0' && char.ToLowerInvariant(Peek(1)) is 'x' or 'o' or 'b')
        {
            var radix = char.ToLowerInvariant(Peek(1)) switch { 'x' => 16, 'o' => 8, _ => 2 };
            _pos += 2;
            var digits = ScanDigits(c => NumberValueOf(c) < radix);
            if (digits.Length == 0)
            {
                throw Error("invalid numeric literal", start);
            }

            value = 0;
            foreach (var c in digits)
            {
                value = (value * radix) + NumberValueOf(c);
            }
        }
        else
        {
            if (Peek() == '0' && char.IsAsciiDigit(Peek(1)))
            {
                throw Error("legacy octal literals (leading zero) are not supported", start);
            }

            var text = new StringBuilder(ScanDigits(char.IsAsciiDigit));
            if (Peek() == '.')
            {
                _pos++;
                text.Append('.').Append(ScanDigits(char.IsAsciiDigit));
            }

            if (Peek() is 'e' or 'E')
            {
                _pos++;
                text.Append('e');
                if (Peek() is '+' or '-')
                {
                    text.Append(Peek());
                    _pos++;
                }

                var exponent = ScanDigits(char.IsAsciiDigit);
                if (exponent.Length == 0)
                {
                    throw Error("invalid numeric literal: missing exponent", start);
                }

                text.Append(exponent);
            }

            if (text[0] == '.')
            {
                text.Insert(0, '0');
            }

            value = double.Parse(text.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        if (Peek() == 'n')
        {
            throw Error("BigInt literals are not supported", start);
        }

        if (IsIdentifierStart(Peek()) || char.IsAsciiDigit(Peek()))
        {
            throw Error("an identifier or digit cannot immediately follow a number", _pos);
        }

        return value;
    }

    private static int NumberValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 99,
    };

    /// <summary>Digits, allowing single '_' separators between digits.</summary>
    private string ScanDigits(Func<char, bool> isDigit)
    {
        var builder = new StringBuilder();
        while (_pos < _source.Length)
        {
            var c = _source[_pos];
            if (isDigit(c))
            {
                builder.Append(c);
                _pos++;
            }
            else if (c == '_' && builder.Length > 0 && _pos + 1 < _source.Length && isDigit(_source[_pos + 1]))
            {
                _pos++;
            }
            else
            {
                break;
            }
        }

        return builder.ToString();
    }

    private string ScanString(char quote)
    {
        var start = _pos;
        _pos++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= _source.Length || _source[_pos] is '\n' or '\r')
            {
                throw Error("unterminated string literal", start);
            }

            var c = _source[_pos];
            if (c == quote)
            {
                _pos++;
                return builder.ToString();
            }

            if (c == '\\')
            {
                ScanEscape(builder, inTemplate: false);
            }
            else
            {
                builder.Append(c);
                _pos++;
            }
        }
    }

    /// <summary>Scans template text after ` or } up to ${ or the closing `.</summary>
    private void ScanTemplate(int start, bool isHead)
    {
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= _source.Length)
            {
                throw Error("unterminated template literal", start);
            }

            var c = _source[_pos];
            if (c == '`')
            {
                _pos++;
                Add(isHead ? TokenKind.Template : TokenKind.TemplateTail, start, builder.ToString());
                return;
            }

            if (c == '$' && Peek(1) == '{')
            {
                _pos += 2;
                Add(isHead ? TokenKind.TemplateHead : TokenKind.TemplateMiddle, start, builder.ToString());
                _templateBraceDepths.Push(_braceDepth);
                return;
            }

            if (c == '\\')
            {
                ScanEscape(builder, inTemplate: true);
            }
            else if (c == '\r')
            {
                builder.Append('\n');
                _pos += Peek(1) == '\n' ? 2 : 1;
            }
            else
            {
                builder.Append(c);
                _pos++;
            }
        }
    }
}
