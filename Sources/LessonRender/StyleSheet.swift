import LessonCore

/// The site's only style sheet: system fonts (no web fonts, no requests), a readable measure,
/// light and dark colours with WCAG AA contrast, a layout from 360 px phones to wide screens with
/// the table of contents beside the text, and a print style without navigation.
enum StyleSheet {
    static let css = """
        :root {
          --text: #1f2328; --muted: #57606a; --background: #ffffff; --surface: #f6f8fa;
          --border: #d0d7de; --link: #0b5cad; --accent: #0b5cad;
          --output: #f3f7f0; --output-border: #5a8a3a; --error: #a40e26; --error-surface: #fff0f0;
          --keyword: #a626a4; --type: #0e6e6e; --string: #9a3412; --number: #1d4ed8;
          --comment: #5c6370; --attribute: #8250df;
          --note: #0969da; --tip: #1a7f37; --important: #8250df; --warning: #9a6700; --caution: #cf222e;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --text: #e6edf3; --muted: #9da7b3; --background: #0d1117; --surface: #161b22;
            --border: #30363d; --link: #6cb6ff; --accent: #6cb6ff;
            --output: #13201a; --output-border: #6fbf73; --error: #ff8182; --error-surface: #2d1517;
            --keyword: #e39ef0; --type: #56d4c8; --string: #f0a875; --number: #8fb8ff;
            --comment: #9198a1; --attribute: #c5a3ff;
            --note: #58a6ff; --tip: #3fb950; --important: #ab7df8; --warning: #d29922; --caution: #f85149;
          }
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0; color: var(--text); background: var(--background);
          font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
          overflow-wrap: break-word;
        }
        a { color: var(--link); }
        a:focus-visible, button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .skip-link { position: absolute; left: -999px; top: 0; padding: .5rem 1rem; background: var(--background); z-index: 10; }
        .skip-link:focus { left: .5rem; top: .5rem; }
        .site-header { border-bottom: 1px solid var(--border); padding: .75rem 1rem; }
        .site-title { font-weight: 600; text-decoration: none; color: var(--text); }
        [hidden] { display: none !important; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        .site-header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem 1.5rem; }
        .search { position: relative; flex: 1 1 14rem; max-width: 34rem; margin-left: auto; }
        .search input {
          width: 100%; font: inherit; font-size: 1rem; padding: .3rem .6rem; color: var(--text);
          background: var(--background); border: 1px solid var(--border); border-radius: 6px;
        }
        .search input:focus-visible { outline: 3px solid var(--accent); outline-offset: 1px; }
        .search-status { margin: .25rem 0 0; font-size: .8125rem; color: var(--muted); }
        .search-status:empty { margin: 0; }
        .search-results {
          position: absolute; top: 100%; left: 0; right: 0; z-index: 20; list-style: none; margin: .25rem 0 0; padding: 0;
          max-height: 70vh; overflow-y: auto; border: 1px solid var(--border); border-radius: 6px; background: var(--surface);
          box-shadow: 0 .5rem 1.5rem rgba(0, 0, 0, .25);
        }
        .search-results li + li { border-top: 1px solid var(--border); }
        .search-results a { display: block; padding: .4rem .75rem; text-decoration: none; color: var(--text); }
        .search-results a:hover, .search-results a:focus { background: var(--background); }
        .search-results a:focus-visible { outline-offset: -3px; }
        .search-result-title { display: block; font-weight: 600; color: var(--link); }
        .search-result-text { display: block; font-size: .875rem; color: var(--muted); }
        .search mark { background: #fff1a8; color: #1f2328; border-radius: 2px; }
        .layout { display: flex; flex-direction: column; max-width: 76rem; margin: 0 auto; padding: 0 1rem; }
        main { min-width: 0; flex: 1; max-width: 48rem; padding-bottom: 3rem; }
        .toc { font-size: .9375rem; padding-top: 1.5rem; }
        .toc-title { font-size: .8125rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 0 0 .5rem; }
        .toc ul { list-style: none; margin: 0; padding: 0; }
        .toc li { margin: .25rem 0; }
        .toc .toc-level-3 { padding-left: 1rem; }
        .toc a { text-decoration: none; }
        .toc a:hover { text-decoration: underline; }
        @media (min-width: 64rem) {
          .layout { flex-direction: row-reverse; gap: 3rem; justify-content: center; }
          .toc { position: sticky; top: 0; align-self: flex-start; width: 15rem; max-height: 100vh; overflow-y: auto; }
        }
        h1, h2, h3, h4 { line-height: 1.25; margin: 2rem 0 .75rem; }
        h1 { font-size: 2rem; margin-top: 1.5rem; }
        h2 { font-size: 1.5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--border); }
        h3 { font-size: 1.25rem; }
        .anchor { margin-left: .4rem; color: var(--muted); text-decoration: none; opacity: 0; }
        h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, .anchor:focus { opacity: 1; }
        .lead { font-size: 1.125rem; color: var(--muted); }
        img, svg { max-width: 100%; height: auto; }
        code, pre, samp { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .875em; }
        :not(pre) > code { background: var(--surface); border: 1px solid var(--border); border-radius: 4px; padding: .05em .3em; }
        pre { margin: 1rem 0; padding: .75rem 1rem; overflow-x: auto; border-radius: 6px; line-height: 1.45; tab-size: 4; }
        pre.code { position: relative; background: var(--surface); border: 1px solid var(--border); }
        .copy {
          position: absolute; top: .4rem; right: .4rem; font: inherit; font-size: .75rem; padding: .15rem .5rem;
          color: var(--muted); background: var(--background); border: 1px solid var(--border); border-radius: 4px; cursor: pointer;
        }
        .copy { opacity: 0; transition: opacity .15s; }
        pre.code:hover .copy, .copy:focus { opacity: 1; }
        @media (hover: none) { .copy { opacity: .85; } }
        .keyword { color: var(--keyword); }
        .type { color: var(--type); }
        .string { color: var(--string); }
        .interpolation { color: var(--text); }
        .number { color: var(--number); }
        .comment { color: var(--comment); font-style: italic; }
        .attribute { color: var(--attribute); }
        .output { margin: -.5rem 0 1.5rem; padding: .5rem 1rem .75rem; background: var(--output); border-left: 4px solid var(--output-border); border-radius: 0 6px 6px 0; }
        .output-label { margin: 0; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
        .output pre { margin: .25rem 0; padding: 0; }
        .output-failed { border-left-color: var(--error); background: var(--error-surface); }
        .output-status { margin: .25rem 0; font-weight: 600; color: var(--error); }
        .output-expected-error .output-status, .output-not-run .output-status { color: var(--muted); }
        .output-truncated { margin: .25rem 0 0; font-style: italic; color: var(--muted); }
        .figure { margin: .5rem 0; color: var(--text); }
        .figure svg { display: block; width: 100%; max-width: 40rem; height: auto; }
        .table-wrap { overflow-x: auto; margin: 1rem 0; }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
        th, td { border: 1px solid var(--border); padding: .35rem .75rem; text-align: left; vertical-align: top; }
        th { background: var(--surface); }
        .align-center { text-align: center; }
        .align-right { text-align: right; }
        blockquote { margin: 1rem 0; padding: 0 1rem; color: var(--muted); border-left: 4px solid var(--border); }
        .callout { margin: 1rem 0; padding: .5rem 1rem; border-left: 4px solid var(--note); background: var(--surface); border-radius: 0 6px 6px 0; }
        .callout > :last-child { margin-bottom: .25rem; }
        .callout-label { font-weight: 600; margin: .25rem 0; color: var(--note); }
        .callout-tip { border-color: var(--tip); } .callout-tip .callout-label { color: var(--tip); }
        .callout-important { border-color: var(--important); } .callout-important .callout-label { color: var(--important); }
        .callout-warning { border-color: var(--warning); } .callout-warning .callout-label { color: var(--warning); }
        .callout-caution { border-color: var(--caution); } .callout-caution .callout-label { color: var(--caution); }
        math { font-size: 1.1em; }
        mtable[columnalign="left"] mtd { text-align: left; padding: 0 .6em 0 .3em; }
        .math-display { overflow-x: auto; overflow-y: hidden; padding: .25rem 0; margin: .75rem 0; }
        .pager { display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--border); }
        .pager a { text-decoration: none; }
        .pager-previous, .pager-next { display: flex; flex-direction: column; max-width: 45%; }
        .pager-next { text-align: right; margin-left: auto; }
        .pager-label { font-size: .8125rem; color: var(--muted); }
        .pager-home { align-self: center; }
        .lesson-list { padding-left: 1.5rem; }
        .lesson-list li { margin: .75rem 0; }
        .lesson-list p { margin: .15rem 0 0; color: var(--muted); }
        .reference-list { columns: 2 12rem; }
        .properties th { font-weight: 600; }
        @media print {
          .site-header, .toc, .pager, .skip-link, .copy, .anchor { display: none; }
          body { font-size: 11pt; color: #000; background: #fff; }
          .layout { display: block; padding: 0; max-width: none; }
          main { max-width: none; }
          a { color: inherit; }
          pre { white-space: pre-wrap; border: 1px solid #999; }
          pre, .output, figure, table { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
        }
        """
}
