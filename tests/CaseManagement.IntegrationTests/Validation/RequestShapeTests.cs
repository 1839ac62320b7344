using System.Collections;
using System.Reflection;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
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
    public void Every_request_declares_who_may_send_it_or_that_only_a_job_does()
    {
        var undeclared = RequestTypes().Where(t => !t.IsDefined(typeof(AuthorizeAttribute), true) && !t.IsDefined(typeof(SystemJobAttribute), true))
            .Select(t => t.FullName).ToList();
        Assert.That(undeclared, Is.Empty);
        Assert.That(RequestTypes().Count(), Is.GreaterThan(80), "the scan found the requests");
    }

    private sealed record Undeclared : IRequest<int>;

    [Test]
    public async Task The_pipeline_refuses_a_request_that_declares_neither_even_for_an_administrator()
    {
        var behavior = new Application.Behaviors.AuthorizationBehavior<Undeclared, int>(new Administrator());
        await Assert.ThrowsAsync<InvalidOperationException>(() => behavior.Handle(new Undeclared(), CancellationToken.None, () => Task.FromResult(1)));
    }

    [Test]
    public async Task A_job_request_is_refused_to_a_signed_in_person()
    {
        var behavior = new Application.Behaviors.AuthorizationBehavior<Application.Features.Notifications.RunReminders.Command, Application.Features.Notifications.RunReminders.Result>(new Administrator());
        await Assert.ThrowsAsync<Application.Errors.ForbiddenException>(() => behavior.Handle(new Application.Features.Notifications.RunReminders.Command(), CancellationToken.None,
            () => Task.FromResult<Application.Features.Notifications.RunReminders.Result>(null!)));
    }

    private sealed class Administrator : ICurrentUser
    {
        public bool IsAuthenticated => true;
        public Guid Id { get; } = Guid.NewGuid();
        public Guid UnitId => Guid.Empty;
        public Guid? ProvinceId => null;
        public string TimeZoneId => "Africa/Casablanca";
        public string? IpAddress => null;
        public bool IsInRole(string role) => role == Roles.Administrator;
    }

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
