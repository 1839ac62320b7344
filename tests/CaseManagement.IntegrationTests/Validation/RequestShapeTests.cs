using System.Collections;
using System.Reflection;
using CaseManagement.Application.Data;
using CaseManagement.Application.Validation;
using CaseManagement.IntegrationTests.Infrastructure;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.IntegrationTests.Validation;

/// <summary>Over every request type the application defines: what every input is checked against exists.</summary>
public sealed class RequestShapeTests
{
    public static IEnumerable<Type> RequestTypes() => typeof(CaseDbContext).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && !t.IsInterface && (typeof(IRequest).IsAssignableFrom(t)
                    || t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))))
        .OrderBy(t => t.FullName);

    [Test]
    public void Every_text_a_request_accepts_has_a_maximum_length_from_the_model_or_the_inputs_table()
    {
        using var scope = TestApp.Factory.Services.CreateScope();
        var limits = InputLimits.For(scope.ServiceProvider.GetRequiredService<CaseDbContext>().Model);
        var missing = new List<string>();
        var ambiguous = new List<string>();
        foreach (var request in RequestTypes())
        {
            foreach (var (owner, name, path) in Texts(request, request.Name, []))
            {
                if (limits.MaxLength(request, owner, name) is null)
                    missing.Add($"{request.FullName}: {path}");
                else if (limits.IsAmbiguous(request, owner, name))
                    ambiguous.Add($"{request.FullName}: {path}");
            }
        }

        Assert.That(missing, Is.Empty, "texts without a length (HasMaxLength in the EF configuration, or InputLimits' table of inputs)");
        Assert.That(ambiguous, Is.Empty, string.Join("\n", ambiguous) + "\ntexts whose column is a guess among several of that name: say what the request stores ([Stores])");
    }

    /// <summary>The text fields (and lists of texts) reachable from a type, with the type that declares each.</summary>
    private static IEnumerable<(Type Owner, string Name, string Path)> Texts(Type type, string path, HashSet<Type> seen)
    {
        if (!seen.Add(type))
            yield break;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite))
        {
            var propertyType = property.PropertyType;
            var element = propertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(propertyType) && propertyType.IsGenericType
                ? propertyType.GetGenericArguments()[^1]
                : null;
            var shape = element ?? propertyType;
            if (shape == typeof(string))
                yield return (property.DeclaringType!, property.Name, $"{path}.{property.Name}");
            else if (shape.Assembly.GetName().Name!.StartsWith("CaseManagement", StringComparison.Ordinal) && shape.IsClass)
            {
                foreach (var inner in Texts(shape, $"{path}.{property.Name}", seen))
                    yield return inner;
            }
        }
    }
}
