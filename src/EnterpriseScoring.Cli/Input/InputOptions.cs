using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using EnterpriseScoring.Cli.Text;
using EnterpriseScoring.Excel;
using EnterpriseScoring.IO;

namespace EnterpriseScoring.Cli.Input;

/// <summary>
/// The options that say where firms come from: a file (<c>--input</c>, CSV or xlsx) or a database query
/// (<c>--db-provider</c>, <c>--connection</c>, <c>--query</c>), plus how to read it. Shared by <c>validate</c>,
/// <c>score</c> and <c>explain</c>; one instance per command.
/// </summary>
internal sealed class InputOptions
{
    /// <summary><c>--input FILE</c>.</summary>
    public Option<string> Input { get; } = new("--input", "-i")
    {
        Description = Descriptions.Input,
        HelpName = "FILE",
    };

    /// <summary><c>--sheet NAME</c>.</summary>
    public Option<string> Sheet { get; } = new("--sheet")
    {
        Description = Descriptions.Sheet,
        HelpName = "NAME",
    };

    /// <summary><c>--encoding auto|utf-8|gb18030|big5|utf-16le|utf-16be|NAME</c>.</summary>
    public Option<string> Encoding { get; } = new("--encoding")
    {
        Description = Descriptions.Encoding,
        HelpName = "auto|utf-8|gb18030|big5|utf-16le|utf-16be|NAME",
        DefaultValueFactory = _ => "auto",
    };

    /// <summary><c>--max-field-length N</c>.</summary>
    public Option<int> MaxFieldLength { get; } = new("--max-field-length")
    {
        Description = Descriptions.MaxFieldLength,
        HelpName = "N",
        DefaultValueFactory = _ => FirmCsvReaderOptions.DefaultMaxFieldLength,
    };

    /// <summary><c>--max-record-length N</c>.</summary>
    public Option<int> MaxRecordLength { get; } = new("--max-record-length")
    {
        Description = Descriptions.MaxRecordLength,
        HelpName = "N",
        DefaultValueFactory = _ => FirmCsvReaderOptions.DefaultMaxRecordLength,
    };

    /// <summary><c>--max-record-lines N</c>.</summary>
    public Option<int> MaxRecordLines { get; } = new("--max-record-lines")
    {
        Description = Descriptions.MaxRecordLines,
        HelpName = "N",
        DefaultValueFactory = _ => FirmCsvReaderOptions.DefaultMaxRecordLines,
    };

    /// <summary><c>--max-columns N</c>.</summary>
    public Option<int> MaxColumns { get; } = new("--max-columns")
    {
        Description = Descriptions.MaxColumns,
        HelpName = "N",
        DefaultValueFactory = _ => FirmCsvReaderOptions.DefaultMaxColumns,
    };

    /// <summary><c>--lenient-ids</c>.</summary>
    public Option<bool> LenientIds { get; } = new("--lenient-ids")
    {
        Description = Descriptions.LenientIds,
    };

    /// <summary><c>--db-provider sqlite|postgres</c>.</summary>
    public Option<DbProvider?> DbProvider { get; } = new("--db-provider")
    {
        Description = Descriptions.DbProvider,
        HelpName = "sqlite|postgres",
    };

    /// <summary><c>--connection CS</c>.</summary>
    public Option<string> Connection { get; } = new("--connection")
    {
        Description = Descriptions.Connection,
        HelpName = "CS",
    };

    /// <summary><c>--query SQL</c>.</summary>
    public Option<string> Query { get; } = new("--query")
    {
        Description = Descriptions.Query,
        HelpName = "SQL|@FILE",
    };

