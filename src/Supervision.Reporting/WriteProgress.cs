namespace Supervision.Reporting;

/// <summary>Progress of a long write, reported through <see cref="IProgress{T}"/>: the stage and how far it is.</summary>
/// <param name="Stage">What is being done, in English (e.g. <c>validating</c>, <c>composing</c>, <c>rendering</c>, <c>writing rows</c>).</param>
/// <param name="Completed">Items done in this stage.</param>
/// <param name="Total">Items in this stage, when known.</param>
public readonly record struct WriteProgress(string Stage, long Completed, long? Total);
