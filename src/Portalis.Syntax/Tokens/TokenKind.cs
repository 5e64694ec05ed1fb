namespace Portalis.Syntax.Tokens;

/// <summary>
/// The kind of a <see cref="Token"/>: CPython 3.11's token types (Lib/token.py, Grammar/Tokens), with
/// every operator as its exact type and the hard keywords as kinds of their own, as the PEG parser sees
/// them. Soft keywords (<c>match</c>, <c>case</c>, <c>_</c>) are <see cref="Name"/>.
/// </summary>
public enum TokenKind : byte
{
    /// <summary>End of input (CPython <c>ENDMARKER</c>).</summary>
    EndMarker,

    /// <summary>An identifier or soft keyword (CPython <c>NAME</c>).</summary>
    Name,

    /// <summary>A numeric literal (CPython <c>NUMBER</c>).</summary>
    Number,

    /// <summary>A string or bytes literal, f-strings included, with prefix and quotes (CPython <c>STRING</c>).</summary>
    String,

    /// <summary>The end of a logical line (CPython <c>NEWLINE</c>).</summary>
    Newline,

    /// <summary>An increase of indentation (CPython <c>INDENT</c>).</summary>
    Indent,

    /// <summary>A decrease of indentation (CPython <c>DEDENT</c>).</summary>
    Dedent,

    /// <summary>A comment; produced only when trivia is requested (CPython <c>COMMENT</c>).</summary>
    Comment,

    /// <summary>A line break that does not end a logical line; produced only when trivia is requested (CPython <c>NL</c>).</summary>
    NonLogicalNewline,

    /// <summary>A <c># type:</c> comment; produced only in type-comment mode (CPython <c>TYPE_COMMENT</c>).</summary>
    TypeComment,

    /// <summary>Text the tokenizer could not read (CPython <c>ERRORTOKEN</c>).</summary>
    Error,

    /// <summary><c>(</c> (CPython <c>LPAR</c>).</summary>
    LeftParen,

    /// <summary><c>)</c> (CPython <c>RPAR</c>).</summary>
    RightParen,

    /// <summary><c>[</c> (CPython <c>LSQB</c>).</summary>
    LeftBracket,

    /// <summary><c>]</c> (CPython <c>RSQB</c>).</summary>
    RightBracket,

    /// <summary><c>:</c> (CPython <c>COLON</c>).</summary>
    Colon,

    /// <summary><c>,</c> (CPython <c>COMMA</c>).</summary>
    Comma,

    /// <summary><c>;</c> (CPython <c>SEMI</c>).</summary>
    Semicolon,

    /// <summary><c>+</c> (CPython <c>PLUS</c>).</summary>
    Plus,

    /// <summary><c>-</c> (CPython <c>MINUS</c>).</summary>
    Minus,

    /// <summary><c>*</c> (CPython <c>STAR</c>).</summary>
    Star,

    /// <summary><c>/</c> (CPython <c>SLASH</c>).</summary>
    Slash,

    /// <summary><c>|</c> (CPython <c>VBAR</c>).</summary>
    VerticalBar,

    /// <summary><c>&amp;</c> (CPython <c>AMPER</c>).</summary>
    Ampersand,

    /// <summary><c>&lt;</c> (CPython <c>LESS</c>).</summary>
    Less,

    /// <summary><c>&gt;</c> (CPython <c>GREATER</c>).</summary>
    Greater,

    /// <summary><c>=</c> (CPython <c>EQUAL</c>).</summary>
    Equal,

    /// <summary><c>.</c> (CPython <c>DOT</c>).</summary>
    Dot,

    /// <summary><c>%</c> (CPython <c>PERCENT</c>).</summary>
    Percent,

    /// <summary><c>{</c> (CPython <c>LBRACE</c>).</summary>
    LeftBrace,

    /// <summary><c>}</c> (CPython <c>RBRACE</c>).</summary>
    RightBrace,

    /// <summary><c>==</c> (CPython <c>EQEQUAL</c>).</summary>
    EqualEqual,

    /// <summary><c>!=</c> (CPython <c>NOTEQUAL</c>).</summary>
    NotEqual,

    /// <summary><c>&lt;=</c> (CPython <c>LESSEQUAL</c>).</summary>
    LessEqual,

    /// <summary><c>&gt;=</c> (CPython <c>GREATEREQUAL</c>).</summary>
    GreaterEqual,

    /// <summary><c>~</c> (CPython <c>TILDE</c>).</summary>
    Tilde,

    /// <summary><c>^</c> (CPython <c>CIRCUMFLEX</c>).</summary>
    Caret,

    /// <summary><c>&lt;&lt;</c> (CPython <c>LEFTSHIFT</c>).</summary>
    LeftShift,

    /// <summary><c>&gt;&gt;</c> (CPython <c>RIGHTSHIFT</c>).</summary>
    RightShift,

    /// <summary><c>**</c> (CPython <c>DOUBLESTAR</c>).</summary>
    DoubleStar,

    /// <summary><c>+=</c> (CPython <c>PLUSEQUAL</c>).</summary>
    PlusEqual,

    /// <summary><c>-=</c> (CPython <c>MINEQUAL</c>).</summary>
    MinusEqual,

    /// <summary><c>*=</c> (CPython <c>STAREQUAL</c>).</summary>
    StarEqual,

    /// <summary><c>/=</c> (CPython <c>SLASHEQUAL</c>).</summary>
    SlashEqual,

    /// <summary><c>%=</c> (CPython <c>PERCENTEQUAL</c>).</summary>
    PercentEqual,

    /// <summary><c>&amp;=</c> (CPython <c>AMPEREQUAL</c>).</summary>
    AmpersandEqual,

