using System.Globalization;
using System.Text;

namespace Crm.Domain.Customers;

/// <summary>Normalisation helpers shared by the contact-point types and duplicate detection.</summary>
internal static class TextNormalization
{
    /// <summary>Trims and collapses every run of white space to one space.</summary>
    public static string CollapseWhiteSpace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>A matching key: lower case, diacritics removed, only letters and digits kept, words separated by one space.</summary>
    public static string MatchKey(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = sb.Length > 0;
            }
        }

        return sb.ToString();
    }
}
