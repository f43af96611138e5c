using System.Reflection;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Tests.Domain;

// Reflection checks that the domain stays immutable and sealed as it grows.
public sealed class DomainConventionTests
{
    private static readonly Type[] DomainTypes =
        [.. typeof(SupervisionRound).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(SupervisionRound).Namespace && t.IsClass)];

    [Fact]
    public void DomainClasses_AreSealed()
    {
        DomainTypes.Should().NotBeEmpty();
        DomainTypes.Where(t => !t.IsAbstract || !t.IsSealed).Should().OnlyContain(t => t.IsSealed);
    }

    [Fact]
    public void DomainProperties_HaveNoPublicSetters_OnlyInit()
    {
        var mutable = DomainTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        mutable.Should().BeEmpty();
    }

    [Fact]
    public void DomainCollections_AreEquatableArrays()
    {
        var lists = DomainTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.PropertyType != typeof(string) && p.PropertyType != typeof(NodaTime.DateInterval) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType))
            .Where(p => !p.PropertyType.IsGenericType || p.PropertyType.GetGenericTypeDefinition() != typeof(EquatableArray<>))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        lists.Should().BeEmpty("lists on records must compare by value");
    }
}
