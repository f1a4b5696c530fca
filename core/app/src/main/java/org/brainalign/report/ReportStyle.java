package org.brainalign.report;

/** The report's style sheet, inlined into the page (system fonts only). */
final class ReportStyle {
  private ReportStyle() {}

  static final String CSS = String.join("\n",
      "body{margin:0;background:#f6f7f9;color:#1d2330;"
          + "font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif}",
      "main{max-width:1500px;margin:0 auto;padding:24px 32px}",
      "h1{margin:0 0 4px;font-size:28px}",
      "h2{margin:32px 0 8px;padding-bottom:4px;border-bottom:2px solid #d5d9e0;font-size:21px}",
      "h3{margin:20px 0 6px;font-size:16px}",
      ".summary{margin:0;color:#4a5263}",
      ".warnings{margin:20px 0;padding:14px 18px;background:#fff4e5;border:2px solid #e07b00;"
          + "border-left-width:8px;border-radius:6px;color:#5a3200;font-size:16px}",
      ".warnings ul{margin:6px 0 0;padding-left:22px}",
      "nav{margin:16px 0;padding:10px 16px;background:#fff;border:1px solid #d5d9e0;"
          + "border-radius:6px}",
      "nav ul{margin:4px 0 0;padding-left:20px;columns:2}",
      "a{color:#1f5fbf}",
      ".figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:18px}",
      "figure{margin:0;padding:10px;background:#fff;border:1px solid #d5d9e0;border-radius:6px}",
      "figure svg{display:block;width:100%;height:auto}",
      "figcaption{margin-top:6px;font-size:13px;color:#3a4252}",
      ".file{color:#7a8294;font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:12px}",
      "table{border-collapse:collapse;background:#fff;font-size:13px}",
      "th,td{padding:3px 8px;border:1px solid #d5d9e0;text-align:left;vertical-align:top}",
      "thead th{background:#eef0f4;position:sticky;top:0}",
      "td.num{text-align:right;font-variant-numeric:tabular-nums}",
      ".scroll{max-height:520px;overflow:auto;border:1px solid #d5d9e0}",
      "pre{background:#fff;border:1px solid #d5d9e0;border-radius:6px;padding:10px 12px;"
          + "overflow:auto;font-size:12.5px;max-height:480px}",
      "footer{margin-top:32px;color:#7a8294;font-size:12px}");
}
