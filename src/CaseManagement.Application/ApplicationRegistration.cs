using CaseManagement.Application.Auditing;
using CaseManagement.Application.Behaviors;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Application;

public static class ApplicationRegistration
{
    /// <summary>
    /// MediatR 5 has no DI package that works here, so it is registered by hand. Behaviours nest in the order
    /// they are registered: logging, authorization, validation, audit (reads and refusals), transaction.
    /// Changes are audited inside the transaction by <see cref="AuditChangesInterceptor"/>.
    /// </summary>
    public static IServiceCollection AddCaseApplication(this IServiceCollection services)
    {
        // A rule stops at its first failure: "required" is not followed by a check that would read the missing value.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan.FromAssemblyOf<AuditTrail>()
            .AddClasses(c => c.AssignableToAny(typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        services.AddScoped<Features.Children.ChildFormValidator>();

        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));

        services.AddScoped<AuditTrail>();
        services.AddScoped<Security.ChildAccess>();
        services.AddScoped<Security.CaseAccess>();
        services.AddScoped<Security.PlacementAccess>();
        services.AddScoped<Security.UnitAccess>();
        services.AddScoped<Security.UserAccess>();
        services.AddScoped<Reports.MonthlyIndicators>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
