namespace WorkflowEngine.Expressions;

/// <summary>Turns source text into tokens (all at once, so the parser can look ahead for arrow functions).</summary>
internal sealed partial class Lexer
{
    private static readonly string[] Punctuators =
    [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "**", "<<", ">>",
        "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%", "&", "|", "^", "!", "~", "?", ":", "=", ".", "@", "#",
    ];

    private static readonly HashSet<string> WordsBeforeExpression = new(StringComparer.Ordinal)
    {
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await",
    };

    private readonly string _source;
    private readonly List<Token> _tokens = [];
    private readonly Stack<int> _templateBraceDepths = new();
    private int _pos;
    private int _braceDepth;
    private bool _newlineBefore;

    private Lexer(string source)
    {
        _source = source;
    }

    public static List<Token> Tokenize(string source)
    {
        var lexer = new Lexer(source);
        lexer.Run();
        return lexer._tokens;
    }

    private static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c is '$' or '_' || (c > 127 && char.IsLetter(c));

    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || char.IsAsciiDigit(c) || (c > 127 && char.IsLetterOrDigit(c));

    private char Peek(int offset = 0) => _pos + offset < _source.Length ? _source[_pos + offset] : '\0';

    private SyntaxErrorException Error(string message, int pos) => new(message, pos);

    private void Add(TokenKind kind, int start, string text, double number = 0)
    {
        _tokens.Add(new Token(kind, start, _pos, text, number, _newlineBefore));
        _newlineBefore = false;
    }

    private void Run()
    {
        while (true)
        {
            SkipWhitespaceAndComments();
            if (_pos >= _source.Length)
            {
                if (_templateBraceDepths.Count > 0)
                {
                    throw Error("unterminated template literal", _pos);
                }

                Add(TokenKind.EndOfInput, _pos, string.Empty);
                return;
            }

            var c = _source[_pos];
            var start = _pos;
            if (IsIdentifierStart(c))
            {
                while (_pos < _source.Length && IsIdentifierPart(_source[_pos]))
                {
                    _pos++;
                }

                if (Peek() == '\\')
                {
                    throw Error("unicode escapes in identifiers are not supported", _pos);
                }

                Add(TokenKind.Identifier, start, _source[start.._pos]);
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
            {
                Add(TokenKind.Number, start, string.Empty, ScanNumber());
            }
            else if (c is '"' or '\'')
            {
                Add(TokenKind.String, start, ScanString(c));
            }
            else if (c == '`')
            {
                _pos++;
                ScanTemplate(start, isHead: true);
            }
            else if (c == '\\')
            {
                throw Error("unicode escapes in identifiers are not supported", _pos);
            }
            else
            {
                ScanPunctuator(start);
            }
        }
    }

    private void ScanPunctuator(int start)
    {
        var c = _source[_pos];
        if (c == '/' && RegexAllowed())
        {
            throw Error("regular-expression literals are not supported in expressions", start);
        }

        if (c == '}' && _templateBraceDepths.Count > 0 && _templateBraceDepths.Peek() == _braceDepth)
        {
            _templateBraceDepths.Pop();
            _pos++;
            ScanTemplate(start, isHead: false);
            return;
        }

        foreach (var punctuator in Punctuators)
        {
            if (string.CompareOrdinal(_source, _pos, punctuator, 0, punctuator.Length) != 0 || _pos + punctuator.Length > _source.Length)
            {
                continue;
            }

            if (punctuator == "?." && char.IsAsciiDigit(Peek(2)))
            {
                continue; // a ? .5 : b
            }

            if (punctuator is "#" or "@")
            {
                throw Error(punctuator == "#" ? "private names ('#') are not supported" : "decorators ('@') are not supported", start);
            }

            _pos += punctuator.Length;
            if (punctuator == "{")
            {
                _braceDepth++;
            }
            else if (punctuator == "}")
            {
                _braceDepth--;
            }

            Add(TokenKind.Punctuator, start, punctuator);
            return;
        }

        throw Error($"unexpected character '{c}'", start);
    }

    private bool RegexAllowed()
    {
        if (_tokens.Count == 0)
        {
            return true;
        }

        var previous = _tokens[^1];
        return previous.Kind switch
        {
            TokenKind.Number or TokenKind.String or TokenKind.Template or TokenKind.TemplateTail => false,
            TokenKind.Identifier => WordsBeforeExpression.Contains(previous.Text),
            TokenKind.Punctuator => previous.Text is not (")" or "]" or "}"),
            _ => true,
        };
    }

    private void SkipWhitespaceAndComments()
    {
        while (_pos < _source.Length)
        {
            var c = _source[_pos];
            if (IsLineTerminator(c))
            {
                _newlineBefore = true;
                _pos++;
            }
            else if (NumberParser.IsJsWhitespace(c))
            {
                _pos++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_pos < _source.Length && !IsLineTerminator(_source[_pos]))
                {
                    _pos++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                var end = _source.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw Error("unterminated comment", _pos);
                }

                for (var i = _pos; i < end; i++)
                {
                    _newlineBefore |= IsLineTerminator(_source[i]);
                }

                _pos = end + 2;
            }
            else
            {
                return;
            }
        }
    }
}
