package org.brainalign.report;

import java.util.List;
import java.util.Map;
import org.brainalign.formats.json.JsonFiles;

/**
 * The study as one self-contained HTML page: title, warnings banner, figures as inline SVG,
 * the metric-agreement and score tables, the study file and the provenance. No scripts, fonts,
 * images or style sheets are loaded from anywhere, so the page opens offline in any browser.
 */
final class HtmlReport {
  private final StringBuilder html = new StringBuilder(1 << 16);

  private HtmlReport() {}

  static String render(StudyInfo info, String summary, List<Section> sections,
      List<MetricAgreement.Row> agreement, TextTable scores, String renderedBy) {
    HtmlReport r = new HtmlReport();
    r.head(info.name());
    r.line("<header><h1>" + Html.escape(info.name()) + "</h1><p class=\"summary\">"
        + Html.escape(summary) + "</p></header>");
    r.warnings(info.warnings());
    r.contents(sections, !agreement.isEmpty());
    for (Section s : sections) {
      r.section(s);
    }
    if (!agreement.isEmpty()) {
      r.agreement(agreement);
    }
    r.scores(scores);
    r.line("<section id=\"study-file\"><h2>Study file</h2><pre>" + Html.escape(info.studyFile())
        + "</pre></section>");
    r.provenance(info);
    r.line("<footer>" + Html.escape(renderedBy) + "</footer>");
    r.line("</main></body></html>");
    return r.html.toString();
  }

  private void line(String s) {
    html.append(s).append('\n');
  }

  private void head(String title) {
    line("<!DOCTYPE html>");
    line("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    line("<title>" + Html.escape(title) + " · brainalign report</title>");
    line("<style>" + ReportStyle.CSS + "</style>");
    line("</head><body><main>");
  }

  private void warnings(List<String> warnings) {
    if (warnings.isEmpty()) {
      return;
    }
    line("<div class=\"warnings\" role=\"alert\"><strong>Warnings (" + warnings.size()
        + ") — read before using these results</strong><ul>");
    for (String w : warnings) {
      line("<li>" + Html.escape(w) + "</li>");
    }
    line("</ul></div>");
  }

  private void contents(List<Section> sections, boolean agreement) {
    line("<nav><strong>Contents</strong><ul>");
    for (Section s : sections) {
      line("<li><a href=\"#" + Html.escape(s.id()) + "\">" + Html.escape(s.title()) + "</a></li>");
    }
    if (agreement) {
      line("<li><a href=\"#agreement\">Agreement between metrics</a></li>");
    }
    line("<li><a href=\"#scores\">Scores</a></li><li><a href=\"#study-file\">Study file</a></li>"
        + "<li><a href=\"#provenance\">Provenance</a></li></ul></nav>");
  }

  private void section(Section s) {
    line("<section id=\"" + Html.escape(s.id()) + "\"><h2>" + Html.escape(s.title()) + "</h2>");
    line("<p>" + Html.escape(s.text()) + "</p><div class=\"figures\">");
    for (Figure f : s.figures()) {
      line("<figure>");
      line(InlineSvg.of(f.chart(), f.width(), f.height(), "svg-" + f.name()));
      line("<figcaption>" + Html.escape(f.caption()) + " <span class=\"file\">plots/"
          + Html.escape(f.name()) + ".png, .svg</span></figcaption></figure>");
    }
    line("</div>");
    for (TextTable t : s.tables()) {
      table(t);
    }
    line("</section>");
  }

  private void table(TextTable t) {
    line("<p>" + Html.escape(t.caption()) + "</p>");
    line("<div class=\"scroll\"><table><thead><tr>");
    for (String h : t.header()) {
      html.append("<th>").append(Html.escape(h)).append("</th>");
    }
    line("</tr></thead><tbody>");
    for (List<String> row : t.rows()) {
      html.append("<tr>");
      for (String v : row) {
        html.append(Html.isNumber(v.strip()) ? "<td class=\"num\">" : "<td>")
            .append(Html.escape(v)).append("</td>");
      }
      line("</tr>");
    }
    line("</tbody></table></div>");
  }

  private void agreement(List<MetricAgreement.Row> rows) {
    line("<section id=\"agreement\"><h2>Agreement between metrics</h2>");
    line("<p>Spearman's ρ between two metrics' scores over layers (unreduced, mean over "
        + "subjects, each turned so that larger is better): 1 = the same layer ordering, "
        + "−1 = reversed. Also in plots/metric-agreement.csv.</p>");
    line("<table><thead><tr><th>ROI</th><th>metric A</th><th>metric B</th><th>layers</th>"
        + "<th>Spearman ρ</th></tr></thead><tbody>");
    for (MetricAgreement.Row r : rows) {
      line("<tr><td>" + Html.escape(r.roi()) + "</td><td>" + Html.escape(r.metricA())
          + "</td><td>" + Html.escape(r.metricB()) + "</td><td class=\"num\">" + r.layers()
          + "</td><td class=\"num\">" + (Double.isNaN(r.rho()) ? "n/a"
          : String.format(java.util.Locale.ROOT, "%.3f", r.rho())) + "</td></tr>");
    }
    line("</tbody></table></section>");
  }

  /** The table of scores.csv; numbers written for people, but for the preformatted ratios. */
  private void scores(TextTable scores) {
    line("<section id=\"scores\"><h2>Scores</h2><p>" + Html.escape(scores.caption()) + "</p>");
    line("<div class=\"scroll\"><table><thead><tr>");
    for (String h : scores.header()) {
      html.append("<th>").append(Html.escape(h)).append("</th>");
    }
    line("</tr></thead><tbody>");
    for (List<String> row : scores.rows()) {
      html.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        String v = row.get(i);
        boolean numeric = Html.isNumber(v.strip());
        boolean asIs = ScoreTable.REFERENCE_COLUMNS.contains(scores.header().get(i));
        html.append(numeric ? "<td class=\"num\">" : "<td>")
            .append(Html.escape(numeric && !asIs ? Html.number(v.strip()) : v))
            .append("</td>");
      }
      line("</tr>");
    }
    line("</tbody></table></div></section>");
  }

  private void provenance(StudyInfo info) {
    line("<section id=\"provenance\"><h2>Provenance</h2>");
    keyValues("Versions", info.versions());
    keyValues("Timings (seconds)", info.timings());
    json("Inputs", info.inputs());
    info.other().forEach((k, v) -> json(k.replace('_', ' '), v));
    line("<h3>Resolved study</h3><pre>" + Html.escape(JsonFiles.toJson(info.study()))
        + "</pre></section>");
  }

  private void json(String title, Object value) {
    line("<h3>" + Html.escape(title) + "</h3>");
    boolean empty = value instanceof Map<?, ?> m && m.isEmpty()
        || value instanceof List<?> l && l.isEmpty();
    line(empty ? "<p>none recorded</p>"
        : "<pre>" + Html.escape(value instanceof Map<?, ?> || value instanceof List<?>
            ? JsonFiles.toJson(value) : String.valueOf(value)) + "</pre>");
  }

  private void keyValues(String title, Map<String, Object> map) {
    line("<h3>" + Html.escape(title) + "</h3>");
    if (map.isEmpty()) {
      line("<p>none recorded</p>");
      return;
    }
    line("<table><tbody>");
    map.forEach((k, v) -> line("<tr><th>" + Html.escape(k) + "</th><td>"
        + Html.escape(v instanceof Map<?, ?> || v instanceof List<?> ? JsonFiles.toJson(v)
        : v instanceof Number ? Html.number(String.valueOf(v)) : String.valueOf(v))
        + "</td></tr>"));
    line("</tbody></table>");
  }
}
