namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// What a bulletin says, before it is laid out: the composers write these, the renderer lays them out.
internal abstract record BodyBlock;

// A body paragraph (仿宋, first-line indent of two characters).
internal sealed record BodyParagraph(string Text) : BodyBlock;

// A heading: level 1 is 一、 in 黑体, level 2 is （一） in 楷体. When Lead is set, the heading text runs
// into the paragraph (the GB/T 9704 habit for numbered items: the heading in its face, then body text).
internal sealed record BodyHeading(int Level, string Text, string? RunIn = null) : BodyBlock;
