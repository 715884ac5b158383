using ScottPlot;
using SkiaSharp;

namespace Crm.Domain.Charts;

/// <summary>
/// The font every chart draws its text with: DejaVu Sans (regular and bold), subset to Latin and common symbols and
/// embedded in this assembly. SkiaSharp's Linux build that ScottPlot ships finds no font on a machine without installed
/// fonts (a fresh Debian image) and would draw no text at all; and a machine that has fonts would draw with whichever it
/// has. An embedded font under a name no system font has makes the pictures the same on every machine.
/// </summary>
/// <remarks>
/// ScottPlot resolves font names through its process-wide <see cref="Fonts.FontResolvers"/> list: the resolver is
/// added once, under a lock, and answers only for <see cref="FamilyName"/>, so a caller's own fonts and plots are not
/// affected.
/// </remarks>
public static class ChartFonts
{
    /// <summary>The font family name under which the embedded font is registered with ScottPlot.</summary>
    public const string FamilyName = "Crm Charts Sans";

    private static readonly object Gate = new();
    private static bool _registered;

    /// <summary>
    /// Registers the embedded font with ScottPlot (idempotent, thread-safe). Every chart entry calls it; call it yourself
    /// only to use <see cref="FamilyName"/> in plots of your own.
    /// </summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver(Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf")));
            _registered = true;
        }
    }

    private static SKTypeface Load(string file)
    {
        var name = $"Crm.Domain.Charts.Fonts.{file}";
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font resource '{name}' is missing from {typeof(ChartFonts).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        using var data = SKData.CreateCopy(copy.ToArray());
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"SkiaSharp could not read the embedded font '{name}'.");
    }

    /// <summary>Answers for <see cref="FamilyName"/> only (case-insensitive); every other name is left to ScottPlot.</summary>
    private sealed class EmbeddedFontResolver(SKTypeface regular, SKTypeface bold) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            string.Equals(fontName, FamilyName, StringComparison.OrdinalIgnoreCase) ? (weight >= FontWeight.SemiBold ? bold : regular) : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, italic ? FontSlant.Italic : FontSlant.Upright, FontSpacing.Normal);
    }
}