    /// <summary><c>|=</c> (CPython <c>VBAREQUAL</c>).</summary>
    VerticalBarEqual,

    /// <summary><c>^=</c> (CPython <c>CIRCUMFLEXEQUAL</c>).</summary>
    CaretEqual,

    /// <summary><c>&lt;&lt;=</c> (CPython <c>LEFTSHIFTEQUAL</c>).</summary>
    LeftShiftEqual,

    /// <summary><c>&gt;&gt;=</c> (CPython <c>RIGHTSHIFTEQUAL</c>).</summary>
    RightShiftEqual,

    /// <summary><c>**=</c> (CPython <c>DOUBLESTAREQUAL</c>).</summary>
    DoubleStarEqual,

    /// <summary><c>//</c> (CPython <c>DOUBLESLASH</c>).</summary>
    DoubleSlash,

    /// <summary><c>//=</c> (CPython <c>DOUBLESLASHEQUAL</c>).</summary>
    DoubleSlashEqual,

    /// <summary><c>@</c> (CPython <c>AT</c>).</summary>
    At,

    /// <summary><c>@=</c> (CPython <c>ATEQUAL</c>).</summary>
    AtEqual,

    /// <summary><c>-&gt;</c> (CPython <c>RARROW</c>).</summary>
    Arrow,

    /// <summary><c>...</c> (CPython <c>ELLIPSIS</c>).</summary>
    Ellipsis,

    /// <summary><c>:=</c> (CPython <c>COLONEQUAL</c>).</summary>
    ColonEqual,

    /// <summary>The keyword <c>False</c> (CPython <c>NAME</c>).</summary>
    FalseKeyword,

    /// <summary>The keyword <c>None</c> (CPython <c>NAME</c>).</summary>
    NoneKeyword,

    /// <summary>The keyword <c>True</c> (CPython <c>NAME</c>).</summary>
    TrueKeyword,

    /// <summary>The keyword <c>and</c> (CPython <c>NAME</c>).</summary>
    AndKeyword,

    /// <summary>The keyword <c>as</c> (CPython <c>NAME</c>).</summary>
    AsKeyword,

    /// <summary>The keyword <c>assert</c> (CPython <c>NAME</c>).</summary>
    AssertKeyword,

    /// <summary>The keyword <c>async</c> (CPython <c>NAME</c>).</summary>
    AsyncKeyword,

    /// <summary>The keyword <c>await</c> (CPython <c>NAME</c>).</summary>
    AwaitKeyword,

    /// <summary>The keyword <c>break</c> (CPython <c>NAME</c>).</summary>
    BreakKeyword,

    /// <summary>The keyword <c>class</c> (CPython <c>NAME</c>).</summary>
    ClassKeyword,

    /// <summary>The keyword <c>continue</c> (CPython <c>NAME</c>).</summary>
    ContinueKeyword,

    /// <summary>The keyword <c>def</c> (CPython <c>NAME</c>).</summary>
    DefKeyword,

    /// <summary>The keyword <c>del</c> (CPython <c>NAME</c>).</summary>
    DelKeyword,

    /// <summary>The keyword <c>elif</c> (CPython <c>NAME</c>).</summary>
    ElifKeyword,

    /// <summary>The keyword <c>else</c> (CPython <c>NAME</c>).</summary>
    ElseKeyword,

    /// <summary>The keyword <c>except</c> (CPython <c>NAME</c>).</summary>
    ExceptKeyword,

    /// <summary>The keyword <c>finally</c> (CPython <c>NAME</c>).</summary>
    FinallyKeyword,

    /// <summary>The keyword <c>for</c> (CPython <c>NAME</c>).</summary>
    ForKeyword,

    /// <summary>The keyword <c>from</c> (CPython <c>NAME</c>).</summary>
    FromKeyword,

    /// <summary>The keyword <c>global</c> (CPython <c>NAME</c>).</summary>
    GlobalKeyword,

    /// <summary>The keyword <c>if</c> (CPython <c>NAME</c>).</summary>
    IfKeyword,

    /// <summary>The keyword <c>import</c> (CPython <c>NAME</c>).</summary>
    ImportKeyword,

    /// <summary>The keyword <c>in</c> (CPython <c>NAME</c>).</summary>
    InKeyword,

    /// <summary>The keyword <c>is</c> (CPython <c>NAME</c>).</summary>
    IsKeyword,

    /// <summary>The keyword <c>lambda</c> (CPython <c>NAME</c>).</summary>
    LambdaKeyword,

    /// <summary>The keyword <c>nonlocal</c> (CPython <c>NAME</c>).</summary>
    NonlocalKeyword,

    /// <summary>The keyword <c>not</c> (CPython <c>NAME</c>).</summary>
    NotKeyword,

    /// <summary>The keyword <c>or</c> (CPython <c>NAME</c>).</summary>
    OrKeyword,

    /// <summary>The keyword <c>pass</c> (CPython <c>NAME</c>).</summary>
    PassKeyword,

    /// <summary>The keyword <c>raise</c> (CPython <c>NAME</c>).</summary>
    RaiseKeyword,

    /// <summary>The keyword <c>return</c> (CPython <c>NAME</c>).</summary>
    ReturnKeyword,

    /// <summary>The keyword <c>try</c> (CPython <c>NAME</c>).</summary>
    TryKeyword,

    /// <summary>The keyword <c>while</c> (CPython <c>NAME</c>).</summary>
    WhileKeyword,

    /// <summary>The keyword <c>with</c> (CPython <c>NAME</c>).</summary>
    WithKeyword,

    /// <summary>The keyword <c>yield</c> (CPython <c>NAME</c>).</summary>
    YieldKeyword,
}
