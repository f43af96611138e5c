namespace Supervision.Reporting;

/// <summary>Creates <see cref="EquatableArray{T}"/> values, including from collection expressions (<c>["a", "b"]</c>).</summary>
public static class EquatableArray
{
    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new([.. items]);
}
