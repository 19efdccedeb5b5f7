import GranskaDomain
import GranskaText

/// Blocks as one self-contained HTML file: inline CSS, no scripts, no
/// external resources; prints on A4; levels in colour and always in words.
/// Every text from the data is sanitised and escaped.
public enum HTMLRenderer {
  public static func render(_ blocks: [Block], title: String, language: Language) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8"/>
      <title>\(escape(title))</title>
      <style>\(style)</style>
      </head>
      <body>

      """
    for block in blocks { html += render(block) + "\n" }
    html += "</body>\n</html>\n"
    return html
  }

  static func render(_ block: Block) -> String {
    switch block {
    case .heading(let level, let text):
      let n = min(max(level, 1), 6)
      return "<h\(n)>\(escape(text))</h\(n)>"
    case .paragraph(let inlines):
      return "<p>\(inline(inlines))</p>"
    case .bullets(let items):
      return "<ul>\n" + items.map { "<li>\(inline($0))</li>" }.joined(separator: "\n") + "\n</ul>"
    case .fields(let pairs):
      return "<dl>\n"
        + pairs.map { "<dt>\(escape($0.label))</dt><dd>\(inline($0.value))</dd>" }.joined(
          separator: "\n") + "\n</dl>"
    case .table(let header, let rows):
      var html = "<table>\n<thead><tr>"
      html += header.map { "<th>\(escape($0))</th>" }.joined()
      html += "</tr></thead>\n<tbody>\n"
      for row in rows {
        html += "<tr>" + row.map { "<td>\(inline($0))</td>" }.joined() + "</tr>\n"
      }
      return html + "</tbody>\n</table>"
    case .chart(let chart):
      return "<figure class=\"chart\">\n\(chart.svg())\n</figure>"
    }
  }

  static func inline(_ inlines: [Inline]) -> String {
    inlines.map { part in
      switch part {
      case .text(let text): escape(text)
      case .strong(let text): "<strong>\(escape(text))</strong>"
      case .level(let label, let role):
        "<span class=\"level \(role.rawValue)\">\(escape(label))</span>"
      case .warning(let text): "<strong class=\"warning\">⚠ \(escape(text))</strong>"
      case .lineBreak: "<br/>"
      }
    }.joined()
  }

  /// Sanitised (control characters shown as placeholders) and escaped.
  public static func escape(_ text: String) -> String {
    var result = ""
    for character in Sanitize.line(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  static let style = """

    @page { size: A4; margin: 18mm 16mm; }
    body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4;
      color: #111; max-width: 178mm; margin: 0 auto; }
    h1 { font-size: 18pt; margin: 0 0 4pt; }
    h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1px solid #999;
      break-after: avoid; page-break-after: avoid; }
    h3 { font-size: 11.5pt; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
    table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
    th, td { border: 1px solid #777; padding: 3pt 5pt; text-align: left; vertical-align: top; }
    th { background: #e8e8e8; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 4pt 0; }
    dt { font-weight: bold; }
    dd { margin: 0; }
    .level { display: inline-block; padding: 0 5pt; border: 1px solid #333; border-radius: 3pt;
      font-weight: bold; }
    .level.good { background: \(BarChart.fill(.good)); }
    .level.fair { background: \(BarChart.fill(.fair)); }
    .level.warn { background: \(BarChart.fill(.warn)); }
    .level.bad { background: \(BarChart.fill(.bad)); }
    .level.none { background: \(BarChart.fill(.none)); font-style: italic; }
    figure.chart { margin: 6pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
    svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
    .warning { color: #a00; }
    @media print { a { color: inherit; text-decoration: none; } }

    """
}
