namespace Supervision.Reporting.Rendering.Word;

// How the .docx is written beyond the content: the application named in docProps/app.xml.
internal sealed record WordRenderOptions
{
    public static WordRenderOptions Default { get; } = new();

    public string Application { get; init; } = "Supervision.Reporting";
}
