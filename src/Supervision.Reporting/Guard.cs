using System.Runtime.CompilerServices;

namespace Supervision.Reporting;

// Checks for option setters (SpreadCheetah's Guard): each returns the checked value, so an init accessor stays one
// line, and names the member through CallerArgumentExpression.
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class =>
        value ?? throw new ArgumentNullException(name);

    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"{value} is not a defined {typeof(T).Name}.");

    public static int AtLeast(int value, int minimum, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value >= minimum ? value : throw new ArgumentOutOfRangeException(name, value, $"must be {minimum} or more.");

    public static string? MaxLength(string? value, int maximum, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value is null || value.Length <= maximum
            ? value
            : throw new ArgumentOutOfRangeException(name, value.Length, $"must be at most {maximum} characters long.");
}
