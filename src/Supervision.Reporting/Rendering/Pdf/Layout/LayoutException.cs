using System.Globalization;

namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>Content that can never fit a page: the message names the element path and the sizes.</summary>
internal sealed class LayoutException : Exception
{
    public LayoutException(string path, double contentHeight, double pageHeight)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"{path}: content {contentHeight:0.#}pt tall cannot fit a page of {pageHeight:0.#}pt"))
    {
        ElementPath = path;
    }

    public LayoutException()
    {
        ElementPath = string.Empty;
    }

    public LayoutException(string message)
        : base(message)
    {
        ElementPath = string.Empty;
    }

    public LayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
        ElementPath = string.Empty;
    }

    public string ElementPath { get; }
}
