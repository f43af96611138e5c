using PdfSharp.Drawing;

namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>A PNG image (seal, logo) of given size, aligned in the column.</summary>
internal sealed class ImageBlock(byte[] png, double width, double height) : Block
{
    public byte[] Png { get; } = png;

    public double ImageWidth { get; } = width;

    public double ImageHeight { get; } = height;

    public Text.TextAlignment Alignment { get; init; } = Text.TextAlignment.Center;

    public override string Kind => "Image";

    public override BlockPlan Plan(LayoutContext context, double width, string path) =>
        new([new ImageSlab(this, path)]);

    private sealed class ImageSlab(ImageBlock block, string path) : Slab(path)
    {
        public override double Height => block.ImageHeight;

        public override void Draw(Canvas canvas, double x, double y, double width)
        {
            double left = block.Alignment switch
            {
                Text.TextAlignment.Center => x + ((width - block.ImageWidth) / 2),
                Text.TextAlignment.Right => x + width - block.ImageWidth,
                _ => x,
            };
            using var stream = new MemoryStream(block.Png, writable: false);
            using var image = XImage.FromStream(stream);
            canvas.Graphics.DrawImage(image, left, y, block.ImageWidth, block.ImageHeight);
        }
    }
}
