using System.Globalization;
using System.Text;

namespace WorkflowEngine.Expressions;

/// <summary>JSON.parse: a strict JSON parser producing script values, bounded by the array, object and depth limits.</summary>
internal sealed class JsonTextParser(Interpreter context, string text)
{
    private int _pos;

    public JsValue ParseDocument()
    {
        var value = ParseValue();
        SkipWhitespace();
        if (_pos < text.Length)
        {
            throw Fail("unexpected character after the JSON value");
        }

        return value;
    }

    private JsValue ParseValue()
    {
        SkipWhitespace();
        if (_pos >= text.Length)
        {
            throw Fail("unexpected end of JSON input");
        }

        switch (text[_pos])
        {
            case '{': return ParseObject();
            case '[': return ParseArray();
            case '"': return JsValue.FromString(ParseString());
            case 't': return Literal("true", JsValue.True);
            case 'f': return Literal("false", JsValue.False);
            case 'n': return Literal("null", JsValue.Null);
            default: return ParseNumber();
        }
    }

    private JsValue ParseObject()
    {
        var result = new JsObject();
        Enter(result);
        _pos++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
        }
        else
        {
            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw Fail("expected a property name");
                }

                var key = ParseString();
                SkipWhitespace();
                Expect(':');
                result.Set(context, key, ParseValue());
                SkipWhitespace();
                if (Peek() == ',')
                {
                    _pos++;
                    continue;
                }

                Expect('}');
                break;
            }
        }

        context.ExitValue();
        return JsValue.FromObject(result);
    }

    private JsValue ParseArray()
    {
        var result = new JsArray();
        Enter(result);
        _pos++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
        }
        else
        {
            while (true)
            {
                context.CheckArrayLength(result.Count + 1);
                result.Items.Add(ParseValue());
                SkipWhitespace();
                if (Peek() == ',')
                {
                    _pos++;
                    continue;
                }

                Expect(']');
                break;
            }
        }

        context.ExitValue();
        return JsValue.FromArray(result);
    }

    private string ParseString()
    {
        _pos++; // opening quote
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= text.Length)
            {
                throw Fail("unterminated string");
            }

            var c = text[_pos++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < 0x20)
            {
                throw Fail("bad control character in string");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = _pos < text.Length ? text[_pos++] : '\0';
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when _pos + 4 <= text.Length
                    && int.TryParse(text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    throw Fail("bad escape in string");
            }
        }
    }

    private JsValue ParseNumber()
    {
        var start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        if (Peek() == '0')
        {
            _pos++;
        }
        else if (Peek() is >= '1' and <= '9')
        {
            SkipDigits();
        }
        else
        {
            throw Fail($"unexpected character '{(_pos < text.Length ? text[_pos] : ' ')}'");
        }

        if (Peek() == '.')
        {
            _pos++;
            RequireDigits();
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            RequireDigits();
        }

        return JsValue.FromNumber(double.Parse(text.AsSpan(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private void RequireDigits()
    {
        if (!char.IsAsciiDigit(Peek()))
        {
            throw Fail("expected a digit");
        }

        SkipDigits();
    }

    private void SkipDigits()
    {
        while (char.IsAsciiDigit(Peek()))
        {
            _pos++;
        }
    }

    private JsValue Literal(string word, JsValue value)
    {
        if (string.CompareOrdinal(text, _pos, word, 0, word.Length) != 0)
        {
            throw Fail($"unexpected character '{text[_pos]}'");
        }

        _pos += word.Length;
        return value;
    }

    private char Peek() => _pos < text.Length ? text[_pos] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Fail(_pos >= text.Length ? "unexpected end of JSON input" : $"expected '{c}'");
        }

        _pos++;
    }

    private void SkipWhitespace()
    {
        while (_pos < text.Length && text[_pos] is ' ' or '\t' or '\n' or '\r')
        {
            _pos++;
        }
    }

    private void Enter(object value)
    {
        context.Tick();
        context.EnterValue(value);
    }

    private JavaScriptException Fail(string message) =>
        context.RuntimeError($"SyntaxError: JSON.parse: {message} at position {_pos}");
}
