using System.Collections.Concurrent;
using System.Reflection;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using MediatR;

namespace CaseManagement.Application.Behaviors;

/// <summary>Enforces <see cref="AuthorizeAttribute"/> on the request type, whoever sends it.</summary>
public sealed class AuthorizationBehavior<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ConcurrentDictionary<Type, AuthorizeAttribute[]> Attributes = new();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var attributes = Attributes.GetOrAdd(typeof(TRequest), t => t.GetCustomAttributes<AuthorizeAttribute>().ToArray());
        if (attributes.Length == 0)
            return next();

        if (!user.IsAuthenticated)
            throw new UnauthenticatedException();

        foreach (var attribute in attributes.Where(a => !string.IsNullOrWhiteSpace(a.Roles)))
        {
            var roles = attribute.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!roles.Any(user.IsInRole))
                throw new ForbiddenException();
        }

        return next();
    }
}
