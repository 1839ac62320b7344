using CaseManagement.Application.Features.Notifications;
using MediatR;

namespace CaseManagement.Web.Api;

internal static class NotificationEndpoints
{
    /// <summary>The caller's notifications, newest first.</summary>
    public sealed record NotificationList(IReadOnlyList<ListNotifications.Item> Items, string? Next);

    public static void MapNotificationEndpoints(this IEndpointRouteBuilder api)
    {
        var notifications = api.MapGroup("/notifications").RequireAuthorization().WithTags("Notifications");
        notifications.MapGet("/", async (bool? unread, string? after, int? pageSize, IMediator mediator, CancellationToken ct) =>
        {
            var model = await mediator.Send(new ListNotifications.Query(unread ?? false, after, pageSize ?? 50), ct);
            return new NotificationList(model.Items, model.Next);
        });
        notifications.MapPost("/{id:guid}/read", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new MarkNotificationsRead.Command(id), ct);
            return TypedResults.NoContent();
        });
        notifications.MapPost("/read", async (IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new MarkNotificationsRead.Command(null), ct);
            return TypedResults.NoContent();
        });
    }
}
