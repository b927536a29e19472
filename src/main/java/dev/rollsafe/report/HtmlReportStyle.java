package dev.rollsafe.report;

/** The HTML report's style sheet, inlined in the page (system fonts only: the page fetches nothing). */
final class HtmlReportStyle {

    static final String CSS = """
            :root { --error: #c62828; --warning: #b26a00; --note: #1565c0; --line: #e0e0e0; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                   color: #212121; background: #fafafa; }
            header { background: #263238; color: #fff; padding: 14px 28px; display: flex; align-items: baseline;
                     gap: 16px; }
            header h1 { margin: 0; font-size: 22px; }
            header .tool { margin: 0; opacity: .75; }
            main { padding: 8px 28px 40px; max-width: 1240px; }
            h2 { font-size: 19px; margin: 26px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
            h3 { font-size: 16px; margin: 0 0 10px; word-break: break-all; }
            code, pre, .path, .where { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
            .summary-line { font-size: 17px; font-weight: 600; }
            .counts { list-style: none; padding: 0; display: flex; gap: 12px; flex-wrap: wrap; }
            .count { border: 1px solid var(--line); border-radius: 6px; padding: 6px 14px; background: #fff; }
            .count .n { font-size: 20px; font-weight: 700; margin-right: 4px; }
            .count.level-error .n { color: var(--error); }
            .count.level-warning .n { color: var(--warning); }
            .count.level-note .n { color: var(--note); }
            .messages { color: #555; }
            .migration { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px;
                         margin: 0 0 16px; }
            .badge { font-size: 12px; font-weight: 600; color: #fff; border-radius: 10px; padding: 2px 8px;
                     margin-left: 6px; white-space: nowrap; }
            .badge.level-error { background: var(--error); }
            .badge.level-warning { background: var(--warning); }
            .badge.level-note { background: var(--note); }
            .finding { border-left: 5px solid var(--line); padding: 4px 0 4px 14px; margin: 12px 0; }
            .finding.level-error { border-left-color: var(--error); }
            .finding.level-warning { border-left-color: var(--warning); }
            .finding.level-note { border-left-color: var(--note); }
            .finding .head { margin: 0; }
            .finding .level { font-weight: 700; text-transform: uppercase; font-size: 12px; letter-spacing: .04em; }
            .finding.level-error .level { color: var(--error); }
            .finding.level-warning .level { color: var(--warning); }
            .finding.level-note .level { color: var(--note); }
            .finding .rule { background: #eceff1; border-radius: 4px; padding: 1px 6px; }
            .finding .position { color: #757575; font-size: 13px; }
            .finding .message { margin: 4px 0 8px; font-weight: 600; overflow-wrap: anywhere; }
            .excerpt { background: #263238; color: #eceff1; border-radius: 6px; padding: 10px 12px; margin: 0 0 8px;
                       overflow-x: auto; tab-size: 4; font-size: 13px; line-height: 1.5; }
            .excerpt .ln { color: #78909c; user-select: none; }
            .excerpt mark { background: #5d4037; color: #fff; border-bottom: 2px solid #ffb74d; }
            .finding.level-error .excerpt mark { background: #6d1f1f; border-bottom-color: #ef5350; }
            .excerpt .more { color: #90a4ae; font-style: italic; }
            .help { margin: 4px 0; overflow-wrap: anywhere; }
            .help .label { font-weight: 700; color: #2e7d32; }
            .evidence { margin: 4px 0; padding-left: 20px; font-size: 13px; }
            .evidence .release { font-weight: 700; }
            .no-source { color: #757575; font-style: italic; }
            .lead { color: #555; margin-top: 0; }
            .timeline { display: block; max-width: 100%; height: auto; background: #fff; border: 1px solid var(--line);
                        border-radius: 8px; }
            .timeline text { font: 13px ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; fill: #212121; }
            .timeline .tag { font-weight: 700; }
            .timeline .sub { font-size: 11px; fill: #757575; }
            .timeline .unreleased .tag { fill: #6a1b9a; }
            .timeline .row-label.violation { fill: var(--error); font-weight: 700; }
            .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 22px; font-size: 13px; }
            .legend svg { vertical-align: -3px; }
            .releases { font-size: 13px; margin-top: 6px; }
            .releases .commit { color: #757575; font-family: ui-monospace, monospace; }
            table.files { border-collapse: collapse; font-size: 13px; margin-top: 8px; background: #fff; }
            table.files th, table.files td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; }
            .empty { color: #2e7d32; font-weight: 600; }
            """;

    private HtmlReportStyle() {
    }
}
