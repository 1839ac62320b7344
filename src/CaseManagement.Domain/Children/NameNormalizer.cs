using System.Globalization;
using System.Text;

namespace CaseManagement.Domain.Children;

/// <summary>
/// Folds names so that search and duplicate checks ignore case, Latin diacritics and Arabic vocalisation:
/// "Élodie" = "elodie", "مُحَمَّد" = "محمد", "أحمد" = "احمد", "فاطمة" = "فاطمه".
/// </summary>
public static class NameNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var raw in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format || raw == '\u0640')
                continue; // diacritics, tashkeel, tatweel, bidi marks

            var c = FoldArabic(char.ToLowerInvariant(raw));
            if (char.IsWhiteSpace(c) || c is '-' or '\'' or '’' or '.' or ',')
            {
                if (!lastWasSpace)
                    builder.Append(' ');
                lastWasSpace = true;
                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }

    private static char FoldArabic(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' => 'ي',
        'ؤ' => 'و',
        'ئ' => 'ي',
        _ => c,
    };
}
