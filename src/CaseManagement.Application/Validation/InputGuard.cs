using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;

namespace CaseManagement.Application.Validation;

/// <summary>
/// The checks every request passes before its own validator and handler, whatever its shape: no text longer than
/// its column (<see cref="InputLimits"/>) or holding control characters other than tab and line breaks, or half a
/// surrogate pair; no list longer than its limit or holding a null item; no nested object missing where the type says
/// it is required; no enum value that is not defined (flags: not a combination of defined flags); no date before
/// 1900 or after 2100. Failures name the field by its path (<c>Kafils[0].FullName</c>); messages are resource keys,
/// with their argument after a bar (<c>Input.TooLong|200</c>).
/// </summary>
public static class InputGuard
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);
    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    public static List<ValidationFailure> Check(object request, InputLimits limits)
    {
        var failures = new List<ValidationFailure>();
        Walk(request, request.GetType(), string.Empty, limits, failures, 0);
        return failures;
    }

    private static void Walk(object value, Type request, string path, InputLimits limits, List<ValidationFailure> failures, int depth)
    {
        if (depth > MaxDepth)
            return;
        foreach (var member in MembersOf(value.GetType()))
        {
            var field = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
            var item = member.Property.GetValue(value);
            if (item is null)
            {
                if (member.Required)
                    failures.Add(new ValidationFailure(field, "Input.Required"));
                continue;
            }

            CheckValue(item, member, member.Property.DeclaringType!, request, field, limits, failures, depth);
        }
    }

    private static void CheckValue(object item, Member member, Type owner, Type request, string field, InputLimits limits, List<ValidationFailure> failures, int depth)
    {
        switch (item)
        {
            case string text:
                CheckText(text, limits.MaxLength(request, owner, member.Name), field, failures);
                break;
            case Enum value:
                if (!IsDefined(value))
                    failures.Add(new ValidationFailure(field, "Input.UndefinedValue"));
                break;
            case DateOnly day:
                CheckDay(day, field, failures);
                break;
            case DateTimeOffset at:
                CheckDay(DateOnly.FromDateTime(at.UtcDateTime), field, failures);
                break;
            case DateTime at:
                CheckDay(DateOnly.FromDateTime(at), field, failures);
                break;
            case IEnumerable items and not byte[]:
                CheckItems(items, member, request, field, limits, failures, depth);
                break;
            default:
                if (IsOurs(item.GetType()))
                    Walk(item, request, field, limits, failures, depth + 1);
                break;
        }
    }

    private static void CheckItems(IEnumerable items, Member member, Type request, string field, InputLimits limits, List<ValidationFailure> failures, int depth)
    {
        var max = InputLimits.MaxItems(member.Name);
        var index = 0;
        foreach (var element in items)
        {
            if (index == max)
            {
                failures.Add(new ValidationFailure(field, $"Input.TooMany|{max}"));
                return;
            }

            var at = $"{field}[{index++}]";
            if (element is null)
                failures.Add(new ValidationFailure(at, "Input.NullItem"));
            else if (element is string text)
                CheckText(text, limits.MaxLength(request, member.Property.DeclaringType!, member.Name), at, failures);
            else if (element is Enum value && !IsDefined(value))
                failures.Add(new ValidationFailure(at, "Input.UndefinedValue"));
            else if (IsOurs(element.GetType()))
                Walk(element, request, at, limits, failures, depth + 1);
        }
    }

    private static void CheckText(string text, int? maxLength, string field, List<ValidationFailure> failures)
    {
        if (maxLength is { } max && text.Length > max)
        {
            failures.Add(new ValidationFailure(field, $"Input.TooLong|{max}"));
            return; // nothing else is looked at in a text that is refused anyway
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                failures.Add(new ValidationFailure(field, "Input.ControlCharacter"));
                return;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(c))
            {
                failures.Add(new ValidationFailure(field, "Input.ControlCharacter"));
                return;
            }
        }
    }

    private static void CheckDay(DateOnly day, string field, List<ValidationFailure> failures)
    {
        if (day < Earliest || day > Latest)
            failures.Add(new ValidationFailure(field, "Input.ImplausibleDate"));
    }

    /// <summary>A defined value, or for a flags enum a combination of defined flags.</summary>
    public static bool IsDefined(Enum value)
    {
        var type = value.GetType();
        if (Enum.IsDefined(type, value))
            return true;
        if (!type.IsDefined(typeof(FlagsAttribute), inherit: false))
            return false;
        var bits = Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        var defined = Enum.GetValues(type).Cast<Enum>().Aggregate(0UL, (all, v) => all | Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture));
        return (bits & ~defined) == 0;
    }

    private static bool IsOurs(Type type) =>
        type.Assembly.GetName().Name?.StartsWith("CaseManagement", StringComparison.Ordinal) == true && !type.IsEnum && !type.IsPrimitive;

    private static Member[] MembersOf(Type type) => Members.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)
        .Select(p => new Member(p, p.Name, IsRequired(p)))
        .ToArray());

    /// <summary>A nested object or a list whose type says it cannot be null (text is the validators' business).</summary>
    private static bool IsRequired(PropertyInfo property)
    {
        var type = property.PropertyType;
        if (type == typeof(string) || type.IsValueType)
            return false;
        var isList = typeof(IEnumerable).IsAssignableFrom(type);
        if (!isList && !IsOurs(type))
            return false;
        return new NullabilityInfoContext().Create(property).WriteState == NullabilityState.NotNull; // a context is not thread-safe
    }

    private sealed record Member(PropertyInfo Property, string Name, bool Required);
}