    /// <summary>Adds the options and their consistency checks to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="instead">An option of the command that stands in for the firms when given (<c>validate --events</c>): then no firm source is required.</param>
    public void AddTo(Command command, Option? instead = null)
    {
        this.instead = instead;
        command.Options.Add(Input);
        command.Options.Add(Sheet);
        command.Options.Add(Encoding);
        command.Options.Add(MaxFieldLength);
        command.Options.Add(MaxRecordLength);
        command.Options.Add(MaxRecordLines);
        command.Options.Add(MaxColumns);
        command.Options.Add(LenientIds);
        command.Options.Add(DbProvider);
        command.Options.Add(Connection);
        command.Options.Add(Query);
        command.Validators.Add(Validate);
    }

    /// <summary>The source the options name.</summary>
    /// <param name="parseResult">The parsed command line (already validated).</param>
    public FirmSource Resolve(ParseResult parseResult)
    {
        var provider = parseResult.GetValue(DbProvider);
        if (provider is { } p)
        {
            return FirmSource.Database(p, ResolveConnection(parseResult.GetRequiredValue(Connection)), ResolveQuery(parseResult.GetRequiredValue(Query)));
        }

        var path = parseResult.GetRequiredValue(Input);
        var format = FirmInput.FormatOf(path);
        return FirmSource.File(path, format, parseResult.GetValue(Sheet));
    }

    /// <summary>The reader options the flags ask for (<paramref name="aliases"/> and <paramref name="required"/> come from a profile).</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="aliases">Header aliases, or null.</param>
    /// <param name="required">Required columns, or null for the default (<c>id</c>).</param>
    public FirmCsvReaderOptions ReaderOptions(ParseResult parseResult, IReadOnlyDictionary<string, string>? aliases = null, IReadOnlyList<string>? required = null) =>
        ReaderOptions(parseResult, null, aliases, required);

    /// <summary>
    /// The reader options the flags and <paramref name="profile"/> ask for: the input's money and land units
    /// (<c>currency_unit</c>, <c>area_unit</c>), its header aliases (<c>columns</c>) and the measures its indicators and
    /// conditions read (<see cref="FirmCsvReaderOptions.ForProfile(EvaluationProfile)"/>).
    /// </summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="profile">The profile of the run, or null.</param>
    /// <param name="aliases">Header aliases, or null.</param>
    /// <param name="required">Required columns, or null for the default (<c>id</c>).</param>
    public FirmCsvReaderOptions ReaderOptions(ParseResult parseResult, EvaluationProfile? profile, IReadOnlyDictionary<string, string>? aliases = null, IReadOnlyList<string>? required = null)
    {
        var options = new FirmCsvReaderOptions
        {
            Encoding = ParseEncoding(parseResult.GetValue(Encoding) ?? "auto"),
            LenientIds = parseResult.GetValue(LenientIds),
            HeaderAliases = aliases ?? FirmCsvReaderOptions.Default.HeaderAliases,
            RequiredColumns = required ?? FirmCsvReaderOptions.Default.RequiredColumns,
            MaxFieldLength = parseResult.GetValue(MaxFieldLength),
            MaxRecordLength = parseResult.GetValue(MaxRecordLength),
            MaxRecordLines = parseResult.GetValue(MaxRecordLines),
            MaxColumns = parseResult.GetValue(MaxColumns),
        };
        return profile is null ? options : options.ForProfile(profile);
    }

    /// <summary>
    /// The ids of the measures <paramref name="profile"/> reads: its land strategy, conditions, indicators and adjustments
    /// (<see cref="Evaluator.RequiredMeasures"/>), in order.
    /// </summary>
    /// <param name="profile">The profile.</param>
    internal static IReadOnlyList<string> MeasuresOf(EvaluationProfile profile) =>
        [.. new Evaluator(profile).RequiredMeasures.Select(r => r.Measure.Id)];

    /// <summary>The option that stands in for the firms, if any (<see cref="AddTo"/>).</summary>
    private Option? instead;

