using CaseManagement.Domain.Cases;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.Features;

namespace CaseManagement.Web.Api;

/// <summary>
/// Reading an uploaded file without ever holding more than the limit: a declared length over it is refused before a
/// byte is read; a body that streams past it is cut off by the form reader (and by the server's own limit, set to the
/// same figure); the file is copied into memory only once it is known to fit. Refusals are field errors on the file.
/// </summary>
internal static class Uploads
{
    public const long MaxFileBytes = CaseAttachment.MaxBytes;

    /// <summary>The file plus the multipart framing around it.</summary>
    public const long MaxRequestBytes = MaxFileBytes + 64 * 1024;

    public static async Task<(string FileName, byte[] Content)> ReadAsync(HttpRequest request, string field, CancellationToken ct)
    {
        if (request.ContentLength > MaxRequestBytes)
            throw Refused(field, "Attachment.TooLarge");
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxRequestBytes;
        if (!request.HasFormContentType)
            throw Refused(field, "Attachment.Missing");

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxRequestBytes }, ct);
        }
        catch (InvalidDataException)
        {
            throw Refused(field, "Attachment.TooLarge");
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw Refused(field, "Attachment.TooLarge");
        }

        var file = form.Files[field];
        if (file is null || file.Length == 0)
            throw Refused(field, "Attachment.Missing");
        if (file.Length > MaxFileBytes)
            throw Refused(field, "Attachment.TooLarge");
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return (file.FileName, buffer.ToArray());
    }

    private static ValidationException Refused(string field, string message) => new([new ValidationFailure(field, message)]);
}
