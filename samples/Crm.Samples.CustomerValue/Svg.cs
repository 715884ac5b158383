using System.Globalization;
using System.Text;

namespace Crm.Samples.CustomerValue;

/// <summary>A dependency-free SVG line chart of the tracking plot.</summary>
public static class Svg
{
    public static string TrackingPlot(int[] actual, double[] bg, double[] pn, int calibrationWeeks)
    {
        const int Width = 720, Height = 420, Left = 60, Right = 20, Top = 30, Bottom = 50;
        int weeks = actual.Length;
        double max = Math.Max(actual.Max(), Math.Max(bg.Max(), pn.Max())) * 1.05;
        double X(double w) => Left + ((Width - Left - Right) * w / weeks);
        double Y(double v) => Height - Bottom - ((Height - Top - Bottom) * v / max);
        string Line(Func<int, double> value, string colour, string dash) =>
            string.Create(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"{dash}\" points=\"{string.Join(' ', Enumerable.Range(0, weeks).Select(i => string.Create(CultureInfo.InvariantCulture, $"{X(i + 1):F1},{Y(value(i)):F1}")))}\"/>");

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"18\" font-size=\"14\">CDNOW: cumulative repeat transactions, actual vs BG/NBD and Pareto/NBD</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(calibrationWeeks):F1}\" y1=\"{Top}\" x2=\"{X(calibrationWeeks):F1}\" y2=\"{Height - Bottom}\" stroke=\"grey\" stroke-dasharray=\"3,3\"/>");
        for (int w = 0; w <= weeks; w += 13)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(w):F1}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{w}</text>");
        }

        for (int v = 0; v <= max; v += 1000)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{Y(v) + 4:F1}\" text-anchor=\"end\">{v}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(Width + Left) / 2}\" y=\"{Height - 12}\" text-anchor=\"middle\">week (calibration ends at week {calibrationWeeks})</text>");
        svg.Append(Line(i => actual[i], "black", "none"));
        svg.Append(Line(i => bg[i], "#d62728", "6,3"));
        svg.Append(Line(i => pn[i], "#1f77b4", "2,2"));
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + 20}\" y=\"{Top + 20}\">— actual</text><text x=\"{Left + 20}\" y=\"{Top + 36}\" fill=\"#d62728\">- - BG/NBD</text><text x=\"{Left + 20}\" y=\"{Top + 52}\" fill=\"#1f77b4\">··· Pareto/NBD</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
