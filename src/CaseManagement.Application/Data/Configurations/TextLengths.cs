using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Application.Data.Configurations;

internal static class TextLengths
{
    /// <summary>
    /// The maximum length of a text inside a JSON list of complex values. EF's builder for those has no HasMaxLength,
    /// but reads the same annotation (<c>IProperty.GetMaxLength()</c>), which is what input limits are taken from.
    /// </summary>
    public static ComplexCollectionTypePropertyBuilder<T> HasTextLength<T>(this ComplexCollectionTypePropertyBuilder<T> property, int maxLength)
    {
        property.HasAnnotation("MaxLength", maxLength);
        return property;
    }
}
