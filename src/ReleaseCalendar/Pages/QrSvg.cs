using System.Globalization;
using System.Text;
using QRCoder;

namespace ReleaseCalendar.Pages;

/// <summary>A QR code as a small SVG: QRCoder computes the modules; each row's dark runs become one path, so a
/// webcal link is about 2 KB rather than a rectangle per module.</summary>
public static class QrSvg
{
    public static string Render(string text, string title)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix; // includes the 4-module quiet zone scanners need
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size;)
            {
                if (!row[x]) { x++; continue; }
                var start = x;
                while (x < size && row[x]) x++;
                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start}v1h-{x - start}z");
            }
        }
        var escaped = System.Net.WebUtility.HtmlEncode(title);
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{size * 6}\" height=\"{size * 6}\" "
            + $"shape-rendering=\"crispEdges\" role=\"img\"><title>{escaped}</title><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>"
            + $"<path fill=\"#000\" d=\"{path}\"/></svg>";
    }
}
