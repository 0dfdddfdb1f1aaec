using System.Globalization;
using System.Text;

namespace WorkflowEngine.Expressions;

/// <summary>Escape sequences in string and template literals.</summary>
internal sealed partial class Lexer
{
    private void ScanEscape(StringBuilder builder, bool inTemplate)
    {
        var start = _pos;
        _pos++; // the backslash
        if (_pos >= _source.Length)
        {
            throw Error("unterminated escape sequence", start);
        }

        var c = _source[_pos++];
        switch (c)
        {
            case 'n': builder.Append('\n'); break;
            case 't': builder.Append('\t'); break;
            case 'r': builder.Append('\r'); break;
            case 'b': builder.Append('\b'); break;
            case 'f': builder.Append('\f'); break;
            case 'v': builder.Append('\v'); break;
            case '0' when !char.IsAsciiDigit(Peek()): builder.Append('\0'); break;
            case >= '0' and <= '9':
                throw Error(inTemplate ? "octal escape sequences are not allowed in template literals" : "octal escape sequences are not supported", start);
            case 'x':
                builder.Append((char)ScanHex(2, start));
                break;
            case 'u':
                if (Peek() == '{')
                {
                    _pos++;
                    var end = _source.IndexOf('}', _pos);
                    if (end < 0 || end == _pos || end - _pos > 6 || !int.TryParse(_source.AsSpan(_pos, end - _pos), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint) || codePoint > 0x10FFFF)
                    {
                        throw Error("invalid unicode escape sequence", start);
                    }

                    _pos = end + 1;
                    builder.Append(char.ConvertFromUtf32(codePoint is >= 0xD800 and <= 0xDFFF ? 0xFFFD : codePoint));
                }
                else
                {
                    builder.Append((char)ScanHex(4, start));
                }

                break;
            case '\r':
                if (Peek() == '\n')
                {
                    _pos++;
                }

                break;
            case '\n' or '\u2028' or '\u2029':
                break; // line continuation
            default:
                builder.Append(c);
                break;
        }
    }

    private int ScanHex(int count, int escapeStart)
    {
        if (_pos + count > _source.Length || !int.TryParse(_source.AsSpan(_pos, count), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw Error("invalid hexadecimal escape sequence", escapeStart);
        }

        _pos += count;
        return value;
    }
}
