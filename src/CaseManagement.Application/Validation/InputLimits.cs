using System.Collections.Concurrent;
using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CaseManagement.Application.Validation;

/// <summary>
/// Says which stored record a request writes, where a field's name alone would not tell its column; with
/// <see cref="Field"/> and <see cref="As"/>, that a field fills a column named otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class StoresAttribute(Type entity) : Attribute
{
    public Type Entity { get; } = entity;

    public string? Field { get; init; }

    public string? As { get; init; }

    public string ColumnOf(string field) => Field == field && As is not null ? As : field;
}

/// <summary>
/// How long a text and how many items an input may have. Stored texts take their length from the one place that
/// defines it, the EF configuration (<c>HasMaxLength</c>): a request's field maps to its column through the field's own
/// type when the request reuses a stored type (a kafil, a finding), through <see cref="StoresAttribute"/>, through an
/// alias when the names differ, or by name. Inputs that are not stored (a search, a password, a version token) have
/// their length here. Collections have a maximum count each.
/// </summary>
public sealed class InputLimits
{
    /// <summary>A list that is not named below.</summary>
    public const int DefaultMaxItems = 50;

    private static readonly FrozenDictionary<string, int> NotStored = new Dictionary<string, int>
    {
        ["Version"] = 64,           // a row version, base64
        ["Month"] = 7,              // yyyy-MM
        ["Q"] = 200,                // a search
        ["Password"] = 128,
        ["NewPassword"] = 128,
        ["CurrentPassword"] = 128,
        ["Confirmation"] = 128,
        ["TwoFactorCode"] = 16,
        ["RecoveryCode"] = 32,
        ["Role"] = 32,
        ["After"] = 200,            // a key-paging cursor
        ["Assignee"] = 16,          // me | unit
        ["AssignedTo"] = 40,        // me | none | a user id
        ["Due"] = 16,               // overdue | soon | all
        ["PreferredCulture"] = 8,
        ["Language"] = 8,
    }.ToFrozenDictionary();

    /// <summary>Request fields named otherwise than the column they fill.</summary>
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>
    {
        ["Comment"] = "DecisionComment",
        ["PrimaryConcern"] = "Code",
        ["Concerns"] = "Code",
        ["JudicialFileNumber"] = "FileNumber",
        ["JudicialDecision"] = "Decision",
        ["Destination"] = "ExitDestination",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, int> MaxItemsByName = new Dictionary<string, int>
    {
        ["Kafils"] = 4,
        ["FamilyMembers"] = 30,
        ["Concerns"] = 20,
        ["Findings"] = 50,
        ["Objectives"] = 30,
        ["Actions"] = 50,
        ["Services"] = 30,
        ["Trainees"] = 200,
        ["Organisers"] = 20,
    }.ToFrozenDictionary();

    private static readonly ConcurrentDictionary<IModel, InputLimits> Cache = new();

    private readonly FrozenDictionary<(Type, string), int> _byType;
    private readonly FrozenDictionary<string, int> _byName;

    private InputLimits(IModel model)
    {
        var byType = new Dictionary<(Type, string), int>();
        var byName = new Dictionary<string, int>();
        void Add(Type owner, IEnumerable<IProperty> properties)
        {
            // A text, or a list of texts whose items have a length.
            foreach (var property in properties)
            {
                var length = property.ClrType == typeof(string) ? property.GetMaxLength()
                    : property.GetElementType() is { } element && element.ClrType == typeof(string) ? element.GetMaxLength() : null;
                if (length is null)
                    continue;
                byType.TryAdd((owner, property.Name), length.Value);
                // The same name in two places: the shorter column, so that no input is longer than where it may go.
                byName[property.Name] = byName.TryGetValue(property.Name, out var other) ? Math.Min(other, length.Value) : length.Value;
            }
        }

        void AddComplex(Type owner, IEnumerable<IComplexProperty> complexProperties)
        {
            foreach (var complex in complexProperties)
            {
                Add(complex.ComplexType.ClrType, complex.ComplexType.GetProperties());
                Add(owner, complex.ComplexType.GetProperties()); // a request flattens them onto the record it stores
                AddComplex(complex.ComplexType.ClrType, complex.ComplexType.GetComplexProperties());
            }
        }

        foreach (var entity in model.GetEntityTypes())
        {
            Add(entity.ClrType, entity.GetProperties());
            foreach (var owned in entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
                Add(entity.ClrType, owned.TargetEntityType.GetProperties().Where(p => !p.IsShadowProperty()));
            AddComplex(entity.ClrType, entity.GetComplexProperties());
        }

        _byType = byType.ToFrozenDictionary();
        _byName = byName.ToFrozenDictionary();
    }

    public static InputLimits For(IModel model) => Cache.GetOrAdd(model, m => new InputLimits(m));

    /// <summary>
    /// The maximum length of a text field declared on <paramref name="owner"/> in a request of type
    /// <paramref name="request"/>; null when nothing defines it (a test keeps that from happening).
    /// </summary>
    public int? MaxLength(Type request, Type owner, string name)
    {
        if (_byType.TryGetValue((owner, name), out var exact))
            return exact;
        var stored = Aliases.GetValueOrDefault(name, name);
        foreach (var stores in StoredBy(request))
        {
            if (_byType.TryGetValue((stores.Entity, stores.ColumnOf(name)), out var length)
                || _byType.TryGetValue((stores.Entity, stores.ColumnOf(stored)), out length))
                return length;
        }

        if (NotStored.TryGetValue(name, out var input))
            return input;
        return _byName.TryGetValue(stored, out var byName) ? byName : null;
    }

    /// <summary>Whether a field's length is a guess among columns of the same name (a request should say what it stores).</summary>
    public bool IsAmbiguous(Type request, Type owner, string name)
    {
        var stored = Aliases.GetValueOrDefault(name, name);
        if (_byType.ContainsKey((owner, name)) || NotStored.ContainsKey(name)
            || StoredBy(request).Any(s => _byType.ContainsKey((s.Entity, s.ColumnOf(name))) || _byType.ContainsKey((s.Entity, s.ColumnOf(stored)))))
            return false;
        return _byType.Where(kv => kv.Key.Item2 == stored).Select(kv => kv.Value).Distinct().Count() > 1;
    }

    public static int MaxItems(string name) => MaxItemsByName.GetValueOrDefault(name, DefaultMaxItems);

    private static IEnumerable<StoresAttribute> StoredBy(Type request)
    {
        for (var type = request; type is not null; type = type.DeclaringType)
        {
            foreach (var stores in type.GetCustomAttributes(typeof(StoresAttribute), inherit: true).Cast<StoresAttribute>())
                yield return stores;
        }
    }
}