    private void Validate(CommandResult result)
    {
        var input = result.GetValue(Input);
        var provider = result.GetValue(DbProvider);
        var connection = result.GetValue(Connection);
        var query = result.GetValue(Query);
        var sheet = result.GetValue(Sheet);
        var encoding = result.GetValue(Encoding);
        if (provider is null)
        {
            if (input is null)
            {
                if (instead is null || result.GetResult(instead) is null)
                {
                    result.AddError(Messages.NoInput);
                }
            }
            else if (connection is not null || query is not null)
            {
                result.AddError(Messages.ConnectionNeedsProvider);
            }
            else if (sheet is not null && !IsXlsx(input))
            {
                result.AddError(Messages.SheetOnlyXlsx);
            }
        }
        else
        {
            if (input is not null)
            {
                result.AddError(Messages.InputOrDatabase);
            }
            else if (string.IsNullOrWhiteSpace(connection) || string.IsNullOrWhiteSpace(query))
            {
                result.AddError(Messages.ProviderNeedsConnection);
            }
            else if (sheet is not null)
            {
                result.AddError(Messages.SheetOnlyXlsx);
            }
        }

        if (encoding is not null && TryParseEncoding(encoding, out _) is false)
        {
            result.AddError(Messages.BadEncoding(encoding));
        }

        foreach (var limit in new[] { MaxFieldLength, MaxRecordLength, MaxRecordLines, MaxColumns })
        {
            if (result.GetResult(limit) is { Implicit: false } && result.GetValue(limit) <= 0)
            {
                result.AddError(Messages.NotPositive(limit.Name, result.GetValue(limit)));
            }
        }
    }

    private static bool IsXlsx(string path)
    {
        try
        {
            return FirmInput.FormatOf(path) == FirmInputFormat.Xlsx;
        }
        catch (FirmDataException)
        {
            return false;
        }
    }

    private static System.Text.Encoding? ParseEncoding(string name) =>
        TryParseEncoding(name, out var encoding) ? encoding : throw new CommandException(ExitCodes.InputOrUsageError, Messages.UnknownEncoding(name));

    private static bool TryParseEncoding(string name, out System.Text.Encoding? encoding)
    {
        encoding = null;
        switch (name.Trim().ToLowerInvariant())
        {
            case "auto":
                return true;
            case "utf-8" or "utf8":
                encoding = new UTF8Encoding(false);
                return true;
            case "gb18030" or "gbk" or "gb2312":
                System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                encoding = System.Text.Encoding.GetEncoding("GB18030");
                return true;
            case "utf-16" or "utf16" or "utf-16le" or "utf16le" or "unicode":
                encoding = System.Text.Encoding.Unicode;
                return true;
            case "utf-16be" or "utf16be":
                encoding = System.Text.Encoding.BigEndianUnicode;
                return true;
            default:
                // Any other name .NET knows, code pages included (big5, cp950, shift_jis …).
                System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                try
                {
                    encoding = System.Text.Encoding.GetEncoding(name.Trim());
                    return true;
                }
                catch (ArgumentException)
                {
                    return false;
                }
        }
    }

    /// <summary>Resolves <c>env:NAME</c> to the variable's value.</summary>
    internal static string ResolveConnection(string value)
    {
        if (value.StartsWith("env:", StringComparison.Ordinal))
        {
            var name = value[4..];
            return Environment.GetEnvironmentVariable(name) is { Length: > 0 } fromEnvironment
                ? fromEnvironment
                : throw new CommandException(ExitCodes.InputOrUsageError, Messages.ConnectionVariableNotSet(name));
        }

        return value;
    }

    /// <summary>Resolves <c>@FILE</c> to the file's text.</summary>
    private static string ResolveQuery(string value)
    {
        if (value.StartsWith('@'))
        {
            var path = value[1..];
            if (!System.IO.File.Exists(path))
            {
                throw new CommandException(ExitCodes.InputOrUsageError, Messages.QueryFileNotFound(path));
            }

            return System.IO.File.ReadAllText(path);
        }

        return value;
    }
}
