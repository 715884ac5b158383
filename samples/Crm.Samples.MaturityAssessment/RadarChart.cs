using System.Globalization;
using System.Security;
using System.Text;

namespace Crm.Samples.MaturityAssessment;

/// <summary>A dependency-free SVG radar chart: one axis per block, rings at 0/25/50/75/100, one polygon per series.</summary>
public static class RadarChart
{
    public sealed record Series(string Name, string Colour, IReadOnlyList<double> Values, bool Dashed = false);

    public static string Render(string title, IReadOnlyList<string> axes, IReadOnlyList<Series> series)
    {
        // Wide canvas: axis labels such as "Valued customer experience" sit outside the 100 ring on both sides.
        const double width = 880, size = 640, cx = width / 2, cy = (size / 2) + 10, radius = 220;
        var svg = new StringBuilder();
        svg.AppendLine(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{size + 40}\" viewBox=\"0 0 {width} {size + 40}\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\">"));
        svg.AppendLine("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        svg.AppendLine(F($"<text x=\"{cx}\" y=\"28\" text-anchor=\"middle\" font-size=\"18\" font-weight=\"bold\">{Escape(title)}</text>"));

        // Data points are clamped to the 0-100 rings; labels (scale > 100) sit outside them.
        (double X, double Y) Point(int axis, double value) => At(axis, Math.Clamp(value, 0, 100));

        (double X, double Y) At(int axis, double scale)
        {
            var angle = (-Math.PI / 2) + (2 * Math.PI * axis / axes.Count);
            var r = radius * scale / 100;
            return (cx + (r * Math.Cos(angle)), cy + (r * Math.Sin(angle)));
        }

        foreach (var ring in new[] { 25d, 50d, 75d, 100d })
        {
            var points = string.Join(' ', Enumerable.Range(0, axes.Count).Select(i => Point(i, ring)).Select(p => F($"{p.X:0.#},{p.Y:0.#}")));
            svg.AppendLine(F($"<polygon points=\"{points}\" fill=\"none\" stroke=\"#ccc\" stroke-width=\"1\"/>"));
            var label = Point(0, ring);
            svg.AppendLine(F($"<text x=\"{label.X + 4:0.#}\" y=\"{label.Y + 12:0.#}\" font-size=\"10\" fill=\"#888\">{ring}</text>"));
        }

        for (var i = 0; i < axes.Count; i++)
        {
            var end = Point(i, 100);
            svg.AppendLine(F($"<line x1=\"{cx}\" y1=\"{cy}\" x2=\"{end.X:0.#}\" y2=\"{end.Y:0.#}\" stroke=\"#ccc\"/>"));
            var label = At(i, 112);
            var anchor = Math.Abs(label.X - cx) < 10 ? "middle" : label.X > cx ? "start" : "end";
            svg.AppendLine(F($"<text x=\"{label.X:0.#}\" y=\"{label.Y + 4:0.#}\" text-anchor=\"{anchor}\" font-size=\"13\">{Escape(axes[i])}</text>"));
        }

        foreach (var s in series)
        {
            var points = string.Join(' ', s.Values.Select((v, i) => Point(i, v)).Select(p => F($"{p.X:0.#},{p.Y:0.#}")));
            var dash = s.Dashed ? " stroke-dasharray=\"6 4\"" : string.Empty;
            var fill = s.Dashed ? "none" : s.Colour;
            svg.AppendLine(F($"<polygon points=\"{points}\" fill=\"{fill}\" fill-opacity=\"0.25\" stroke=\"{s.Colour}\" stroke-width=\"2.5\"{dash}/>"));
        }

        for (var k = 0; k < series.Count; k++)
        {
            var y = size + 10 - (18 * (series.Count - 1 - k));
            svg.AppendLine(F($"<rect x=\"20\" y=\"{y - 10}\" width=\"14\" height=\"14\" fill=\"{series[k].Colour}\" fill-opacity=\"0.6\"/>"));
            svg.AppendLine(F($"<text x=\"40\" y=\"{y + 1}\" font-size=\"13\">{Escape(series[k].Name)}</text>"));
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
