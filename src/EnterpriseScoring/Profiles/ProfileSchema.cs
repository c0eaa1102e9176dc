using EnterpriseScoring.Profiles.Json;

namespace EnterpriseScoring.Profiles;

/// <summary>The JSON Schema of the profile format (committed as docs/profile.schema.json for editors).</summary>
public static class ProfileSchema
{
    /// <summary>Generates the schema from the format's types with System.Text.Json's schema exporter.</summary>
    /// <returns>The schema, indented, LF line endings, ending with a newline.</returns>
    public static string Generate() => ProfileSchemaGenerator.Schema();

    /// <summary>Writes the schema to a file (UTF-8 without BOM), e.g. to regenerate docs/profile.schema.json.</summary>
    /// <param name="path">The file.</param>
    public static void WriteTo(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllText(path, Generate(), new System.Text.UTF8Encoding(false));
    }
}
