namespace Supervision.Reporting.Domain;

/// <summary>A person responsible for a problem or subject to an accountability measure (责任人).</summary>
/// <remarks>Names are personal data: the library never writes them into file metadata, logs or exception messages.</remarks>
public sealed record Person
{
    /// <summary>The id, unique within the round; this, not the name, is what messages mention.</summary>
    public required string Id { get; init; }

    /// <summary>The full name.</summary>
    public required string Name { get; init; }

    /// <summary>The surname, when it cannot be inferred (a compound or unusual surname); used when masking (刘某).</summary>
    public string? Surname { get; init; }

    /// <summary>The position (职务), e.g. 村党总支部书记、村民委员会主任.</summary>
    public string? Position { get; init; }

    /// <summary>The id of the person's unit.</summary>
    public string? UnitId { get; init; }

    /// <summary>Whether the person is a Party member, when known.</summary>
    public bool? PartyMember { get; init; }

    /// <summary>How the person is named in public documents; masked (surname + 某) by default.</summary>
    public Disclosure Disclosure { get; init; } = Disclosure.Masked;
}
