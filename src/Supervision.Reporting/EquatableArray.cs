using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Supervision.Reporting;

/// <summary>
/// An immutable list with value equality: two arrays are equal when they hold equal items in the
/// same order. The domain records use it so that two rounds with the same facts compare equal.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>The default value is an empty array.</remarks>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Creates an array holding <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    public EquatableArray(ImmutableArray<T> items) => _items = items;

    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public EquatableArray(IEnumerable<T> items) => _items = [.. items ?? throw new ArgumentNullException(nameof(items))];

    /// <summary>An array with no items.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>The items as an <see cref="ImmutableArray{T}"/> (never a default array).</summary>
    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? [] : _items;

    /// <inheritdoc />
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>True when the array has no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <inheritdoc />
    public T this[int index] => AsImmutableArray()[index];

    /// <summary>Returns an enumerator over the items.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <summary>Returns a new array with <paramref name="item"/> added at the end.</summary>
    /// <param name="item">The item to add.</param>
    public EquatableArray<T> Add(T item) => new(AsImmutableArray().Add(item));

    /// <summary>Returns a new array with the item at <paramref name="index"/> replaced.</summary>
    /// <param name="index">The index of the item to replace.</param>
    /// <param name="item">The new item.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public EquatableArray<T> SetItem(int index, T item) => new(AsImmutableArray().SetItem(index, item));

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other)
    {
        var a = AsImmutableArray();
        var b = other.AsImmutableArray();
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsImmutableArray())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Describes the array by its item count (items may hold personal data).</summary>
    public override string ToString() => $"[{Count} items]";

    /// <summary>Compares two arrays item by item.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays item by item.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array.</summary>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Wraps a copy of an array.</summary>
    public static implicit operator EquatableArray<T>(T[] items) => new(ImmutableArray.Create(items));
}
