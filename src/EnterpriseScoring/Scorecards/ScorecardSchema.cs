namespace EnterpriseScoring.Scorecards;

/// <summary>
/// The JSON Schema of the scorecard profile format (committed as docs/scorecard.schema.json for editors), generated from
/// the tables <see cref="ScorecardLoader"/> checks profiles with, so it lists exactly the keys and names the loader
/// accepts.
/// </summary>
public static class ScorecardSchema
{
    /// <summary>Generates the schema.</summary>
    /// <returns>The schema, indented, LF line endings, ending with a newline.</returns>
    public static string Generate() => ScorecardSchemaGenerator.Schema();

    /// <summary>Writes the schema to a file (UTF-8 without BOM), e.g. to regenerate docs/scorecard.schema.json.</summary>
    /// <param name="path">The file.</param>
    public static void WriteTo(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllText(path, Generate(), new System.Text.UTF8Encoding(false));
    }
}
